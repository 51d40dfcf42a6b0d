// Choosing a file with the desktop's own dialog: zenity (GNOME and most desktops) or
// kdialog (KDE), whichever is installed, run as a child process from an argument list
// (posix_spawn, never a shell, so no path or title is ever interpreted) that prints the
// chosen path. The UI polls the child each frame, so the window keeps drawing while the
// dialog is open. Without either program the caller shows its own path prompt. No GTK
// or Qt library is linked.
#pragma once

#include <memory>
#include <string>
#include <sys/types.h>
#include <vector>

namespace nk::gui {

enum class FileDialogMode { Open, Save };

struct FileDialogRequest {
    FileDialogMode mode = FileDialogMode::Open;
    std::string title;
    std::string initialPath;           // a file to suggest, or a folder ending in '/'
    std::string filterName;            // "Scenario files"
    std::vector<std::string> patterns; // "*.yaml", "*.yml"; empty: every file
};

// The command line (the program first) that asks `program` (zenity or kdialog, by file
// name or path) for a file.
std::vector<std::string> dialogArguments(const std::string& program,
                                         const FileDialogRequest& request);

// The first of zenity and kdialog found as an executable in `searchPath` (folders
// joined by ':', as PATH), or empty.
std::string findDialogProgram(const std::string& searchPath);

enum class DialogOutcome { Running, Chosen, Cancelled, Failed };

// One dialog on screen. Destroying it while it runs closes the dialog.
class DialogProcess {
public:
    // Starts `program`; null with `error` when it cannot start.
    static std::unique_ptr<DialogProcess>
    start(const std::string& program, const FileDialogRequest& request, std::string& error);
    ~DialogProcess();
    DialogProcess(const DialogProcess&) = delete;
    DialogProcess& operator=(const DialogProcess&) = delete;

    // Never blocks: Running until the dialog closes, then how it ended (and stays so).
    DialogOutcome poll();
    const std::string& path() const { return m_path; }   // when Chosen
    const std::string& error() const { return m_error; } // when Failed
    void cancel(); // closes the dialog; poll() then says Cancelled

private:
    DialogProcess(pid_t pid, int output, std::string program);
    void readAvailable();
    void finish(int status);

    pid_t m_pid = -1; // -1 once reaped
    int m_output = -1;
    std::string m_program;
    std::string m_buffer;
    std::string m_path;
    std::string m_error;
    bool m_cancelled = false;
    DialogOutcome m_outcome = DialogOutcome::Running;
};

// Which desktop dialog this session has; found once, from PATH by default.
class FileChooser {
public:
    FileChooser(); // searches PATH
    explicit FileChooser(const std::string& searchPath);

    bool hasDesktopDialog() const { return !m_program.empty(); }
    const std::string& program() const { return m_program; }
    // The desktop dialog for `request`; null when there is none or it cannot start.
    std::unique_ptr<DialogProcess> start(const FileDialogRequest& request,
                                         std::string& error) const;

private:
    std::string m_program;
};

} // namespace nk::gui
