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

// With plugins, expected mode runs first: its counts are every month view's mean field.
bool runMonteCarlo(const CompiledScenario& scenario, const SeriesLayout& layout,
                   const RunOptions& options, ThreadPool& pool, MonteCarloOutput& out,
                   std::string& error);

} // namespace nk::engine
