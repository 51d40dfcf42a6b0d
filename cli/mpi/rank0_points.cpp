#include "rank0_points.hpp"

#include <algorithm>
#include <chrono>
#include <limits>
#include <optional>
#include <thread>

namespace nk::cli::mpi {

namespace {

constexpr std::size_t kMostPerChunk = 64;
// Rank 0 waits by polling, so that an oversubscribed node keeps its cores for the
// ranks that compute, and Ctrl-C is seen within a millisecond.
constexpr auto kPollPause = std::chrono::milliseconds(1);

} // namespace

decision::EvaluationRun evaluatePointsOnRanks(Job& job, const decision::Evaluator& evaluator,
                                              const std::vector<std::vector<double>>& values,
                                              std::size_t first, std::size_t last,
                                              const decision::EvaluationOptions& options) {
    (void)values; // every rank computed the same design from the same files
    decision::EvaluationRun run;
    const std::size_t count = last > first ? last - first : 0;
    const std::size_t width = evaluator.outputNames().size();
    const std::size_t ranks = std::size_t(job.size());
    const std::size_t threads = std::size_t(std::max(1, options.threads));
    std::vector<std::optional<std::vector<double>>> done(count);
    std::size_t next = first, delivered = 0, finished = 0, working = 0;
    std::size_t failedPoint = std::numeric_limits<std::size_t>::max();
    bool stopping = false;

    // Guided chunks: large while much is left, down to one point per thread at the end.
    const auto handOut = [&](int to) {
        if (stopping || next >= last) return;
        const std::size_t left = last - next;
        const std::size_t share = (left + 4 * (ranks - 1) - 1) / (4 * (ranks - 1));
        const std::size_t size = std::min(left, std::clamp(share, threads, kMostPerChunk));
        Job::sendPair(to, kPoints, next, next + size);
        next += size;
        ++working;
    };
    const auto stop = [&] {
        stopping = true;
        job.releaseRanks(); // a rank mid-chunk sees it between points
    };

    for (int r = 1; r < job.size(); ++r) handOut(r);
    while (working > 0) {
        if (!stopping && options.cancel && options.cancel->load()) stop();
        int from = 0;
        if (!Job::probe(-1, false, &from)) {
            std::this_thread::sleep_for(kPollPause);
            continue;
        }
        const std::vector<double> rows = Job::receiveDoubles(from, kRows);
        const auto chunkFirst = static_cast<std::size_t>(rows.at(0));
        const auto rowCount = static_cast<std::size_t>(rows.at(1));
        for (std::size_t i = 0; i < rowCount; ++i)
            done[chunkFirst + i - first].emplace(rows.begin() + 3 + std::ptrdiff_t(i * width),
                                                 rows.begin() + 3 +
                                                     std::ptrdiff_t((i + 1) * width));
        finished += rowCount;
        if (rows.at(2) != 0.0) {
            std::string error = Job::receiveText(from, kFailure);
            if (chunkFirst + rowCount < failedPoint) {
                failedPoint = chunkFirst + rowCount;
                run.error = std::move(error);
            }
            stop();
        }
        --working;
        handOut(from);
        for (; delivered < count && done[delivered]; ++delivered) {
            decision::PointOutcome outcome;
            outcome.ok = true;
            outcome.outputs = std::move(*done[delivered]);
            if (options.onPoint) options.onPoint(first + delivered, outcome);
        }
        if (options.progress) options.progress(finished, count);
    }
    job.releaseRanks();
    run.finished = delivered;
    run.cancelled = delivered < count && run.error.empty();
    return run;
}

} // namespace nk::cli::mpi
