// Monte Carlo mode (MODEL.md 2.6): every enterprise simulated individually, both arms
// in one pass over the same random numbers, R replications; mean and quantiles per
// series and key indicator.
#pragma once

#include "run_parts.hpp"

#include "naikkelas/engine/thread_pool.hpp"

namespace nk::engine {

struct MonteCarloOutput {
    std::vector<double> mean[3]; // program, baseline, impact: months x width
    // The columns whose replications are kept for bands (set before the run).
    std::vector<int> bandColumns;
    // [arm][(rep * cells) + t * bandColumns.size() + i], cells = months x bandColumns.
    // Left uninitialised: every replication writes its own cells, so a large run costs
    // no zeroing before it starts.
    std::unique_ptr<float[]> draws[3];
    std::vector<double> indicators; // [rep * kIndicators + i]
};

// Where finished replications go: from any thread, in any order, each replication by
// its index in the seed's sequence (RunOptions::firstReplication onwards).
class ReplicationSink {
public:
    virtual ~ReplicationSink() = default;
    virtual ArmFrames takeFrames() = 0; // buffers to reuse, or empty ones
    virtual void add(int replication, ArmFrames frames) = 0;
};

// Runs replications options.firstReplication .. + options.replications - 1 into `sink`.
// With plugins, expected mode runs first: its counts are every month view's mean field.
bool runMonteCarlo(const CompiledScenario& scenario, const SeriesLayout& layout,
                   const RunOptions& options, ThreadPool& pool, ReplicationSink& sink,
                   std::string& error);

} // namespace nk::engine
