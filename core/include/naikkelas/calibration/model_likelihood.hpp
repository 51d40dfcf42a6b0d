// The log-likelihood of a follow-up survey as a function of the fitted parameters: the
// values are written into a copy of the scenario (decision/factors.hpp, the same key
// paths and ranges as a file edit), compiled, bound to the plugins and run in expected
// mode, and every row is scored against the run's exact state distribution
// (likelihood.hpp). No printing; safe to call from one thread at a time per object.
#pragma once

#include "naikkelas/calibration/fit_parameters.hpp"
#include "naikkelas/calibration/followup_data.hpp"
#include "naikkelas/calibration/likelihood.hpp"
#include "naikkelas/registry/plugin_registry.hpp"

#include <atomic>
#include <string>
#include <vector>

namespace nk::calibration {

struct ModelEvaluation {
    bool ok = false;
    bool cancelled = false;
    std::string error; // why the variant did not run
    double logLikelihood = 0.0;
    std::vector<double> rowLogLikelihoods;
    std::vector<ScopePrediction> predictions; // per row
    RevenueGrid grid;                         // the variant's, for the sales helpers
};

class ModelLikelihood {
public:
    // The registry must outlive the object.
    ModelLikelihood(Scenario base, const PluginRegistry& registry, std::vector<FollowupRow> rows,
                    std::vector<FitParameter> parameters);

    const std::vector<FitParameter>& parameters() const { return m_parameters; }
    const std::vector<FollowupRow>& rows() const { return m_rows; }
    const Scenario& base() const { return m_base; }

    // The scenario with `values` (one per parameter) written at their key paths.
    Scenario variant(const std::vector<double>& values, std::string& error) const;
    ModelEvaluation evaluate(const std::vector<double>& values,
                             const std::atomic<bool>* cancel = nullptr) const;
    int evaluations() const { return m_evaluations.load(); }

private:
    Scenario m_base;
    const PluginRegistry& m_registry;
    std::vector<FollowupRow> m_rows;
    std::vector<FitParameter> m_parameters;
    mutable std::atomic<int> m_evaluations{0};
};

} // namespace nk::calibration
