// The engine as the optimiser's model: outputs from the experiment's Evaluator (every
// candidate on the experiment's seed, so candidates share their random numbers), costs
// from the candidate's own plugin binding: the budget plugin's cost lines for a run at
// that seed, summed per fiscal year. The limits are the base scenario's envelope and
// fiscal-year limits (those above zero; zero means no limit, as in the budget plugin).
#pragma once

#include "naikkelas/decision/candidate_model.hpp"

#include <functional>
#include <optional>

namespace nk::decision {

class EngineCandidates final : public CandidateModel {
public:
    // The registry must outlive this model.
    EngineCandidates(Scenario base, const PluginRegistry& registry, const Experiment& experiment);

    const std::vector<BudgetLimit>& limits() const override { return m_limits; }
    const std::vector<std::string>& indicators() const override { return m_evaluator.indicators(); }
    std::size_t stride() const override { return m_evaluator.stride(); }
    std::vector<CandidateCosts> costs(const std::vector<std::vector<double>>& candidates,
                                      int threads) const override;
    EvaluationRun outcomes(const std::vector<std::vector<double>>& candidates,
                           const EvaluationOptions& options) const override;

    const Evaluator& evaluator() const { return m_evaluator; }

    // How outcomes evaluates its candidates: as evaluatePoints does (the default), or
    // elsewhere with the same result, such as over the ranks of an MPI job.
    using RowsEvaluation = std::function<EvaluationRun(
        const Evaluator&, const std::vector<std::vector<double>>& candidates, std::size_t first,
        std::size_t last, const EvaluationOptions&)>;
    void evaluateWith(RowsEvaluation evaluate) { m_evaluate = std::move(evaluate); }

private:
    CandidateCosts costsOf(const std::vector<double>& values) const;

    Scenario m_base;
    Evaluator m_evaluator;
    RowsEvaluation m_evaluate = evaluatePoints;
    std::vector<BudgetLimit> m_limits;
    int m_startYear = 0, m_startMonth = 1;
};

// The value each factor has in `scenario` (its first key, for a `[*]` path); nothing
// for a factor whose key holds no number there.
std::vector<std::optional<double>> scenarioValues(const Scenario& scenario,
                                                  const std::vector<Factor>& factors);

// `scenario` with every factor set to its value, for writing out a chosen allocation.
Scenario withValues(Scenario scenario, const std::vector<Factor>& factors,
                    const std::vector<double>& values);

} // namespace nk::decision
