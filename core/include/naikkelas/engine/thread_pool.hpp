// A fixed set of worker threads running parallelFor loops. The calling thread takes
// part, and only it calls the after-each-task hook (for progress), so a callback never
// runs on a worker.
#pragma once

#include <atomic>
#include <condition_variable>
#include <cstddef>
#include <exception>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace nk {

class ThreadPool {
public:
    explicit ThreadPool(int threads); // total threads including the caller (>= 1)
    ~ThreadPool();
    ThreadPool(const ThreadPool&) = delete;
    ThreadPool& operator=(const ThreadPool&) = delete;

    int threads() const { return static_cast<int>(m_workers.size()) + 1; }

    // Runs task(i) for i in [0, count), any order, and returns when all are done.
    // afterCallerTask runs on the calling thread after each task it ran itself. If a task
    // throws, the tasks not yet started are skipped and the first exception is rethrown
    // here, on the calling thread.
    void parallelFor(std::size_t count, const std::function<void(std::size_t)>& task,
                     const std::function<void()>& afterCallerTask = {});

private:
    void workerLoop();
    void runTasks(bool isCaller);

    std::vector<std::thread> m_workers;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::condition_variable m_done;
    const std::function<void(std::size_t)>* m_task = nullptr;
    const std::function<void()>* m_after = nullptr;
    std::size_t m_count = 0;
    std::size_t m_next = 0;
    std::size_t m_finished = 0;
    std::size_t m_generation = 0;
    bool m_stop = false;
    std::exception_ptr m_failure;      // the first exception of the current loop
    std::atomic<bool> m_failed{false}; // read without the lock to skip remaining tasks
};

} // namespace nk
