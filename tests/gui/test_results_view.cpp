// The results area drawn headless as the app draws it (the Monte Carlo strip above the
// results view) for every scenario in both languages, with expected results only and
// after a small Monte Carlo run; and the decision of which results the charts show.
#include "model/export.hpp"
#include "panels/monte_carlo_panel.hpp"
#include "panels/results_charts.hpp"
#include "panels/results_view.hpp"

#include "imgui_harness.hpp"
#include "plugin_runs.hpp"
#include "temp_dir.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

using nk::Language;
using nk::gui::AppState;
using nk::gui::MonteCarloPanel;
using nk::gui::ResultsView;
using nk::gui::RunSnapshot;
using nk::gui::chart::ChartKind;

namespace {

std::vector<std::string> scenarioPaths() {
    std::vector<std::string> paths;
    for (const auto& entry : std::filesystem::directory_iterator(NK_SCENARIO_DIR))
        if (entry.path().extension() == ".yaml") paths.push_back(entry.path().string());
    std::sort(paths.begin(), paths.end());
    return paths;
}

// One frame of the results area; the number of vertices it drew.
int drawResultsArea(nk::gui::chart::test::ImGuiHarness& imgui, AppState& app,
                    MonteCarloPanel& panel, ResultsView& view) {
    const auto snapshot = app.runs().snapshot();
    return imgui.frame([&](ImDrawList*) {
        panel.draw(app, *snapshot);
        view.draw(app, *snapshot);
    });
}

} // namespace

TEST_CASE("results view: every scenario draws in both languages, expected and Monte Carlo") {
    nk::test::TempDir dir;
    nk::gui::chart::test::ImGuiHarness imgui;
    const auto paths = scenarioPaths();
    REQUIRE(paths.size() >= 5);
    for (const std::string& path : paths) {
        CAPTURE(path);
        AppState app(nk::test::builtinPlugins(), dir.path / "settings.ini");
        REQUIRE(app.open(path));
        app.runs().waitIdle();
        const auto expected = app.runs().snapshot();
        REQUIRE(expected->expected != nullptr);
        MonteCarloPanel panel;
        ResultsView view;
        for (const Language language : {Language::Indonesian, Language::English}) {
            app.settings().language = language;
            CHECK(drawResultsArea(imgui, app, panel, view) > 0);
        }
        REQUIRE(app.runs().startMonteCarlo(20, 5, 2));
        CHECK(drawResultsArea(imgui, app, panel, view) > 0); // while it runs
        app.runs().waitIdle();
        const auto mc = app.runs().snapshot();
        INFO(mc->monteCarloError);
        REQUIRE(nk::gui::currentMonteCarlo(*mc) != nullptr);
        for (const Language language : {Language::Indonesian, Language::English}) {
            app.settings().language = language;
            CHECK(drawResultsArea(imgui, app, panel, view) > 0);
        }
        // Edited after the run: the strip warns, the view draws the expected projection.
        app.edit("participants", "cohorts[0].participants",
                 [](nk::Scenario& s) { s.cohorts[0].participants += 1; });
        app.runs().waitIdle();
        REQUIRE(nk::gui::monteCarloStatusText(*app.runs().snapshot(), Language::English).stale);
        CHECK(drawResultsArea(imgui, app, panel, view) > 0);
        CHECK_FALSE(view.takeExportRequest().has_value()); // nothing asked for
    }
}

TEST_CASE("results view: charts show fans only while the Monte Carlo run is current") {
    nk::test::TempDir dir;
    AppState app(nk::test::builtinPlugins(), dir.path / "settings.ini");
    app.runs().waitIdle();
    REQUIRE(app.runs().startMonteCarlo(20, 3, 2));
    app.runs().waitIdle();
    const auto current = app.runs().snapshot();
    REQUIRE(current->monteCarlo != nullptr);
    CHECK(nk::gui::displayedResults(*current) == current->monteCarlo);
    const auto fans = nk::gui::buildResultCharts(
        *current->compiled, *nk::gui::displayedResults(*current), Language::English);
    CHECK(fans.active.kind == ChartKind::Band);
    CHECK(fans.income.kind == ChartKind::Band);

    // An edit makes the Monte Carlo results stale: the charts go back to expected lines.
    app.edit("participants", "cohorts[0].participants",
             [](nk::Scenario& s) { s.cohorts[0].participants += 10; });
    app.runs().waitIdle();
    const auto stale = app.runs().snapshot();
    REQUIRE(stale->monteCarlo == current->monteCarlo); // still carried
    CHECK(nk::gui::displayedResults(*stale) == stale->expected);
    const auto lines = nk::gui::buildResultCharts(
        *stale->compiled, *nk::gui::displayedResults(*stale), Language::English);
    CHECK(lines.active.kind == ChartKind::Line);
    for (const auto& series : lines.active.series) CHECK(series.bands.empty());

    RunSnapshot none;
    CHECK(nk::gui::displayedResults(none) == nullptr);
}
