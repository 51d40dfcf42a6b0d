// Running a compiled scenario (docs/model.md section 2): expected mode and Monte Carlo, both
// arms, all outputs and key indicators.
#pragma once

#include "naikkelas/engine/modifiers.hpp"
#include "naikkelas/engine/run_profile.hpp"
#include "naikkelas/engine/state_history.hpp"
#include "naikkelas/results/cost_plan.hpp"
#include "naikkelas/results/result_set.hpp"
#include "naikkelas/scenario/compiled_scenario.hpp"

#include <atomic>
#include <functional>
#include <string>

namespace nk {

// Which series get quantile bands in Monte Carlo; every series keeps its mean and the
// key indicators their bands. Bands keep every replication of a series (12 bytes per
// month and replication), so a summary that shows none need not pay for them.
enum class BandScope {
    All,   // every scope: what `run --out` writes
    Total, // the total scope: what the app's charts show
    None,
};

struct RunOptions {
    RunMode mode = RunMode::Expected; // Expected or MonteCarlo (Both: run twice)
    int replications = 200;
    std::uint64_t seed = 1;
    // The run's replications are firstReplication .. firstReplication + replications - 1
    // of the seed's sequence, so a run split into parts draws what the whole run draws.
    int firstReplication = 0;
    // Follow who moved up a sales band (the `moved_up` series and the indicator
    // additional_moved_up); false leaves them NaN and saves the work, for callers that
    // read other indicators only (the decision layer's evaluations).
    bool movedUp = true;
    int threads = 1;
    std::vector<double> quantiles = {0.05, 0.5, 0.95};
    BandScope bands = BandScope::All;
    // The manifest's scenario digest renders the scenario as YAML: the app's projection
    // on every edit goes without.
    bool scenarioDigest = true;
    const std::atomic<bool>* cancel = nullptr; // checked once per month
    std::function<void(double)> progress;      // 0..1, from the calling thread only
    RunProfile* profile = nullptr;             // time per phase, when set
    // Expected mode: receives every group's expected state counts per month and arm
    // (calibration needs the distributions, not only their sums). Ignored in Monte Carlo.
    StateHistory* states = nullptr;
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
