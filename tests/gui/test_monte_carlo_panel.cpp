// The Monte Carlo strip's status: nothing before a run, the replications when done, the
// message when failed, and the stale warning once the scenario was edited after the run;
// Run disabled, with why in its tooltip, while a file's problems pause the projection.
#include "panels/monte_carlo_panel.hpp"

#include "app_harness.hpp"
#include "temp_dir.hpp"

#include "naikkelas/units/rupiah.hpp"

#include <doctest/doctest.h>
#include <imgui_internal.h>

#include <fstream>
#include <memory>
#include <optional>

using nk::Language;
using nk::gui::MonteCarloStatus;
using nk::gui::RunSnapshot;

TEST_CASE("monte carlo panel: status text and stale results") {
    RunSnapshot s;
    s.generation = 4;
    auto status = nk::gui::monteCarloStatusText(s, Language::English);
    CHECK(status.text.empty());
    CHECK_FALSE(status.failed);
    CHECK_FALSE(status.stale);

    auto results = std::make_shared<nk::ResultSet>();
    results->mode = nk::RunMode::MonteCarlo;
    results->replications = 1500;
    results->manifest.seed = 42;
    s.monteCarlo = results;
    s.monteCarloGeneration = 4;
    s.monteCarloStatus = MonteCarloStatus::Done;
    status = nk::gui::monteCarloStatusText(s, Language::Indonesian);
    CHECK(status.text.find(nk::formatNumber(1500, 0, Language::Indonesian)) != std::string::npos);
    CHECK(status.text.find("42") != std::string::npos);
    CHECK_FALSE(status.stale);

    s.generation = 5; // edited since the run
    CHECK(nk::gui::monteCarloStatusText(s, Language::English).stale);

    s.monteCarloStatus = MonteCarloStatus::Failed;
    s.monteCarloError = "the scenario has errors";
    status = nk::gui::monteCarloStatusText(s, Language::English);
    CHECK(status.failed);
    CHECK(status.text.find(s.monteCarloError) != std::string::npos);

    s.monteCarloStatus = MonteCarloStatus::Cancelled;
    status = nk::gui::monteCarloStatusText(s, Language::Indonesian);
    CHECK_FALSE(status.failed);
    CHECK(status.text != nk::gui::monteCarloStatusText(s, Language::English).text);
}

TEST_CASE("monte carlo panel: Run is disabled, saying why, while a file's problems pause the "
          "projection") {
    nk::test::TempDir dir;
    const std::string path = (dir.path / "broken.yaml").string();
    std::ofstream(path) << "naikkelas: 1\nscenario:\n  id: repair_me\n  horizon_months: 36\n"
                           "cohorts:\n  - id: batch1\n    participants: many\n";
    nk::gui::test::AppHarness harness;
    nk::gui::AppState& app = harness.app();
    REQUIRE(app.open(path));
    REQUIRE_FALSE(app.document().readProblems().items().empty());
    // From the moment the file is open, before its first projection is published.
    const std::string blocked =
        nk::gui::monteCarloBlocker(*app.runs().snapshot(), app.document(), Language::English);
    CHECK(blocked.find("paused because the file has 1 problem") != std::string::npos);
    CHECK(nk::gui::monteCarloBlocker(*app.runs().snapshot(), app.document(), Language::Indonesian)
              .find("dijeda") != std::string::npos);

    // The real button: hovered it shows why, clicked it starts nothing.
    const auto snapshot = harness.settled();
    nk::gui::MonteCarloPanel panel;
    app.settings().language = Language::English;
    const auto frame = [&] {
        harness.imgui().frame([&](ImDrawList*) { panel.draw(app, *snapshot); });
    };
    frame();
    const ImGuiID seed = ImGui::FindWindowByName("window")->GetID("monte_carlo");
    const ImGuiID run = ImHashStr("Run", 0, seed);
    const float y = ImGui::GetStyle().WindowPadding.y + ImGui::GetFrameHeight() * 0.5f;
    std::optional<float> x;
    for (float at = 4.0f; at < 1280.0f && !x; at += 4.0f) {
        harness.imgui().mouse(at, y, false);
        frame();
        if (ImGui::GetCurrentContext()->HoveredId == run) x = at;
    }
    REQUIRE(x);
    for (int i = 0; i < 40; ++i) frame(); // the tooltip shows after a short rest
    const ImGuiWindow* tooltip = ImGui::FindWindowByName("##Tooltip_00");
    CHECK((tooltip && tooltip->Active));
    harness.imgui().mouse(*x, y, true);
    frame();
    harness.imgui().mouse(*x, y, false);
    frame();
    CHECK_FALSE(app.runs().monteCarloRunning());
    app.runs().waitIdle();
    CHECK(app.runs().snapshot()->monteCarloStatus == MonteCarloStatus::None);

    // Once the problem is fixed, Run is enabled.
    app.edit("participants", "cohorts[0].participants",
             [](nk::Scenario& s) { s.cohorts[0].participants = 20; });
    CHECK(
        nk::gui::monteCarloBlocker(*harness.settled(), app.document(), Language::English).empty());
}
