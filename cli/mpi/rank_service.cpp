#include "rank_service.hpp"

#include "commands.hpp"
#include "explore_command.hpp"
#include "optimise_command.hpp"
#include "scenario_loading.hpp"

#include "naikkelas/engine/split_run.hpp"

#include <atomic>
#include <memory>
#include <optional>

namespace nk::cli::mpi {

namespace {

class Service {
public:
    Service(const Job& job, const Arguments& arguments) : m_job(job), m_a(arguments) {
        captureOutput(&m_captured); // only rank 0 prints
    }
    ~Service() { captureOutput(nullptr); }
    Service(const Service&) = delete;
    Service& operator=(const Service&) = delete;

    void evaluate(std::uint64_t first, std::uint64_t last) {
        if (!m_exploration && m_failure.empty()) {
            int status = 0;
            m_exploration = prepareExploration(m_a.explore, m_a.pluginDirs, status);
            if (!m_exploration) m_failure = failure(m_captured);
        }
        if (m_exploration && last > m_exploration->values.size())
            m_failure =
                failure("its experiment has " + std::to_string(m_exploration->values.size()) +
                        " points, fewer than rank 0's; every rank must read the same "
                        "experiment and scenario files");
        if (!m_failure.empty()) return sendFailure(first);
        evaluateAndSend(*m_exploration->evaluator, m_exploration->values, first, last,
                        m_a.explore.threads);
    }

    // `message`: first, count, width, then `count` rows of `width` values.
    void evaluateCandidates(const std::vector<double>& message) {
        const auto first = static_cast<std::size_t>(message.at(0));
        const auto count = static_cast<std::size_t>(message.at(1));
        const auto width = static_cast<std::size_t>(message.at(2));
        if (!m_optimisation && m_failure.empty()) {
            int status = 0;
            m_optimisation = prepareOptimisation(m_a.optimise, m_a.pluginDirs, status);
            if (m_optimisation)
                m_candidateEvaluator = std::make_unique<decision::Evaluator>(
                    m_optimisation->scenario, *m_optimisation->registry,
                    m_optimisation->experiment);
            else
                m_failure = failure(m_captured);
        }
        if (!m_failure.empty()) return sendFailure(first);
        // The rows at their own indexes (those before them empty), so that an error
        // names the candidate as one process does.
        std::vector<std::vector<double>> rows(first + count);
        for (std::size_t i = 0; i < count; ++i)
            rows[first + i].assign(message.begin() + 3 + std::ptrdiff_t(i * width),
                                   message.begin() + 3 + std::ptrdiff_t((i + 1) * width));
        evaluateAndSend(*m_candidateEvaluator, rows, first, first + count, m_a.optimise.threads);
    }

    void replicate(std::uint64_t first, std::uint64_t count) {
        if (!m_run && m_failure.empty()) {
            int status = 0;
            m_run = prepareRun(m_a.run, m_a.pluginDirs, status);
            if (!m_run) m_failure = failure(m_captured);
        }
        if (!m_failure.empty()) {
            Job::sendText(0, kFailure, m_failure);
            return;
        }
        RunOptions options = m_run->options;
        options.mode = RunMode::MonteCarlo;
        options.firstReplication = static_cast<int>(first);
        options.replications = static_cast<int>(count);
        options.progress = nullptr;
        ReplicationBlock block = runReplications(*m_run->prepared.scenario, options);
        if (!block.ok) {
            Job::sendText(0, kFailure, failure(block.error));
            return;
        }
        std::vector<double> values;
        for (ReplicationFrames& frames : block.frames) {
            values.assign(frames.program.begin(), frames.program.end());
            values.insert(values.end(), frames.baseline.begin(), frames.baseline.end());
            frames = {};
            Job::sendDoubles(0, kFrames, values);
        }
    }

private:
    void sendFailure(std::uint64_t first) const {
        Job::sendDoubles(0, kRows, {double(first), 0.0, 1.0});
        Job::sendText(0, kFailure, m_failure);
    }

    // Evaluates rows [first, last) of `values` and sends rank 0 their outputs (kRows),
    // then the error if one failed (kFailure).
    static void evaluateAndSend(const decision::Evaluator& evaluator,
                                const std::vector<std::vector<double>>& values, std::size_t first,
                                std::size_t last, std::optional<int> threads) {
        std::vector<double> rows = {double(first), 0.0, 0.0};
        decision::EvaluationOptions options;
        options.threads = resolveThreads(threads.value_or(0));
        std::atomic<bool> stop{false};
        options.cancel = &stop;
        options.onPoint = [&](std::size_t, const decision::PointOutcome& outcome) {
            rows.insert(rows.end(), outcome.outputs.begin(), outcome.outputs.end());
            rows[1] += 1.0;
        };
        // Rank 0's stop (another rank failed, or Ctrl-C) is seen between points.
        options.progress = [&](std::size_t, std::size_t) {
            if (Job::probe(0, false) == kStop) stop = true;
        };
        const decision::EvaluationRun run =
            decision::evaluatePoints(evaluator, values, first, last, options);
        rows[2] = run.error.empty() ? 0.0 : 1.0;
        Job::sendDoubles(0, kRows, rows);
        if (!run.error.empty()) Job::sendText(0, kFailure, run.error);
    }

    std::string failure(std::string message) const {
        while (!message.empty() && message.back() == '\n') message.pop_back();
        return "rank " + std::to_string(m_job.rank()) + ": " + message;
    }

    const Job& m_job;
    const Arguments& m_a;
    std::string m_captured;
    std::string m_failure; // once preparing failed, every request gets it
    std::unique_ptr<Exploration> m_exploration;
    std::unique_ptr<RunPreparation> m_run;
    std::unique_ptr<Optimisation> m_optimisation;
    std::unique_ptr<decision::Evaluator> m_candidateEvaluator;
};

} // namespace

int serveRank0(const Job& job, const std::vector<std::string>& args) {
    // A command line rank 0 refuses is refused here too: rank 0 then only says stop.
    const ParseOutcome parsed = parseArguments(args);
    Service service(job, parsed.arguments);
    for (;;) {
        switch (*Job::probe(0, true)) {
        case kPoints: {
            const auto [first, last] = Job::receivePair(0, kPoints);
            service.evaluate(first, last);
            break;
        }
        case kCandidates:
            service.evaluateCandidates(Job::receiveDoubles(0, kCandidates));
            break;
        case kReplications: {
            const auto [first, count] = Job::receivePair(0, kReplications);
            service.replicate(first, count);
            break;
        }
        default: // kStop
            Job::receiveText(0, kStop);
            return kExitOk;
        }
    }
}

} // namespace nk::cli::mpi
