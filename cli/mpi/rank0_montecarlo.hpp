// Rank 0's side of a distributed Monte Carlo run: every rank runs a contiguous block of
// the replications (rank 0 the first), the other ranks send each replication's raw
// values, and rank 0 adds them in replication order and finishes the result with the
// engine's own code (engine/split_run.hpp), so it equals runScenario's bit for bit.
#pragma once

#include "mpi_job.hpp"

#include "naikkelas/engine/engine.hpp"

namespace nk::cli::mpi {

// Replications [first, first + count) of rank `rank` among `ranks`, of `replications`.
std::pair<int, int> replicationBlock(int replications, int ranks, int rank);

RunOutcome runMonteCarloOnRanks(Job& job, const CompiledScenario& scenario,
                                const RunOptions& options);

} // namespace nk::cli::mpi
