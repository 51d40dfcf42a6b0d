#include "run_process.hpp"

#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <fcntl.h>
#include <poll.h>
#include <sys/wait.h>
#include <unistd.h>

namespace nk::test {

namespace {
void readAvailable(int fd, std::string& into, bool& open) {
    char buffer[65536];
    const ssize_t n = ::read(fd, buffer, sizeof buffer);
    if (n > 0)
        into.append(buffer, static_cast<std::size_t>(n));
    else if (n == 0 || errno != EINTR)
        open = false;
}
} // namespace

ProcessResult runProcess(const std::string& program, const std::vector<std::string>& args,
                         const ProcessOptions& options) {
    ProcessResult result;
    int outPipe[2];
    int errPipe[2];
    if (::pipe(outPipe) != 0 || ::pipe(errPipe) != 0) return result;
    std::string terminal;
    if (options.stderrIsTerminal) {
        // stderr goes to the slave side of a pseudo-terminal; we read its master side.
        const int master = ::posix_openpt(O_RDWR | O_NOCTTY);
        if (master < 0 || ::grantpt(master) != 0 || ::unlockpt(master) != 0) return result;
        terminal = ::ptsname(master);
        ::close(errPipe[0]);
        errPipe[0] = master;
    }
    const pid_t pid = ::fork();
    if (pid < 0) return result;
    if (pid == 0) {
        ::dup2(outPipe[1], STDOUT_FILENO);
        if (!terminal.empty()) {
            const int slave = ::open(terminal.c_str(), O_RDWR | O_NOCTTY);
            ::dup2(slave, STDERR_FILENO);
            ::close(slave);
        } else {
            ::dup2(errPipe[1], STDERR_FILENO);
        }
        ::close(outPipe[0]);
        ::close(outPipe[1]);
        ::close(errPipe[0]);
        ::close(errPipe[1]);
        for (const auto& name : options.unsetEnv) ::unsetenv(name.c_str());
        for (const auto& [name, value] : options.setEnv) ::setenv(name.c_str(), value.c_str(), 1);
        std::vector<char*> argv;
        argv.push_back(const_cast<char*>(program.c_str()));
        for (const auto& a : args) argv.push_back(const_cast<char*>(a.c_str()));
        argv.push_back(nullptr);
        ::execv(program.c_str(), argv.data());
        ::_exit(127);
    }
    ::close(outPipe[1]);
    ::close(errPipe[1]);

    const auto start = std::chrono::steady_clock::now();
    bool outOpen = true;
    bool errOpen = true;
    bool interrupted = false;
    while (outOpen || errOpen) {
        pollfd fds[2] = {{outPipe[0], POLLIN, 0}, {errPipe[0], POLLIN, 0}};
        ::poll(fds, 2, 50);
        if (outOpen && (fds[0].revents & (POLLIN | POLLHUP)))
            readAvailable(outPipe[0], result.out, outOpen);
        if (errOpen && (fds[1].revents & (POLLIN | POLLHUP)))
            readAvailable(errPipe[0], result.err, errOpen);
        const auto elapsed = std::chrono::steady_clock::now() - start;
        if (!interrupted && options.interruptAfter.count() > 0 &&
            elapsed >= options.interruptAfter) {
            ::kill(pid, SIGINT);
            interrupted = true;
        }
        if (elapsed >= options.timeout) {
            ::kill(pid, SIGKILL);
            result.timedOut = true;
            break;
        }
    }
    ::close(outPipe[0]);
    ::close(errPipe[0]);
    int status = 0;
    while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    if (WIFEXITED(status))
        result.status = WEXITSTATUS(status);
    else if (WIFSIGNALED(status))
        result.status = 128 + WTERMSIG(status);
    return result;
}

} // namespace nk::test
