// A broken file in the app: it opens as the document under its own name with every
// problem listed, the projection paused with a message saying why until edits fix it;
// a file that is no scenario at all gets a message and the document stays.
#include "panels/app_menu.hpp"
#include "panels/main_view.hpp"

#include "app_harness.hpp"
#include "temp_dir.hpp"

#include <doctest/doctest.h>
#include <imgui_internal.h>

#include <algorithm>
#include <fstream>
#include <string>

using nk::Language;
using nk::Scenario;
using nk::gui::AppMenu;
using nk::gui::MainView;
using nk::gui::ViewState;
using nk::gui::test::AppHarness;

namespace {

constexpr const char* kBrokenFile = R"(naikkelas: 1
scenario:
  id: repair_me
  horizon_months: 36
programs:
  - id: training
    cost_per_participant: 1 juta
cohorts:
  - id: batch1
    participants: 0
    program: training
  - id: batch2
    participants: 20
    program: training
    entry_month: many
)";

std::string write(const nk::test::TempDir& dir, const std::string& name, const std::string& text) {
    const std::string path = (dir.path / name).string();
    std::ofstream(path) << text;
    return path;
}

std::size_t countAt(const nk::Diagnostics& d, const std::string& path) {
    return static_cast<std::size_t>(std::count_if(d.items().begin(), d.items().end(),
                                                  [&](const auto& x) { return x.path == path; }));
}

} // namespace

TEST_CASE("broken file: opens under its own name, every problem listed, projection paused") {
    nk::test::TempDir dir;
    AppHarness harness;
    auto& app = harness.app();
    const std::string path = write(dir, "broken.yaml", kBrokenFile);
    REQUIRE(app.open(path));
    CHECK(app.status().empty());
    CHECK(app.document().displayName() == "broken.yaml");
    CHECK(app.document().scenario().scenario.id == "repair_me");
    auto snapshot = harness.settled();
    CHECK(snapshot->heldBack == 2);
    CHECK(snapshot->expected == nullptr);
    CHECK(snapshot->compiled == nullptr);
    // Both problems of reading, first, and validation's finding (participants 0) too;
    // none repeated for a key whose value could not be read.
    const auto& items = snapshot->diagnostics.items();
    REQUIRE(items.size() >= 3);
    CHECK(items[0].path == "programs[0].cost_per_participant");
    CHECK(items[1].path == "cohorts[1].entry_month");
    CHECK(items[0].file == path);
    CHECK(items[0].line == 7);
    CHECK(countAt(snapshot->diagnostics, "cohorts[0].participants") == 1);
    CHECK(countAt(snapshot->diagnostics, "cohorts[1].entry_month") == 1);
    const std::string paused =
        nk::gui::projectionPausedText(*snapshot, "broken.yaml", Language::English);
    CHECK(paused.find("The projection is paused: broken.yaml has 3 problems") == 0);
    CHECK(nk::gui::projectionPausedText(*snapshot, "broken.yaml", Language::Indonesian)
              .find("Proyeksi dijeda: broken.yaml memuat 3 masalah") == 0);
    // Monte Carlo is refused as well.
    REQUIRE(app.runs().startMonteCarlo(10, 1, 1));
    snapshot = harness.settled();
    CHECK(snapshot->monteCarlo == nullptr);
    CHECK(snapshot->monteCarloStatus == nk::gui::MonteCarloStatus::Failed);

    // The app draws it (every panel, both languages) without a problem.
    MainView main(app.registry());
    ViewState view;
    AppMenu menu;
    bool quit = false;
    for (const Language language : {Language::Indonesian, Language::English}) {
        app.settings().language = language;
        harness.imgui().bareFrame([&] {
            menu.draw(app, view, quit);
            main.draw(app, view);
        });
    }

    // Fixing each field resumes the projection.
    app.edit("cost", "programs[0].cost_per_participant",
             [](Scenario& s) { s.programs[0].cost_per_participant = 1'000'000; });
    app.edit("entry", "cohorts[1].entry_month", [](Scenario& s) { s.cohorts[1].entry_month = 2; });
    snapshot = harness.settled();
    CHECK(snapshot->heldBack == 0);
    CHECK(snapshot->expected == nullptr); // participants 0 is still wrong
    CHECK(nk::gui::projectionPausedText(*snapshot, "broken.yaml", Language::English) ==
          "The projection is paused until the scenario is valid: 1 error, listed under "
          "Diagnostics on the left.");
    app.edit("participants", "cohorts[0].participants",
             [](Scenario& s) { s.cohorts[0].participants = 20; });
    snapshot = harness.settled();
    CHECK(snapshot->expected != nullptr);
    CHECK(app.document().displayName() == "broken.yaml");
}

TEST_CASE("broken file: a file that is no scenario gets a message and the document stays") {
    nk::test::TempDir dir;
    AppHarness harness;
    auto& app = harness.app();
    harness.openScenario("001_malang_cookies_2023.yaml");
    const std::string before = app.document().path();
    AppMenu menu;
    MainView main(app.registry());
    ViewState view;
    bool quit = false;
    app.settings().language = Language::English;
    const auto frame = [&] {
        harness.imgui().bareFrame([&] {
            menu.draw(app, view, quit);
            main.draw(app, view);
        });
    };
    frame(); // the app's windows exist before any dialog, as in the app
    menu.open(app, write(dir, "notes.yaml", "Dear diary, { today [ I wrote no YAML\n"));
    CHECK(app.document().path() == before);
    CHECK(app.status().error);
    CHECK(app.status().text(Language::English).find("Cannot open the file: ") == 0);
    CHECK(app.status().text(Language::English).find("notes.yaml:1:") != std::string::npos);
    frame();
    const ImGuiContext& g = *ImGui::GetCurrentContext();
    REQUIRE(g.OpenPopupStack.Size == 1);
    CHECK(std::string(g.OpenPopupStack.back().Window->Name).find("###file_problem") !=
          std::string::npos);
    menu.open(app, (dir.path / "missing.yaml").string());
    CHECK(app.document().path() == before);
    CHECK(harness.settled()->expected != nullptr);
}
