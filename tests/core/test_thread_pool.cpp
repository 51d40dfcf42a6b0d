// The engine's thread pool: every index runs once, and a task's exception reaches the
// caller instead of ending the process from a worker.
#include "naikkelas/engine/thread_pool.hpp"

#include <doctest/doctest.h>

#include <atomic>
#include <stdexcept>
#include <vector>

using namespace nk;

TEST_CASE("a thread pool runs every index once, on any number of threads") {
    for (int threads : {1, 2, 4}) {
        ThreadPool pool(threads);
        std::vector<std::atomic<int>> runs(1000);
        pool.parallelFor(runs.size(), [&](std::size_t i) { ++runs[i]; });
        for (const auto& r : runs) CHECK(r.load() == 1);
    }
}

TEST_CASE("a thread pool rethrows a task's exception to the caller, and stays usable") {
    ThreadPool pool(3);
    std::atomic<int> ran{0};
    CHECK_THROWS_WITH_AS(pool.parallelFor(200,
                                          [&](std::size_t i) {
                                              ++ran;
                                              if (i == 7) throw std::runtime_error("task 7");
                                          }),
                         "task 7", std::runtime_error);
    CHECK(ran.load() <= 200);
    // The pool stays usable: the next loop runs in full.
    std::atomic<int> after{0};
    pool.parallelFor(50, [&](std::size_t) { ++after; });
    CHECK(after.load() == 50);
}
