// The real menu bar, main view and help windows drawn headless for every scenario in
// scenarios/, in both languages and at both window sizes the app is laid out for, with
// every view tab selected in turn. ImGui asserts (an abort) on a broken Begin/End or ID
// stack, so a clean pass means every panel draws; the checks below add what a user
// sees: each view draws something, and nothing is wider than the window.
#include "app_harness.hpp"
#include "scenario_files.hpp"

#include "panels/app_menu.hpp"
#include "panels/help_windows.hpp"
#include "panels/main_view.hpp"
#include "panels/recovery_prompt.hpp"

#include <doctest/doctest.h>

#include <filesystem>
#include <string>
#include <vector>

using nk::gui::AppMenu;
using nk::gui::HelpWindows;
using nk::gui::MainTab;
using nk::gui::MainView;
using nk::gui::ViewState;
using nk::gui::test::AppHarness;
using nk::gui::test::FrameMeasure;
using nk::gui::test::measureLastFrame;

namespace {

FrameMeasure drawApp(AppHarness& harness, MainView& main, ViewState& view, AppMenu& menu,
                     HelpWindows& help) {
    bool quit = false;
    harness.imgui().bareFrame([&] {
        menu.draw(harness.app(), view, quit);
        main.draw(harness.app(), view);
        help.draw(harness.app(), view);
    });
    CHECK_FALSE(quit);
    return measureLastFrame();
}

} // namespace

TEST_CASE("app: every view draws for every scenario, both languages, 1280x720 and 1920x1080") {
    for (const ImVec2 display : {ImVec2(1280, 720), ImVec2(1920, 1080)})
        for (const std::filesystem::path& file : nk::test::scenarioFiles())
            for (const nk::Language language : {nk::Language::Indonesian, nk::Language::English}) {
                CAPTURE(file);
                CAPTURE(display.x);
                AppHarness harness(display);
                REQUIRE(harness.app().open(file.string()));
                harness.app().settings().language = language;
                harness.app().runs().waitIdle();
                MainView main(nk::test::builtinPlugins());
                ViewState view;
                AppMenu menu;
                HelpWindows help;
                for (const MainTab tab : {MainTab::Results, MainTab::Compare, MainTab::Equipment}) {
                    view.select(tab);
                    FrameMeasure last;
                    for (int i = 0; i < 3; ++i) last = drawApp(harness, main, view, menu, help);
                    CHECK(view.tab == tab);
                    CHECK(last.vertices > 1000); // menu, editor, tab bar and the view
                    // Horizontal overflow of the main window's children means a cut-off view.
                    CHECK(last.widestContent <= 1.0f);
                }
                view.showDocs = true;
                view.openAbout = true;
                for (int page = 0; page < nk::gui::kDocsPageCount; ++page) {
                    view.docsPage = page;
                    for (int i = 0; i < 2; ++i) drawApp(harness, main, view, menu, help);
                }
                CHECK(view.showDocs);
            }
}

TEST_CASE("app: hiding the editor pane gives the views the whole width") {
    AppHarness harness;
    harness.app().runs().waitIdle();
    MainView main(nk::test::builtinPlugins());
    ViewState view;
    AppMenu menu;
    HelpWindows help;
    drawApp(harness, main, view, menu, help);
    const ImGuiWindow* editor = nullptr;
    for (ImGuiWindow* window : ImGui::GetCurrentContext()->Windows)
        if (std::string(window->Name).find("/editor_") != std::string::npos) editor = window;
    REQUIRE(editor != nullptr);
    CHECK(editor->Active);
    view.showEditor = false;
    drawApp(harness, main, view, menu, help);
    CHECK_FALSE(editor->Active);
}

TEST_CASE("app: the recovery prompt offers an autosave left by a crashed session") {
    AppHarness harness;
    const auto folder = harness.home() / "state" / "naikkelas" / "autosave";
    std::filesystem::create_directories(folder);
    {
        // A session that edited and autosaved, then died without a clean close.
        nk::gui::Autosaver crashed(folder, std::chrono::seconds(0), "crashed");
        nk::gui::Document doc;
        doc.edit("envelope", "budget.envelope",
                 [](nk::Scenario& s) { s.budget.envelope = 123'000'000; });
        std::string error;
        REQUIRE(crashed.tick(doc, nk::gui::AutosaveClock::now(), error));
    }
    nk::gui::RecoveryPrompt prompt;
    prompt.check(harness.app());
    REQUIRE(prompt.pending());
    for (int i = 0; i < 3; ++i) harness.imgui().bareFrame([&] { prompt.draw(harness.app()); });
    CHECK(ImGui::GetCurrentContext()->OpenPopupStack.Size == 1); // the prompt is up
    CHECK(prompt.pending());                                     // nothing chosen yet
    const auto found = harness.app().recoverable();
    REQUIRE(found.size() == 1);
    REQUIRE(harness.app().recover(found[0]));
    CHECK(harness.app().document().scenario().budget.envelope == 123'000'000);
    CHECK(harness.app().document().dirty());
    // Still on disk until this session keeps the content: a second crash loses nothing.
    CHECK(std::filesystem::exists(found[0].file));
    REQUIRE(harness.app().saveAs((harness.home() / "recovered.yaml").string()));
    CHECK_FALSE(std::filesystem::exists(found[0].file));
    CHECK(harness.app().recoverable().empty());
}

TEST_CASE("app: a discarded autosave is not offered again") {
    AppHarness harness;
    const auto folder = harness.home() / "state" / "naikkelas" / "autosave";
    nk::gui::Autosaver crashed(folder, std::chrono::seconds(0), "crashed");
    nk::gui::Document doc;
    doc.edit("envelope", "budget.envelope", [](nk::Scenario& s) { s.budget.envelope = 1; });
    std::string error;
    REQUIRE(crashed.tick(doc, nk::gui::AutosaveClock::now(), error));
    const auto found = harness.app().recoverable();
    REQUIRE(found.size() == 1);
    harness.app().discardRecoverable(found[0]);
    CHECK(harness.app().recoverable().empty());
}
