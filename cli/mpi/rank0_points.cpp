#include "rank0_points.hpp"

#include <algorithm>
#include <chrono>
#include <functional>
#include <limits>
#include <optional>
#include <thread>

namespace nk::cli::mpi {

namespace {

constexpr std::size_t kMostPerChunk = 64;
// Rank 0 waits by polling, so that an oversubscribed node keeps its cores for the
// ranks that compute, and Ctrl-C is seen within a millisecond.
constexpr auto kPollPause = std::chrono::milliseconds(1);

// Sends the work items [a, b) to rank `to`.
using SendChunk = std::function<void(int to, std::size_t a, std::size_t b)>;

// Hands out items [first, last) in chunks through `send`, and delivers the rows the
// ranks send back (kRows, kFailure) in item order. Releases the ranks when one fails or
// options.cancel is set, and when done if `release`.
decision::EvaluationRun evaluateOnRanks(Job& job, const decision::Evaluator& evaluator,
                                        std::size_t first, std::size_t last,
                                        const decision::EvaluationOptions& options,
                                        const SendChunk& send, bool release) {
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
        send(to, next, next + size);
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
    if (release) job.releaseRanks();
    run.finished = delivered;
    run.cancelled = delivered < count && run.error.empty();
    return run;
}

} // namespace

decision::EvaluationRun evaluatePointsOnRanks(Job& job, const decision::Evaluator& evaluator,
                                              const std::vector<std::vector<double>>& values,
                                              std::size_t first, std::size_t last,
                                              const decision::EvaluationOptions& options) {
    (void)values; // every rank computed the same design from the same files
    return evaluateOnRanks(
        job, evaluator, first, last, options,
        [](int to, std::size_t a, std::size_t b) { Job::sendPair(to, kPoints, a, b); }, true);
}

decision::EvaluationRun evaluateRowsOnRanks(Job& job, const decision::Evaluator& evaluator,
                                            const std::vector<std::vector<double>>& rows,
                                            std::size_t first, std::size_t last,
                                            const decision::EvaluationOptions& options) {
    if (job.released() && last > first) {
        decision::EvaluationRun run;
        if (options.cancel && options.cancel->load())
            run.cancelled = true;
        else
            run.error = "the other ranks have stopped";
        return run;
    }
    std::vector<double> message;
    const auto send = [&](int to, std::size_t a, std::size_t b) {
        const std::size_t width = rows[a].size();
        message.assign({double(a), double(b - a), double(width)});
        for (std::size_t i = a; i < b; ++i)
            message.insert(message.end(), rows[i].begin(), rows[i].end());
        Job::sendDoubles(to, kCandidates, message);
    };
    return evaluateOnRanks(job, evaluator, first, last, options, send, false);
}

} // namespace nk::cli::mpi
