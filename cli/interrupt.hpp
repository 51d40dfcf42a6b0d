// Ctrl-C during a run: the first SIGINT sets a flag that the engine checks once per month
// (RunOptions::cancel), so the run stops cleanly and nothing is written; the handler
// then reverts to the default, so a second Ctrl-C ends the program at once.
#pragma once

#include <atomic>
#include <signal.h>

namespace nk::cli {

class InterruptGuard {
public:
    InterruptGuard();  // installs the handler and clears the flag
    ~InterruptGuard(); // restores the previous handler
    InterruptGuard(const InterruptGuard&) = delete;
    InterruptGuard& operator=(const InterruptGuard&) = delete;

    const std::atomic<bool>& flag() const;
    bool interrupted() const { return flag().load(); }

private:
    struct sigaction m_previous {};
};

} // namespace nk::cli
