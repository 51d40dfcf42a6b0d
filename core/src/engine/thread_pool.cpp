#include "naikkelas/engine/thread_pool.hpp"

#include <algorithm>
#include <utility>

namespace nk {

ThreadPool::ThreadPool(int threads) {
    const int workers = std::max(1, threads) - 1;
    m_workers.reserve(workers);
    for (int i = 0; i < workers; ++i) m_workers.emplace_back([this] { workerLoop(); });
}

ThreadPool::~ThreadPool() {
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_all();
    for (auto& w : m_workers) w.join();
}

void ThreadPool::parallelFor(std::size_t count, const std::function<void(std::size_t)>& task,
                             const std::function<void()>& afterCallerTask) {
    if (count == 0) return;
    if (m_workers.empty() || count == 1) {
        for (std::size_t i = 0; i < count; ++i) {
            task(i);
            if (afterCallerTask) afterCallerTask();
        }
        return;
    }
    {
        std::lock_guard lock(m_mutex);
        m_failure = nullptr;
        m_failed = false;
        m_task = &task;
        m_after = afterCallerTask ? &afterCallerTask : nullptr;
        m_count = count;
        m_next = 0;
        m_finished = 0;
        ++m_generation;
    }
    m_wake.notify_all();
    runTasks(true);
    std::unique_lock lock(m_mutex);
    m_done.wait(lock, [this] { return m_finished == m_count; });
    m_task = nullptr;
    m_after = nullptr;
    if (m_failure) std::rethrow_exception(std::exchange(m_failure, nullptr));
}

void ThreadPool::runTasks(bool isCaller) {
    for (;;) {
        std::size_t index = 0;
        const std::function<void(std::size_t)>* task = nullptr;
        const std::function<void()>* after = nullptr;
        {
            std::lock_guard lock(m_mutex);
            if (m_task == nullptr || m_next >= m_count) return;
            index = m_next++;
            task = m_task;
            after = m_after;
        }
        // A throwing task must not end a worker (and the process): the first exception
        // goes back to the caller of parallelFor, the remaining tasks are skipped.
        try {
            if (!m_failed.load()) {
                (*task)(index);
                if (isCaller && after) (*after)();
            }
        } catch (...) {
            std::lock_guard lock(m_mutex);
            if (!m_failure) m_failure = std::current_exception();
            m_failed = true;
        }
        std::lock_guard lock(m_mutex);
        if (++m_finished == m_count) m_done.notify_all();
    }
}

void ThreadPool::workerLoop() {
    std::size_t seen = 0;
    for (;;) {
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock,
                        [&] { return m_stop || (m_generation != seen && m_task != nullptr); });
            if (m_stop) return;
            seen = m_generation;
        }
        runTasks(false);
    }
}

} // namespace nk
