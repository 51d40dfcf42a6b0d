#include "model/run_controller.hpp"

#include "model/editor_paths.hpp"
#include "model/prepare_run.hpp"

#include "naikkelas/engine/engine.hpp"

#include <algorithm>
#include <chrono>
#include <utility>

namespace nk::gui {

namespace {

// The problems of reading first, then the validation's findings but for those on a key
// whose value could not be read: its fallback is not what the file says (as the loader
// does for the command line).
Diagnostics withReadProblems(const Diagnostics& readProblems, const Diagnostics& found) {
    Diagnostics out = readProblems;
    for (const Diagnostic& d : found.items()) {
        const bool unread = std::any_of(
            readProblems.items().begin(), readProblems.items().end(),
            [&](const Diagnostic& p) { return !p.path.empty() && isWithinPath(d.path, p.path); });
        if (!unread) out.add(d);
    }
    return out;
}

} // namespace

RunController::RunController(const PluginRegistry& registry)
    : m_registry(registry), m_snapshot(std::make_shared<const RunSnapshot>()) {
    m_expectedWorker = std::thread([this] { expectedLoop(); });
    m_mcWorker = std::thread([this] { monteCarloLoop(); });
}

RunController::~RunController() {
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_stopFlag = true;
    m_mcCancel = true;
    m_wake.notify_all();
    m_expectedWorker.join();
    m_mcWorker.join();
}

std::uint64_t RunController::submit(const Scenario& scenario,
                                    std::shared_ptr<const SourcePositions> positions,
                                    const std::string& file, Diagnostics readProblems) {
    std::uint64_t generation = 0;
    {
        std::lock_guard lock(m_mutex);
        generation = ++m_nextGeneration;
        // Replacing the pending request drops the older one: only the latest edit matters.
        m_pending =
            Request{generation, scenario, std::move(positions), file, std::move(readProblems)};
        m_latest = m_pending;
    }
    m_wake.notify_all();
    return generation;
}

bool RunController::startMonteCarlo(int replications, std::uint64_t seed, int threads) {
    {
        std::lock_guard lock(m_mutex);
        if (!m_latest || m_mcPending || m_mcRunning.load()) return false;
        m_mcPending = McRequest{*m_latest, replications, seed, threads};
        m_mcCancel = false;
        m_mcProgress = 0.0;
        m_mcRunning = true; // at once, so the UI shows the run before the worker wakes
    }
    m_wake.notify_all();
    return true;
}

void RunController::cancelMonteCarlo() {
    m_mcCancel = true;
}

std::shared_ptr<const RunSnapshot> RunController::snapshot() const {
    std::lock_guard lock(m_mutex);
    return m_snapshot;
}

std::uint64_t RunController::latestGeneration() const {
    std::lock_guard lock(m_mutex);
    return m_nextGeneration;
}

bool RunController::idleLocked() const {
    return !m_pending && !m_expectedBusy && !m_mcPending && !m_mcRunning.load();
}

void RunController::waitIdle() {
    std::unique_lock lock(m_mutex);
    m_idle.wait(lock, [this] { return idleLocked(); });
}

void RunController::publish(std::shared_ptr<const RunSnapshot> next) {
    m_snapshot = std::move(next);
}

void RunController::expectedLoop() {
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_wake.wait(lock, [this] { return m_stop || m_pending.has_value(); });
        if (m_stop) return;
        Request request = std::move(*m_pending);
        m_pending.reset();
        m_expectedBusy = true;
        lock.unlock();

        const auto started = std::chrono::steady_clock::now();
        auto next = std::make_shared<RunSnapshot>();
        next->generation = request.generation;
        next->scenario = std::move(request.scenario);
        PreparedRun prepared =
            prepareRun(next->scenario, request.positions.get(), request.file, m_registry);
        next->heldBack = request.readProblems.items().size();
        if (next->heldBack > 0) {
            // Nothing compiled is shown: the scenario is not yet what the file means.
            next->diagnostics = withReadProblems(request.readProblems, prepared.diagnostics);
        } else {
            next->compiled = prepared.compiled;
            next->diagnostics = std::move(prepared.diagnostics);
        }
        if (prepared.runnable() && next->heldBack == 0) {
            RunOptions options = defaultRunOptions(*prepared.compiled);
            options.mode = RunMode::Expected;
            options.threads = 1; // a few milliseconds: threads would cost more than they save
            options.scenarioDigest = false;
            options.cancel = &m_stopFlag;
            prepared.binding->apply(options);
            RunOutcome outcome = runScenario(*prepared.compiled, options);
            if (outcome.ok)
                next->expected = std::make_shared<const ResultSet>(std::move(outcome.results));
            else if (!outcome.cancelled)
                next->error = outcome.error;
        }
        next->expectedMilliseconds =
            std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started)
                .count();

        lock.lock();
        // A result superseded by a newer pending request is still published: it is newer
        // than what is drawn, so charts keep following a slider that is being dragged.
        next->monteCarlo = m_snapshot->monteCarlo;
        next->monteCarloGeneration = m_snapshot->monteCarloGeneration;
        next->monteCarloStatus = m_snapshot->monteCarloStatus;
        next->monteCarloError = m_snapshot->monteCarloError;
        publish(std::move(next));
        m_expectedBusy = false;
        m_idle.notify_all();
    }
}

void RunController::monteCarloLoop() {
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_wake.wait(lock, [this] { return m_stop || m_mcPending.has_value(); });
        if (m_stop) return;
        McRequest request = std::move(*m_mcPending);
        m_mcPending.reset();
        lock.unlock();

        MonteCarloStatus status = MonteCarloStatus::Failed;
        std::string error;
        std::shared_ptr<const ResultSet> results;
        PreparedRun prepared = prepareRun(request.source.scenario, request.source.positions.get(),
                                          request.source.file, m_registry);
        if (m_mcCancel.load()) {
            // Cancelled before it began: skip the engine's up-front allocation, which for
            // many replications takes seconds and is not interruptible.
            status = MonteCarloStatus::Cancelled;
        } else if (!prepared.runnable() || !request.source.readProblems.items().empty()) {
            error = "the scenario has errors; see the diagnostics";
        } else {
            RunOptions options = defaultRunOptions(*prepared.compiled);
            options.mode = RunMode::MonteCarlo;
            options.replications = request.replications;
            options.seed = request.seed;
            options.threads =
                request.threads > 0
                    ? request.threads
                    : std::max(1, static_cast<int>(std::thread::hardware_concurrency()));
            options.cancel = &m_mcCancel;
            options.progress = [this](double p) { m_mcProgress = p; };
            prepared.binding->apply(options); // after the seed: plugin randomness follows it
            RunOutcome outcome = runScenario(*prepared.compiled, options);
            if (outcome.ok) {
                status = MonteCarloStatus::Done;
                m_mcProgress = 1.0;
                results = std::make_shared<const ResultSet>(std::move(outcome.results));
            } else if (outcome.cancelled) {
                status = MonteCarloStatus::Cancelled;
            } else {
                error = outcome.error;
            }
        }

        lock.lock();
        auto next = std::make_shared<RunSnapshot>(*m_snapshot);
        next->monteCarloStatus = status;
        next->monteCarloError = std::move(error);
        if (results) { // a cancelled or failed run keeps the previous results on show
            next->monteCarlo = std::move(results);
            next->monteCarloGeneration = request.source.generation;
        }
        publish(std::move(next));
        m_mcRunning = false;
        m_idle.notify_all();
    }
}

} // namespace nk::gui
