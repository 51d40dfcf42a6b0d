// The Decide tab's optimiser (no ImGui): the best values of the plan's levers under the
// document's envelope and fiscal-year limits, as `naikkelas optimise` finds them
// (decision/optimiser.hpp, the engine as its model), with the current allocation run on
// the same seed, and the marginal value of money (the search again at the envelope
// x0.9 and x1.1).
#pragma once

#include "naikkelas/decision/optimiser.hpp"
#include "naikkelas/registry/plugin_registry.hpp"
#include "naikkelas/scenario/scenario.hpp"

#include <atomic>
#include <optional>
#include <string>
#include <vector>

namespace nk::gui {

struct OptimiserRequest {
    std::string indicator = "additional_active"; // maximised
    // Robust: the 5 % quantile over Monte Carlo replications (on one seed); otherwise the
    // expected projection.
    bool robust = false;
    int replications = 40;
};

struct OptimiserOutcome {
    std::vector<decision::Factor> factors; // the levers searched
    std::vector<double> current;           // their values in the document
    std::optional<decision::Candidate> best;
    std::optional<decision::Candidate> baseline; // the current values, same seed and mode
    std::vector<std::string> indicators;
    std::vector<std::string> units;
    std::size_t stride = 1;
    std::vector<decision::ConstraintState> constraints;
    decision::MoneyValue money;
    std::size_t evaluations = 0;
    bool cancelled = false;
    std::string error; // also "no allocation within the limits"
};

OptimiserOutcome runOptimiser(const Scenario& scenario, const PluginRegistry& registry,
                              std::vector<decision::Factor> levers, const OptimiserRequest& request,
                              int threads, const std::atomic<bool>* cancel = nullptr,
                              std::atomic<double>* progress = nullptr);

// The document with the best values (for Apply: one undoable edit).
Scenario withBest(const Scenario& scenario, const OptimiserOutcome& outcome);

} // namespace nk::gui
