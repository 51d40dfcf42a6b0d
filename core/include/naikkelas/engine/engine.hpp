// Running a compiled scenario (docs/model.md section 2): expected mode and Monte Carlo, both
// arms, all outputs and key indicators.
#pragma once

#include "naikkelas/engine/modifiers.hpp"
#include "naikkelas/results/cost_plan.hpp"
#include "naikkelas/results/result_set.hpp"
#include "naikkelas/scenario/compiled_scenario.hpp"

#include <atomic>
#include <functional>
#include <string>

namespace nk {

struct RunOptions {
    RunMode mode = RunMode::Expected; // Expected or MonteCarlo (Both: run twice)
    int replications = 200;
    std::uint64_t seed = 1;
    int threads = 1;
    std::vector<double> quantiles = {0.05, 0.5, 0.95};
    const std::atomic<bool>* cancel = nullptr; // checked once per month
    std::function<void(double)> progress;      // 0..1, from the calling thread only
    // What the plugins bring (PluginBinding::apply sets all four): the modifier
    // pipeline (null: none, both arms equal), the names of their series (reported in
    // the total scope), the run's cost lines, and the manifest's plugin records.
    PipelineFactory pipelines;
    std::vector<std::string> pluginSeries;
    CostPlan costs;
    std::vector<PluginRecord> plugins;
};

// Options taken from the scenario's simulation settings.
RunOptions defaultRunOptions(const CompiledScenario& scenario);

struct RunOutcome {
    bool ok = false;
    bool cancelled = false;
    std::string error;
    ResultSet results;
};

RunOutcome runScenario(const CompiledScenario& scenario, const RunOptions& options);

} // namespace nk
