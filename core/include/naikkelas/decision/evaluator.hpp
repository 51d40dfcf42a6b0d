// The only part of the decision layer that knows the model (SALib's "evaluate"): a
// design point's columns (exploration.hpp: its plan and draw, then its factor values) ->
// a scenario variant -> compiled, bound to its plugins, run -> the chosen key indicators. Points
// run in parallel, each run on one thread with the experiment's seed, so every point draws the same
// random numbers and the outputs do not depend on the thread count. No printing: the command line,
// the app or a cluster runner drive it.
#pragma once

#include "naikkelas/decision/experiment.hpp"
#include "naikkelas/engine/engine.hpp"
#include "naikkelas/registry/plugin_registry.hpp"
#include "naikkelas/registry/plugin_run.hpp"
#include "naikkelas/scenario/scenario.hpp"

#include <atomic>
#include <cstddef>
#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace nk::decision {

// What a budget frontier and an uncertainty design weigh the outcome against.
inline constexpr const char* kCostIndicator = "cost_discounted";

struct PointOutcome {
    bool ok = false;
    bool cancelled = false;
    std::string error;           // binding diagnostics or the run's error
    std::vector<double> outputs; // see Evaluator::outputNames
};

// A point made ready to run: its variant compiled and bound to its plugins, and the run's
// options (the experiment's mode, seed and replications; the plugins' cost lines).
struct PreparedPoint {
    bool ok = false;
    std::string error; // why it cannot run: binding diagnostics, a key out of range
    std::shared_ptr<const CompiledScenario> scenario;
    std::unique_ptr<PluginBinding> plugins; // must outlive a run with `options`
    RunOptions options;
};

class Evaluator {
public:
    // `base` is the scenario the factors change; the registry must outlive the evaluator.
    Evaluator(Scenario base, const PluginRegistry& registry, const Experiment& experiment);

    // The experiment's indicators (all key indicators when it names none), and for a
    // frontier or uncertainty design its outcome and the discounted cost.
    // Per indicator its mean, and in Monte Carlo then q05, q50, q95 (not for the
    // uncertainty design's draws, each a single replication):
    // `additional_active`, `additional_active_q05`, ...
    const std::vector<std::string>& outputNames() const { return m_outputNames; }
    const std::vector<std::string>& indicators() const { return m_indicators; }
    const std::vector<std::string>& units() const { return m_units; } // per indicator
    // Outputs per indicator (1 or 4); the mean comes first.
    std::size_t stride() const { return m_stride; }

    // Prepares one point (its pointValues row) without running it.
    PreparedPoint prepare(const std::vector<double>& columns,
                          const std::atomic<bool>* cancel = nullptr) const;

    // Runs one point (its pointValues row) on the calling thread.
    PointOutcome evaluate(const std::vector<double>& columns,
                          const std::atomic<bool>* cancel = nullptr) const;

private:
    Scenario m_base;
    const PluginRegistry& m_registry;
    Experiment m_experiment;
    std::vector<std::string> m_indicators;
    std::vector<std::string> m_units;
    std::vector<std::string> m_outputNames;
    std::size_t m_stride = 1;
    bool m_draws = false; // the uncertainty design: a point is a plan and a draw
};

struct EvaluationOptions {
    int threads = 1;
    const std::atomic<bool>* cancel = nullptr;
    // Each finished point, in point order, on the calling thread.
    std::function<void(std::size_t point, const PointOutcome&)> onPoint;
    // Points finished of those asked for, on the calling thread.
    std::function<void(std::size_t finished, std::size_t count)> progress;
};

struct EvaluationRun {
    std::size_t finished = 0; // points from `first` on that finished, in order
    bool cancelled = false;
    std::string error; // the first failing point's, when one failed
};

// Evaluates points [first, last) of `values` (factor values per point). onPoint sees a
// prefix of them in order: after a cancel or a failure, those before the first point
// that did not finish.
EvaluationRun evaluatePoints(const Evaluator& evaluator,
                             const std::vector<std::vector<double>>& values, std::size_t first,
                             std::size_t last, const EvaluationOptions& options);

} // namespace nk::decision
