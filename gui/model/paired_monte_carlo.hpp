// The compare view's Monte Carlo runs (issue 16, part 2): every compared scenario run on
// common random numbers, the same seed and replications for all (the engine keys each
// cohort's random numbers by its id), so that differences can be taken replication by
// replication (results/paired_comparison.hpp). One job at a time on a worker thread of its
// own, with progress and cancel as the run controller's Monte Carlo; starting a job cancels
// the one before. Scenarios run one after the other, each on all threads.
#pragma once

#include "naikkelas/registry/plugin_registry.hpp"
#include "naikkelas/results/result_set.hpp"
#include "naikkelas/scenario/scenario.hpp"

#include <atomic>
#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace nk::gui {

struct PairedRuns {
    std::uint64_t tag = 0; // what the caller started them for (CompareSession's revision)
    std::vector<std::shared_ptr<const ResultSet>> results; // one per scenario, in order
    std::string error; // the first scenario that could not run, and why; or "cancelled"
};

class PairedMonteCarlo {
public:
    // The registry must outlive the runner.
    explicit PairedMonteCarlo(const PluginRegistry& registry) : m_registry(registry) {}
    ~PairedMonteCarlo(); // cancels and joins
    PairedMonteCarlo(const PairedMonteCarlo&) = delete;
    PairedMonteCarlo& operator=(const PairedMonteCarlo&) = delete;

    // Runs `scenarios` in Monte Carlo with `seed` and `replications`, threads 0: all.
    void start(std::vector<std::shared_ptr<const Scenario>> scenarios, std::uint64_t seed,
               int replications, std::uint64_t tag, int threads = 0);
    void cancel();
    bool running() const { return m_running.load(); }
    double progress() const { return m_progress.load(); } // 0..1 over every scenario
    std::uint64_t runningTag() const { return m_tag.load(); }
    // The last finished job's runs (empty results before any finished).
    PairedRuns finished() const;
    // Blocks until the job ends (tests).
    void wait();

private:
    void run(std::vector<std::shared_ptr<const Scenario>> scenarios, std::uint64_t seed,
             int replications, int threads, std::uint64_t tag);

    const PluginRegistry& m_registry;
    std::thread m_worker;
    std::atomic<bool> m_cancel{false};
    std::atomic<bool> m_running{false};
    std::atomic<double> m_progress{0.0};
    std::atomic<std::uint64_t> m_tag{0};
    mutable std::mutex m_mutex;
    PairedRuns m_finished;
};

} // namespace nk::gui
