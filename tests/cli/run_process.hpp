// Runs a program with arguments and captures its stdout, stderr and exit status, for
// testing the naikkelas binary as a user runs it.
#pragma once

#include <chrono>
#include <string>
#include <utility>
#include <vector>

namespace nk::test {

struct ProcessResult {
    int status = -1; // exit status, or 128 + signal number when killed by a signal
    bool timedOut = false;
    std::string out;
    std::string err;
};

struct ProcessOptions {
    // Environment changes in the child: value empty with unset = true removes it.
    std::vector<std::pair<std::string, std::string>> setEnv;
    std::vector<std::string> unsetEnv;
    std::chrono::milliseconds timeout{120'000};
    // If positive: send SIGINT this long after the start.
    std::chrono::milliseconds interruptAfter{0};
    // Connect the child's stderr to a pseudo-terminal, as when a person runs it.
    bool stderrIsTerminal = false;
};

ProcessResult runProcess(const std::string& program, const std::vector<std::string>& args,
                         const ProcessOptions& options = {});

} // namespace nk::test
