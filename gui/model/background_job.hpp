// One piece of work on a thread of its own, for analyses that take longer than a frame
// (the Decide tab's tornado, sensitivity, frontier and optimiser): start, progress,
// cancel, and the last finished result as an immutable snapshot, as the run controller
// publishes runs. Starting again cancels and joins the work still running first.
#pragma once

#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>

namespace nk::gui {

template <class Result> class BackgroundJob {
public:
    // The work checks `cancel` (pass it on to evaluatePoints or the optimiser) and may
    // set `progress` (0..1).
    using Work =
        std::function<Result(const std::atomic<bool>& cancel, std::atomic<double>& progress)>;

    BackgroundJob() = default;
    ~BackgroundJob() {
        cancel();
        join();
    }
    BackgroundJob(const BackgroundJob&) = delete;
    BackgroundJob& operator=(const BackgroundJob&) = delete;

    void start(Work work) {
        cancel();
        join();
        m_cancel = false;
        m_progress = 0.0;
        m_running = true;
        m_thread = std::thread([this, work = std::move(work)] {
            auto result = std::make_shared<const Result>(work(m_cancel, m_progress));
            {
                const std::lock_guard lock(m_mutex);
                m_result = std::move(result);
                ++m_finished;
            }
            m_running = false;
        });
    }
    void cancel() { m_cancel = true; }
    // Blocks until the work has returned.
    void join() {
        if (m_thread.joinable()) m_thread.join();
    }
    bool running() const { return m_running; }
    double progress() const { return m_progress; }
    // The last finished work's result (a cancelled one included); null before any.
    std::shared_ptr<const Result> result() const {
        const std::lock_guard lock(m_mutex);
        return m_result;
    }
    // Counts finished works, so that a view rebuilds its charts only then.
    std::uint64_t finished() const {
        const std::lock_guard lock(m_mutex);
        return m_finished;
    }

private:
    std::atomic<bool> m_cancel{false};
    std::atomic<double> m_progress{0.0};
    std::atomic<bool> m_running{false};
    mutable std::mutex m_mutex;
    std::shared_ptr<const Result> m_result;
    std::uint64_t m_finished = 0;
    std::thread m_thread;
};

} // namespace nk::gui
