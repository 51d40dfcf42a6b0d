// Asking for a file, headless: the path prompt (the fallback without a desktop dialog)
// opens, Enter or typing and Enter submits, Escape cancels; a fake zenity on the search
// path is used instead when there is one. Then the real buttons that ask: the results
// toolbar's "Save series CSV…" and a chart's right-click "Save PNG…", clicked with the
// mouse, each open the prompt and save; the message after a save follows the language.
#include "panels/file_dialog.hpp"
#include "panels/results_view.hpp"

#include "app_harness.hpp"
#include "temp_dir.hpp"

#include <doctest/doctest.h>
#include <imgui_internal.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <optional>
#include <string>
#include <sys/stat.h>
#include <thread>
#include <vector>

using nk::Language;
using nk::gui::FileChooser;
using nk::gui::FileDialog;
using nk::gui::FileDialogMode;
using nk::gui::FileDialogRequest;
using nk::gui::ResultsView;
using nk::gui::test::AppHarness;
using nk::gui::test::ImGuiHarness;
namespace fs = std::filesystem;

namespace {

FileDialogRequest csvRequest(const std::string& initial) {
    FileDialogRequest r;
    r.mode = FileDialogMode::Save;
    r.title = "Save the series as CSV";
    r.filterName = "CSV file";
    r.patterns = {"*.csv"};
    r.initialPath = initial;
    return r;
}

// The name of the modal popup open now, or empty.
std::string openPopupName() {
    const ImGuiContext& g = *ImGui::GetCurrentContext();
    if (g.OpenPopupStack.empty() || !g.OpenPopupStack.back().Window) return {};
    return g.OpenPopupStack.back().Window->Name;
}

// One frame of the dialog in a window; what it returned.
std::optional<std::string> dialogFrame(ImGuiHarness& imgui, FileDialog& dialog,
                                       Language language = Language::English) {
    std::optional<std::string> chosen;
    imgui.frame([&](ImDrawList*) { chosen = dialog.draw(language); });
    return chosen;
}

// Presses and releases a key over two frames of `frame`; what either frame returned.
template <typename Frame>
auto pressKey(ImGuiHarness& imgui, ImGuiKey_ key, Frame&& frame) -> decltype(frame()) {
    imgui.key(key, true);
    auto first = frame();
    imgui.key(key, false);
    auto second = frame();
    return first ? first : second;
}

// A left click at (x, y): move there, press, release.
template <typename Frame> void click(ImGuiHarness& imgui, float x, float y, Frame&& frame) {
    imgui.mouse(x, y, false);
    frame();
    imgui.mouse(x, y, true);
    frame();
    imgui.mouse(x, y, false);
    frame();
}

} // namespace

TEST_CASE("file dialog: without a desktop dialog the prompt opens and Enter submits") {
    nk::test::TempDir dir;
    ImGuiHarness imgui;
    FileDialog dialog;
    dialog.ask(csvRequest("/tmp/series.csv"), FileChooser(dir.path.string()));
    CHECK(dialog.prompting());
    CHECK_FALSE(dialogFrame(imgui, dialog));
    CHECK(openPopupName().find("###file_dialog_prompt") != std::string::npos);
    CHECK_FALSE(dialogFrame(imgui, dialog)); // the field takes the keyboard focus
    const auto chosen = pressKey(imgui, ImGuiKey_Enter, [&] { return dialogFrame(imgui, dialog); });
    REQUIRE(chosen);
    CHECK(*chosen == "/tmp/series.csv");
    CHECK_FALSE(dialog.active());
    dialogFrame(imgui, dialog);
    CHECK(openPopupName().empty());
}

TEST_CASE("file dialog: a typed path replaces the suggestion; Escape cancels") {
    nk::test::TempDir dir;
    ImGuiHarness imgui;
    FileDialog dialog;
    dialog.ask(csvRequest("/tmp/series.csv"), FileChooser(dir.path.string()));
    dialogFrame(imgui, dialog);
    dialogFrame(imgui, dialog);
    imgui.type("/home/u/other.csv");
    dialogFrame(imgui, dialog);
    const auto chosen = pressKey(imgui, ImGuiKey_Enter, [&] { return dialogFrame(imgui, dialog); });
    REQUIRE(chosen);
    CHECK(*chosen == "/home/u/other.csv");

    dialog.ask(csvRequest("/tmp/series.csv"), FileChooser(dir.path.string()));
    dialogFrame(imgui, dialog);
    dialogFrame(imgui, dialog);
    CHECK_FALSE(pressKey(imgui, ImGuiKey_Escape, [&] { return dialogFrame(imgui, dialog); }));
    CHECK_FALSE(dialog.active());
}

TEST_CASE("file dialog: a desktop dialog (fake zenity) is used when there is one") {
    nk::test::TempDir dir;
    const fs::path bin = dir.path / "bin";
    fs::create_directories(bin);
    {
        std::ofstream out(bin / "zenity");
        out << "#!/bin/sh\nprintf '%s\\n' '/chosen/by zenity.csv'\n";
    }
    ::chmod((bin / "zenity").c_str(), 0755);
    ImGuiHarness imgui;
    FileDialog dialog;
    dialog.ask(csvRequest("/tmp/series.csv"), FileChooser(bin.string()));
    CHECK(dialog.active());
    CHECK_FALSE(dialog.prompting());
    std::optional<std::string> chosen;
    const auto until = std::chrono::steady_clock::now() + std::chrono::seconds(10);
    while (!chosen && dialog.active() && std::chrono::steady_clock::now() < until) {
        chosen = dialogFrame(imgui, dialog);
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    REQUIRE(chosen);
    CHECK(*chosen == "/chosen/by zenity.csv");
    CHECK_FALSE(dialog.active());
}

TEST_CASE("file dialog: a desktop dialog that fails leaves the prompt") {
    nk::test::TempDir dir;
    const fs::path bin = dir.path / "bin";
    fs::create_directories(bin);
    std::ofstream(bin / "kdialog") << "#!/bin/sh\nexit 3\n";
    ::chmod((bin / "kdialog").c_str(), 0755);
    ImGuiHarness imgui;
    FileDialog dialog;
    dialog.ask(csvRequest("/tmp/series.csv"), FileChooser(bin.string()));
    const auto until = std::chrono::steady_clock::now() + std::chrono::seconds(10);
    while (!dialog.prompting() && std::chrono::steady_clock::now() < until) {
        dialogFrame(imgui, dialog);
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    CHECK(dialog.prompting());
    dialogFrame(imgui, dialog);
    CHECK(openPopupName().find("###file_dialog_prompt") != std::string::npos);
}

namespace {

// The results view of a seed scenario, drawn as the Results tab draws it.
struct Results {
    nk::test::TempDir out;
    nk::test::TempDir noDialogs; // an empty search path: the prompt
    AppHarness harness;
    ResultsView view;
    Results() {
        harness.openScenario("001_malang_cookies_2023.yaml");
        harness.settled();
        harness.app().setFileChooser(FileChooser(noDialogs.path.string()));
        harness.app().settings().lastFolder = out.path.string();
        harness.app().settings().language = Language::English;
        for (int i = 0; i < 3; ++i) frame();
    }
    void frame() {
        const auto snapshot = harness.app().runs().snapshot();
        harness.imgui().frame([&](ImDrawList*) { view.draw(harness.app(), *snapshot); });
    }
    // The items on the toolbar line that take the mouse, left to right: Copy table, then
    // Save series CSV…. Found by moving the mouse along the line without clicking.
    std::vector<float> toolbarItems() {
        const float y = ImGui::GetStyle().WindowPadding.y + ImGui::GetFrameHeight() * 0.5f;
        std::vector<float> xs;
        ImGuiID last = 0;
        for (float x = 2.0f; x < 1280.0f; x += 3.0f) {
            harness.imgui().mouse(x, y, false);
            frame();
            const ImGuiID hovered = ImGui::GetCurrentContext()->HoveredId;
            if (hovered != 0 && hovered != last) xs.push_back(x + 4.0f);
            if (hovered != 0) last = hovered;
        }
        return xs;
    }
};

} // namespace

TEST_CASE("results view: Save series CSV… opens the prompt, saves, and says so in the language") {
    Results r;
    const auto items = r.toolbarItems();
    REQUIRE(items.size() >= 2);
    const float y = ImGui::GetStyle().WindowPadding.y + ImGui::GetFrameHeight() * 0.5f;
    click(r.harness.imgui(), items[1], y, [&] { r.frame(); });
    r.frame();
    CHECK(openPopupName().find("###file_dialog_prompt") != std::string::npos);
    pressKey(r.harness.imgui(), ImGuiKey_Enter, [&] {
        r.frame();
        return false;
    });
    INFO(r.view.message().text(Language::English));
    CHECK_FALSE(r.view.message().error);
    const std::string path = r.view.message().detail;
    CHECK(fs::path(path).parent_path() == r.out.path);
    CHECK(fs::exists(path));
    CHECK(nk::test::readAll(path).rfind("arm,scope,series,month,mode,mean", 0) == 0);
    CHECK(r.view.message().text(Language::English) == "Saved: " + path);
    CHECK(r.view.message().text(Language::Indonesian) == "Tersimpan: " + path);
}

TEST_CASE("results view: a chart's right-click Save PNG… opens the prompt and asks for the PNG") {
    Results r;
    ImGuiHarness& imgui = r.harness.imgui();
    // The lower right chart (costs by fiscal year): right press and release in place.
    imgui.mouse(960.0f, 600.0f, false);
    r.frame();
    ImGui::GetIO().MouseDown[1] = true;
    r.frame();
    ImGui::GetIO().MouseDown[1] = false;
    r.frame();
    r.frame();
    const ImGuiContext& g = *ImGui::GetCurrentContext();
    REQUIRE(g.OpenPopupStack.Size == 1);
    const ImGuiWindow* menu = g.OpenPopupStack.back().Window;
    REQUIRE(menu != nullptr);
    // Its first item is Save PNG….
    const ImVec2 first(menu->Pos.x + menu->WindowPadding.x + 10.0f,
                       menu->Pos.y + menu->WindowPadding.y + ImGui::GetTextLineHeight() * 0.5f);
    click(imgui, first.x, first.y, [&] { r.frame(); });
    r.frame();
    CHECK(openPopupName().find("###file_dialog_prompt") != std::string::npos);
    pressKey(imgui, ImGuiKey_Enter, [&] {
        r.frame();
        return false;
    });
    const auto request = r.view.takeExportRequest();
    REQUIRE(request);
    CHECK(fs::path(request->path).parent_path() == r.out.path);
    CHECK(fs::path(request->path).filename().string().ends_with("costs.png"));
    CHECK(request->model.title == "Costs by fiscal year");
}
