// The desktop file dialog as a child process, with fake `zenity` and `kdialog` scripts in
// a folder of the test's own (the PATH it searches): the command line each gets, the
// chosen path read from its output, Cancel, a failing dialog, closing it from the app,
// and that nothing is ever run through a shell.
#include "model/file_chooser.hpp"

#include "temp_dir.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <string>
#include <sys/stat.h>
#include <thread>
#include <vector>

using nk::gui::DialogOutcome;
using nk::gui::DialogProcess;
using nk::gui::FileChooser;
using nk::gui::FileDialogMode;
using nk::gui::FileDialogRequest;
namespace fs = std::filesystem;

namespace {

// A script `name` in `folder` that saves its arguments, one a line, to args.txt beside
// it, prints `output` and exits with `status`.
void fakeDialog(const fs::path& folder, const std::string& name, const std::string& output,
                int status) {
    fs::create_directories(folder);
    const fs::path script = folder / name;
    {
        std::ofstream out(script);
        out << "#!/bin/sh\n"
            << "for a in \"$@\"; do printf '%s\\n' \"$a\"; done > \"$(dirname \"$0\")/args.txt\"\n"
            << "printf '%s\\n' '" << output << "'\n"
            << "exit " << status << "\n";
    }
    ::chmod(script.c_str(), 0755);
}

std::vector<std::string> argsSeen(const fs::path& folder) {
    std::vector<std::string> out;
    std::ifstream in(folder / "args.txt");
    for (std::string line; std::getline(in, line);) out.push_back(line);
    return out;
}

// Polls as the app does once a frame, for at most 10 s.
DialogOutcome waitFor(DialogProcess& process) {
    const auto until = std::chrono::steady_clock::now() + std::chrono::seconds(10);
    DialogOutcome outcome = process.poll();
    while (outcome == DialogOutcome::Running && std::chrono::steady_clock::now() < until) {
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
        outcome = process.poll();
    }
    return outcome;
}

FileDialogRequest saveCsv(const std::string& initial) {
    FileDialogRequest r;
    r.mode = FileDialogMode::Save;
    r.title = "Save the series as CSV";
    r.initialPath = initial;
    r.filterName = "CSV file";
    r.patterns = {"*.csv"};
    return r;
}

} // namespace

TEST_CASE("file chooser: zenity, then kdialog, is found on the search path; else none") {
    nk::test::TempDir dir;
    const fs::path a = dir.path / "a";
    const fs::path b = dir.path / "b";
    CHECK_FALSE(FileChooser((a.string() + ":" + b.string())).hasDesktopDialog());
    fakeDialog(b, "kdialog", "", 0);
    CHECK(FileChooser(a.string() + ":" + b.string()).program() == (b / "kdialog").string());
    fakeDialog(b, "zenity", "", 0);
    CHECK(FileChooser(a.string() + ":" + b.string()).program() == (b / "zenity").string());
    // A file that cannot be run is not a dialog.
    fs::create_directories(a);
    std::ofstream(a / "zenity") << "not a program";
    ::chmod((a / "zenity").c_str(), 0644);
    CHECK(nk::gui::findDialogProgram(a.string()).empty());
    CHECK(nk::gui::findDialogProgram("").empty());
}

TEST_CASE("file chooser: the command lines of zenity and kdialog") {
    FileDialogRequest open;
    open.title = "Open scenario";
    open.initialPath = "/home/u/";
    open.filterName = "Scenario file (.yaml)";
    open.patterns = {"*.yaml", "*.yml"};
    CHECK(nk::gui::dialogArguments("/usr/bin/zenity", open) ==
          std::vector<std::string>{
              "/usr/bin/zenity", "--file-selection", "--title=Open scenario", "--filename=/home/u/",
              "--file-filter=Scenario file (.yaml) | *.yaml *.yml", "--file-filter=* | *"});
    const FileDialogRequest save = saveCsv("/home/u/series.csv");
    const auto zenity = nk::gui::dialogArguments("zenity", save);
    CHECK(std::find(zenity.begin(), zenity.end(), "--save") != zenity.end());
    CHECK(std::find(zenity.begin(), zenity.end(), "--confirm-overwrite") != zenity.end());
    CHECK(nk::gui::dialogArguments("/usr/bin/kdialog", save) ==
          std::vector<std::string>{"/usr/bin/kdialog", "--title", "Save the series as CSV",
                                   "--getsavefilename", "/home/u/series.csv", "*.csv|CSV file"});
    CHECK(nk::gui::dialogArguments("kdialog", open)[3] == "--getopenfilename");
}

TEST_CASE("file chooser: the path zenity prints is the choice; arguments reach it untouched") {
    nk::test::TempDir dir;
    const fs::path bin = dir.path / "bin";
    fakeDialog(bin, "zenity", "/data/my series.csv", 0);
    const FileChooser chooser(bin.string());
    REQUIRE(chooser.hasDesktopDialog());
    // Were anything run through a shell, these would create files.
    const fs::path trap = dir.path / "trap";
    FileDialogRequest request = saveCsv("/tmp/x; touch '" + trap.string() + "1'.csv");
    request.title = "$(touch " + trap.string() + "2) `touch " + trap.string() + "3`";
    std::string error;
    auto process = chooser.start(request, error);
    REQUIRE_MESSAGE(process, error);
    CHECK(waitFor(*process) == DialogOutcome::Chosen);
    CHECK(process->path() == "/data/my series.csv"); // the line break is not part of it
    const auto args = argsSeen(bin);
    REQUIRE(args.size() >= 3);
    CHECK(args[0] == "--file-selection");
    CHECK(args[1] == "--title=" + request.title);
    CHECK(std::find(args.begin(), args.end(), "--filename=" + request.initialPath) != args.end());
    for (const char* n : {"1'.csv", "2", "3"}) CHECK_FALSE(fs::exists(trap.string() + n));
    CHECK(process->poll() == DialogOutcome::Chosen); // stays so
}

TEST_CASE("file chooser: Cancel, a failing dialog and no output are told apart") {
    nk::test::TempDir dir;
    std::string error;
    fakeDialog(dir.path / "cancel", "zenity", "", 1);
    auto cancelled = FileChooser((dir.path / "cancel").string()).start(saveCsv("a.csv"), error);
    REQUIRE(cancelled);
    CHECK(waitFor(*cancelled) == DialogOutcome::Cancelled);
    CHECK(cancelled->path().empty());

    fakeDialog(dir.path / "broken", "kdialog", "", 5);
    auto failed = FileChooser((dir.path / "broken").string()).start(saveCsv("a.csv"), error);
    REQUIRE(failed);
    CHECK(waitFor(*failed) == DialogOutcome::Failed);
    CHECK(failed->error().find("status 5") != std::string::npos);

    fakeDialog(dir.path / "empty", "zenity", "", 0);
    auto empty = FileChooser((dir.path / "empty").string()).start(saveCsv("a.csv"), error);
    REQUIRE(empty);
    CHECK(waitFor(*empty) == DialogOutcome::Cancelled);
}

TEST_CASE("file chooser: the app can close a dialog still open") {
    nk::test::TempDir dir;
    const fs::path bin = dir.path / "bin";
    fs::create_directories(bin);
    {
        std::ofstream out(bin / "zenity");
        out << "#!/bin/sh\nexec sleep 30\n";
    }
    ::chmod((bin / "zenity").c_str(), 0755);
    std::string error;
    auto process = FileChooser(bin.string()).start(saveCsv("a.csv"), error);
    REQUIRE(process);
    CHECK(process->poll() == DialogOutcome::Running);
    const auto started = std::chrono::steady_clock::now();
    process->cancel();
    CHECK(waitFor(*process) == DialogOutcome::Cancelled);
    CHECK(std::chrono::steady_clock::now() - started < std::chrono::seconds(5));
    // Destroying one still running closes it too (and does not wait 30 s).
    auto second = FileChooser(bin.string()).start(saveCsv("a.csv"), error);
    REQUIRE(second);
    second.reset();
    CHECK(std::chrono::steady_clock::now() - started < std::chrono::seconds(5));
}

TEST_CASE("file chooser: a program that cannot start is an error, not a crash") {
    std::string error;
    CHECK(DialogProcess::start("/nonexistent/zenity", saveCsv("a.csv"), error) == nullptr);
    CHECK(error.find("/nonexistent/zenity") != std::string::npos);
}
