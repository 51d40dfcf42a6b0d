// Runs for the GUI, off the UI thread (the MuJoCo simulate pattern): the UI posts
// requests, workers apply them, and the UI reads immutable snapshots. Two workers: one
// recomputes the expected-mode projection after every edit (milliseconds), one runs
// Monte Carlo on request (seconds), so a long run never delays the projection.
#pragma once

#include "naikkelas/registry/plugin_registry.hpp"
#include "naikkelas/results/result_set.hpp"
#include "naikkelas/scenario/compiled_scenario.hpp"
#include "naikkelas/scenario/diagnostics.hpp"
#include "naikkelas/scenario/scenario.hpp"

#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>

namespace nk::gui {

enum class MonteCarloStatus { None, Done, Cancelled, Failed };

// One published state of the runs. Never changed once published: the UI may keep the
// pointer for as long as it draws from it while the workers publish newer ones.
struct RunSnapshot {
    std::uint64_t generation = 0; // of the submission these results are for
    Scenario scenario;
    std::shared_ptr<const CompiledScenario> compiled; // null when it does not compile
    Diagnostics diagnostics; // as the command line prints them, located when possible
    // Problems of reading the file (listed first in `diagnostics`) that hold the
    // projection back until edits settle them; 0 for a scenario read without errors.
    std::size_t heldBack = 0;
    std::shared_ptr<const ResultSet> expected; // null when not runnable
    std::string error;                         // a run that failed for another reason
    double expectedMilliseconds = 0.0;

    // The last Monte Carlo run, carried forward across edits; it belongs to
    // monteCarloGeneration, which is older than `generation` when edits followed it.
    std::shared_ptr<const ResultSet> monteCarlo;
    std::uint64_t monteCarloGeneration = 0;
    MonteCarloStatus monteCarloStatus = MonteCarloStatus::None;
    std::string monteCarloError;
};

class RunController {
public:
    // The registry must outlive the controller (bindings refer to its modules).
    explicit RunController(const PluginRegistry& registry);
    ~RunController(); // cancels both runs and joins the workers
    RunController(const RunController&) = delete;
    RunController& operator=(const RunController&) = delete;

    // Asks for the expected projection of `scenario`; returns its generation. Only the
    // latest pending request is kept: the worker skips intermediate ones. `positions`
    // and `file` locate diagnostics (file:line) as the command line does. With
    // `readProblems` (a file opened for repair) nothing runs: they are listed with the
    // validation's findings, except those on keys whose value could not be read.
    std::uint64_t submit(const Scenario& scenario,
                         std::shared_ptr<const SourcePositions> positions = nullptr,
                         const std::string& file = {}, Diagnostics readProblems = {});

    // Starts Monte Carlo on the latest submitted scenario. False when nothing was
    // submitted yet or a Monte Carlo run is already going.
    bool startMonteCarlo(int replications, std::uint64_t seed, int threads);
    void cancelMonteCarlo();
    bool monteCarloRunning() const { return m_mcRunning.load(); }
    double monteCarloProgress() const { return m_mcProgress.load(); } // 0..1

    // The latest published snapshot; never null (generation 0 before the first run).
    std::shared_ptr<const RunSnapshot> snapshot() const;
    std::uint64_t latestGeneration() const;

    // Blocks until no request is pending and neither worker is running (tests, exit).
    void waitIdle();

private:
    struct Request {
        std::uint64_t generation = 0;
        Scenario scenario;
        std::shared_ptr<const SourcePositions> positions;
        std::string file;
        Diagnostics readProblems;
    };
    struct McRequest {
        Request source;
        int replications = 0;
        std::uint64_t seed = 1;
        int threads = 1;
    };

    void expectedLoop();
    void monteCarloLoop();
    void publish(std::shared_ptr<const RunSnapshot> next); // with m_mutex held
    bool idleLocked() const;

    const PluginRegistry& m_registry;

    mutable std::mutex m_mutex;
    std::condition_variable m_wake; // a request arrived or stopping
    std::condition_variable m_idle; // a worker finished something
    bool m_stop = false;
    std::uint64_t m_nextGeneration = 0;
    std::optional<Request> m_pending;
    std::optional<Request> m_latest; // the latest submission, for Monte Carlo
    bool m_expectedBusy = false;
    std::optional<McRequest> m_mcPending;
    std::shared_ptr<const RunSnapshot> m_snapshot;

    std::atomic<bool> m_stopFlag{false}; // cancels the expected run on destruction
    std::atomic<bool> m_mcCancel{false};
    std::atomic<bool> m_mcRunning{false};
    std::atomic<double> m_mcProgress{0.0};

    std::thread m_expectedWorker;
    std::thread m_mcWorker;
};

} // namespace nk::gui
