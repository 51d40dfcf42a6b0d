#include "rank0_montecarlo.hpp"

#include "naikkelas/engine/split_run.hpp"

#include <string>

namespace nk::cli::mpi {

std::pair<int, int> replicationBlock(int replications, int ranks, int rank) {
    const auto at = [&](int r) {
        return static_cast<int>(static_cast<long long>(replications) * r / ranks);
    };
    return {at(rank), at(rank + 1) - at(rank)};
}

RunOutcome runMonteCarloOnRanks(Job& job, const CompiledScenario& scenario,
                                const RunOptions& options) {
    MonteCarloAssembly assembly(scenario, options);
    if (!assembly.error().empty()) {
        RunOutcome refused;
        refused.error = assembly.error();
        return refused;
    }
    const int ranks = job.size();
    for (int r = 1; r < ranks; ++r) {
        const auto [first, count] = replicationBlock(options.replications, ranks, r);
        if (count > 0) Job::sendPair(r, kReplications, std::uint64_t(first), std::uint64_t(count));
    }
    std::string error;
    const auto [first, count] = replicationBlock(options.replications, ranks, 0);
    bool ok = count == 0 || assembly.run(first, count, error);
    // Every rank's replications in order; after a failure the rest are still received,
    // so that no rank is left waiting to send.
    for (int r = 1; r < ranks; ++r) {
        const auto [rankFirst, rankCount] = replicationBlock(options.replications, ranks, r);
        for (int i = 0; i < rankCount; ++i) {
            if (Job::probe(r, true) == kFailure) {
                const std::string failure = Job::receiveText(r, kFailure);
                if (ok) error = failure;
                ok = false;
                break;
            }
            std::vector<double> values = Job::receiveDoubles(r, kFrames);
            if (!ok) continue;
            const auto half = static_cast<std::ptrdiff_t>(values.size() / 2);
            ReplicationFrames frames;
            frames.program.assign(values.begin(), values.begin() + half);
            frames.baseline.assign(values.begin() + half, values.end());
            assembly.add(rankFirst + i, std::move(frames));
        }
    }
    if (ok) return assembly.finish();
    RunOutcome failed;
    failed.cancelled = options.cancel && options.cancel->load();
    failed.error = failed.cancelled ? "cancelled" : error;
    return failed;
}

} // namespace nk::cli::mpi
