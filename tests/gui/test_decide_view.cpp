// The Decide tab drawn headless with the real menu bar and main view, for every scenario
// in scenarios/, in both languages, at 1280x720 and 1920x1080: with the suggested
// factors, their tornado, the budget frontier, Morris sensitivity and the optimiser's
// result on screen, nothing is wider than the window.
#include "app_harness.hpp"
#include "scenario_files.hpp"

#include "panels/app_menu.hpp"
#include "panels/main_view.hpp"

#include <doctest/doctest.h>

#include <filesystem>
#include <string>

using nk::gui::MainTab;
using nk::gui::test::AppHarness;
using nk::gui::test::FrameMeasure;
using nk::gui::test::measureLastFrame;

namespace {

FrameMeasure drawApp(AppHarness& harness, nk::gui::MainView& main, nk::gui::ViewState& view,
                     nk::gui::AppMenu& menu) {
    bool quit = false;
    harness.imgui().bareFrame([&] {
        menu.draw(harness.app(), view, quit);
        main.draw(harness.app(), view);
    });
    return measureLastFrame();
}

} // namespace

TEST_CASE("decide view: every scenario, both languages, 1280x720 and 1920x1080, no overflow") {
    for (const ImVec2 display : {ImVec2(1280, 720), ImVec2(1920, 1080)})
        for (const std::filesystem::path& file : nk::test::scenarioFiles())
            for (const nk::Language language : {nk::Language::Indonesian, nk::Language::English}) {
                CAPTURE(file);
                CAPTURE(display.x);
                CAPTURE(static_cast<int>(language));
                AppHarness harness(display);
                harness.imgui().useAppFont();
                REQUIRE(harness.app().open(file.string()));
                harness.app().settings().language = language;
                harness.app().runs().waitIdle();
                nk::gui::MainView main(nk::test::builtinPlugins());
                nk::gui::ViewState view;
                nk::gui::AppMenu menu;
                view.select(MainTab::Decide);
                const FrameMeasure empty = drawApp(harness, main, view, menu); // no factors yet
                CHECK(empty.widestContent <= 1.0f);
                for (nk::decision::Factor& f :
                     nk::gui::suggestedFactors(harness.app().document().scenario()))
                    harness.app().factors().add(f);
                nk::gui::DecideSession& session = main.decide().session();
                session.sensitivityKind = nk::decision::DesignKind::Morris;
                session.startSensitivity(harness.app());
                session.waitIdle();
                std::string problem;
                if (session.startFrontier(harness.app(), problem)) session.waitIdle();
                if (session.startOptimiser(harness.app(), problem)) session.waitIdle();
                FrameMeasure last;
                for (int i = 0; i < 3; ++i) {
                    last = drawApp(harness, main, view, menu);
                    session.waitIdle(); // the tornado the first frame started
                }
                CHECK(view.tab == MainTab::Decide);
                CHECK(session.tornadoCurrent(harness.app()));
                const auto tornado = session.tornado().result();
                REQUIRE(tornado);
                CHECK(tornado->error == "");
                CHECK(last.vertices > 3000); // menu, editor, tables and charts
                CHECK(last.widestContent <= 1.0f);
            }
}
