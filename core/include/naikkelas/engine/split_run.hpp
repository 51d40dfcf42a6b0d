// A Monte Carlo run in parts, e.g. over the ranks of an MPI job: each part runs a
// contiguous block of replications (runReplications) and hands over each replication's
// raw values; one place adds them (MonteCarloAssembly) and finishes the result with the
// engine's own code. The sums for the means are formed in replication order and the
// bands are the exact quantiles of every replication's values, so the result equals
// runScenario's for the whole run bit for bit, however the replications were split.
#pragma once

#include "naikkelas/engine/engine.hpp"

#include <memory>
#include <string>
#include <vector>

namespace nk {

// What one replication yields: every series of both simulated arms per month, in the
// engine's own layout (months x columns; opaque to callers, who only move it).
struct ReplicationFrames {
    std::vector<double> program;
    std::vector<double> baseline;
};

struct ReplicationBlock {
    bool ok = false;
    bool cancelled = false;
    std::string error;
    // frames[i]: replication options.firstReplication + i
    std::vector<ReplicationFrames> frames;
};

// Runs replications options.firstReplication .. firstReplication + replications - 1 (on
// options.threads), drawing exactly what those replications of the whole run draw.
ReplicationBlock runReplications(const CompiledScenario& scenario, const RunOptions& options);

// Gathers the replications of a whole run and finishes its result.
class MonteCarloAssembly {
public:
    // `whole`: the whole run's options (Monte Carlo, replications 0 .. replications - 1);
    // its threads assemble the bands. The scenario must outlive the assembly.
    MonteCarloAssembly(const CompiledScenario& scenario, const RunOptions& whole);
    ~MonteCarloAssembly();
    MonteCarloAssembly(const MonteCarloAssembly&) = delete;
    MonteCarloAssembly& operator=(const MonteCarloAssembly&) = delete;

    // Empty, or why the whole run cannot be assembled (it would need too much memory).
    const std::string& error() const;

    // Runs replications [first, first + count) here and adds them; false with `error`
    // when one fails or the run is cancelled.
    bool run(int first, int count, std::string& error);
    // Replication `replication` of the whole run, in any order, each once.
    void add(int replication, ReplicationFrames frames);
    // The whole run's result; an error unless every replication was added.
    RunOutcome finish();

private:
    struct State;
    std::unique_ptr<State> m;
};

} // namespace nk
