#include "model/file_chooser.hpp"

#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

extern char** environ;

namespace nk::gui {

namespace {

constexpr const char* kPrograms[] = {"zenity", "kdialog"};

bool isKdialog(const std::string& program) {
    return std::filesystem::path(program).filename() == "kdialog";
}

std::string joined(const std::vector<std::string>& patterns) {
    std::string out;
    for (const std::string& p : patterns) out += (out.empty() ? "" : " ") + p;
    return out;
}

} // namespace

std::vector<std::string> dialogArguments(const std::string& program,
                                         const FileDialogRequest& request) {
    const bool save = request.mode == FileDialogMode::Save;
    const std::string patterns = request.patterns.empty() ? "*" : joined(request.patterns);
    if (isKdialog(program))
        return {program,
                "--title",
                request.title,
                save ? "--getsavefilename" : "--getopenfilename",
                request.initialPath.empty() ? "." : request.initialPath,
                patterns + "|" + request.filterName};
    std::vector<std::string> args = {program, "--file-selection", "--title=" + request.title};
    if (save) {
        args.push_back("--save");
        args.push_back("--confirm-overwrite");
    }
    if (!request.initialPath.empty()) args.push_back("--filename=" + request.initialPath);
    if (!request.patterns.empty()) {
        args.push_back("--file-filter=" + request.filterName + " | " + patterns);
        args.push_back("--file-filter=* | *");
    }
    return args;
}

std::string findDialogProgram(const std::string& searchPath) {
    for (const char* name : kPrograms) {
        std::size_t begin = 0;
        while (begin <= searchPath.size()) {
            const std::size_t end = std::min(searchPath.find(':', begin), searchPath.size());
            const std::string folder = searchPath.substr(begin, end - begin);
            begin = end + 1;
            if (folder.empty()) continue; // an empty entry would mean the working folder
            const std::string candidate = folder + "/" + name;
            std::error_code ec;
            if (std::filesystem::is_regular_file(candidate, ec) &&
                ::access(candidate.c_str(), X_OK) == 0)
                return candidate;
        }
    }
    return {};
}

DialogProcess::DialogProcess(pid_t pid, int output, std::string program)
    : m_pid(pid), m_output(output), m_program(std::move(program)) {}

std::unique_ptr<DialogProcess> DialogProcess::start(const std::string& program,
                                                    const FileDialogRequest& request,
                                                    std::string& error) {
    const std::vector<std::string> args = dialogArguments(program, request);
    std::vector<char*> argv;
    for (const std::string& a : args) argv.push_back(const_cast<char*>(a.c_str()));
    argv.push_back(nullptr);

    int fds[2];
    if (::pipe2(fds, O_CLOEXEC) != 0) {
        error = std::string("cannot start the file dialog: ") + std::strerror(errno);
        return nullptr;
    }
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, fds[1], STDOUT_FILENO); // clears CLOEXEC
    pid_t pid = -1;
    const int failed =
        ::posix_spawn(&pid, program.c_str(), &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    ::close(fds[1]);
    if (failed != 0) {
        ::close(fds[0]);
        error = "cannot start " + program + ": " + std::strerror(failed);
        return nullptr;
    }
    ::fcntl(fds[0], F_SETFL, ::fcntl(fds[0], F_GETFL) | O_NONBLOCK);
    return std::unique_ptr<DialogProcess>(new DialogProcess(pid, fds[0], program));
}

DialogProcess::~DialogProcess() {
    if (m_pid > 0) {
        ::kill(m_pid, SIGTERM);
        int status = 0;
        while (::waitpid(m_pid, &status, 0) < 0 && errno == EINTR) {
        }
    }
    if (m_output >= 0) ::close(m_output);
}

void DialogProcess::readAvailable() {
    char chunk[4096];
    for (;;) {
        const ssize_t n = ::read(m_output, chunk, sizeof chunk);
        if (n > 0) {
            m_buffer.append(chunk, static_cast<std::size_t>(n));
            continue;
        }
        if (n < 0 && errno == EINTR) continue;
        return; // end of output, or nothing more for now
    }
}

void DialogProcess::finish(int status) {
    m_pid = -1;
    readAvailable(); // what was written before the exit
    ::close(m_output);
    m_output = -1;
    while (!m_buffer.empty() && (m_buffer.back() == '\n' || m_buffer.back() == '\r'))
        m_buffer.pop_back();
    const bool exited = WIFEXITED(status);
    const int code = exited ? WEXITSTATUS(status) : -1;
    if (m_cancelled) {
        m_outcome = DialogOutcome::Cancelled;
    } else if (exited && code == 0 && !m_buffer.empty()) {
        m_path = m_buffer;
        m_outcome = DialogOutcome::Chosen;
    } else if (exited && (code == 0 || code == 1)) {
        m_outcome = DialogOutcome::Cancelled; // zenity and kdialog exit 1 on Cancel
    } else {
        m_error = m_program + (exited ? " ended with status " + std::to_string(code)
                                      : std::string(" was stopped by a signal"));
        m_outcome = DialogOutcome::Failed;
    }
}

DialogOutcome DialogProcess::poll() {
    if (m_outcome != DialogOutcome::Running) return m_outcome;
    readAvailable(); // keeps the pipe drained, so the child never blocks writing
    int status = 0;
    const pid_t done = ::waitpid(m_pid, &status, WNOHANG);
    if (done == m_pid) {
        finish(status);
    } else if (done < 0 && errno != EINTR) {
        m_pid = -1;
        m_error = m_program + ": " + std::strerror(errno);
        m_outcome = DialogOutcome::Failed;
    }
    return m_outcome;
}

void DialogProcess::cancel() {
    if (m_outcome != DialogOutcome::Running) return;
    m_cancelled = true;
    ::kill(m_pid, SIGTERM);
}

FileChooser::FileChooser() : FileChooser(std::getenv("PATH") ? std::getenv("PATH") : "") {}

FileChooser::FileChooser(const std::string& searchPath)
    : m_program(findDialogProgram(searchPath)) {}

std::unique_ptr<DialogProcess> FileChooser::start(const FileDialogRequest& request,
                                                  std::string& error) const {
    if (m_program.empty()) return nullptr;
    return DialogProcess::start(m_program, request, error);
}

} // namespace nk::gui
