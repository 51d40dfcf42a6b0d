// The results area drawn headless as the app draws it (the Monte Carlo strip above the
// results view) for every scenario in both languages, with expected results only and
// after a small Monte Carlo run: it draws, and it fits the area the app gives it at
// 1280x720 and 1920x1080 with the editor open, with no scrolling and nothing cut off;
// the compact band text; and the decision of which results the charts show.
#include "model/cost_category.hpp"
#include "model/export.hpp"
#include "model/results_charts.hpp"
#include "panels/monte_carlo_panel.hpp"
#include "panels/results_view.hpp"

#include "app_harness.hpp"
#include "scenario_files.hpp"

#include "naikkelas/units/rupiah.hpp"

#include <doctest/doctest.h>
#include <imgui_internal.h>

#include <algorithm>
#include <cmath>
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

// One frame of the results area; the number of vertices it drew.
int drawResultsArea(nk::gui::test::ImGuiHarness& imgui, AppState& app, MonteCarloPanel& panel,
                    ResultsView& view) {
    const auto snapshot = app.runs().snapshot();
    return imgui.frame([&](ImDrawList*) {
        panel.draw(app, *snapshot);
        view.draw(app, *snapshot);
    });
}

// How the results area came out: its window and the height of the Monte Carlo strip.
struct AreaFit {
    ImVec2 size;
    ImVec2 content;
    ImVec2 scrollMax;
    float stripHeight = 0.0f;
    float frameLine = 0.0f; // the height of one line of widgets
};

// The results area as the Results tab draws it, in a child of `area`; a few frames, as
// ImGui measures a window's content in the frame after it was drawn.
AreaFit drawInArea(nk::gui::test::ImGuiHarness& harness, ImVec2 area, AppState& app,
                   MonteCarloPanel& panel, ResultsView& view) {
    AreaFit fit;
    for (int frame = 0; frame < 3; ++frame)
        harness.paneFrame(area.x + 40.0f, [&] {
            ImGui::BeginChild("results_area", area, false);
            const auto snapshot = app.runs().snapshot();
            const float top = ImGui::GetCursorPosY();
            panel.draw(app, *snapshot);
            fit.stripHeight = ImGui::GetCursorPosY() - top;
            fit.frameLine = ImGui::GetFrameHeightWithSpacing();
            ImGui::Separator();
            view.draw(app, *snapshot);
            const ImGuiWindow* window = ImGui::GetCurrentWindow();
            fit.size = window->Size;
            fit.content = window->ContentSize;
            fit.scrollMax = window->ScrollMax;
            ImGui::EndChild();
        });
    return fit;
}

// The results area is filled (the charts take the remaining height) and not exceeded:
// no scrolling either way, nothing wider than the area.
void checkFits(const AreaFit& fit) {
    CAPTURE(fit.size.x);
    CAPTURE(fit.size.y);
    CAPTURE(fit.content.x);
    CAPTURE(fit.content.y);
    CHECK(fit.scrollMax.x == 0.0f);
    CHECK(fit.scrollMax.y == 0.0f);
    CHECK(fit.content.x <= fit.size.x);
    CHECK(fit.content.y <= fit.size.y);
    CHECK(fit.content.y >= fit.size.y - ImGui::GetStyle().ItemSpacing.y * 2.0f);
}

} // namespace

TEST_CASE("results view: fits the results area at 1280x720 and 1920x1080 without scrolling") {
    // The results area of the app with the editor pane open at its default width.
    const ImVec2 areas[] = {ImVec2(850, 650), ImVec2(1490, 1010)};
    for (const std::filesystem::path& path : nk::test::scenarioFiles()) {
        CAPTURE(path);
        nk::gui::test::AppHarness harness(ImVec2(1920, 1080));
        harness.imgui().useAppFont();
        AppState& app = harness.app();
        REQUIRE(app.open(path.string()));
        app.runs().waitIdle();
        MonteCarloPanel panel;
        ResultsView view;
        const auto checkAll = [&](const std::string& what) {
            CAPTURE(what);
            for (const Language language : {Language::Indonesian, Language::English})
                for (const ImVec2 area : areas) {
                    CAPTURE(nk::languageCode(language));
                    app.settings().language = language;
                    const AreaFit fit = drawInArea(harness.imgui(), area, app, panel, view);
                    CHECK(fit.stripHeight == fit.frameLine); // the strip is one line
                    checkFits(fit);
                }
        };
        checkAll("expected");
        REQUIRE(app.runs().startMonteCarlo(20, app.document().scenario().scenario.seed, 2));
        app.runs().waitIdle();
        REQUIRE(nk::gui::currentMonteCarlo(*app.runs().snapshot()) != nullptr);
        checkAll("monte carlo");
    }
}

TEST_CASE("results view: a band shares its unit where both ends read in it") {
    using nk::gui::indicatorBandText;
    const auto en = Language::English;
    const auto id = Language::Indonesian;
    CHECK(indicatorBandText(1.86e9, 3.9e9, "rupiah", en) == "Rp 1.86\u20133.9 billion");
    CHECK(indicatorBandText(1.86e9, 3.9e9, "rupiah", id) == "Rp 1,86\u20133,9 miliar");
    // One scale down still reads in the larger one; further down, both ends in words.
    CHECK(indicatorBandText(910e6, 3.9e9, "rupiah", en) == "Rp 0.91\u20133.9 billion");
    CHECK(indicatorBandText(4e6, 3.9e9, "rupiah", id) ==
          nk::formatRupiahWords(4e6, id) + " \u2013 " + nk::formatRupiahWords(3.9e9, id));
    // Rounding carries into the next scale as formatRupiahWords does.
    CHECK(indicatorBandText(500e6, 999.9e6, "rupiah", en) == "Rp 0.5\u20131 billion");
    CHECK(indicatorBandText(120, 750, "rupiah", en) == "Rp 120\u2013750");
    // Counts and ratios keep the decimals of their value; a negative end spaces the dash.
    CHECK(indicatorBandText(3, 13, "enterprises", id) ==
          nk::formatNumber(3, 1, id) + "\u2013" + nk::formatNumber(13, 1, id));
    CHECK(indicatorBandText(-4, 12, "enterprises", en) == "-4.0 \u2013 12.0");
    CHECK(indicatorBandText(2.08, 4.27, "ratio", en) == "2.08\u20134.27");
    CHECK(indicatorBandText(NAN, 4.0, "ratio", en) == std::string(nk::kNotANumber));
}

TEST_CASE("results view: every scenario draws in both languages, expected and Monte Carlo") {
    const auto paths = nk::test::scenarioFiles();
    REQUIRE(paths.size() >= 5);
    for (const std::filesystem::path& path : paths) {
        CAPTURE(path);
        nk::gui::test::AppHarness harness;
        nk::gui::test::ImGuiHarness& imgui = harness.imgui();
        AppState& app = harness.app();
        REQUIRE(app.open(path.string()));
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
    nk::gui::test::AppHarness harness;
    AppState& app = harness.app();
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

TEST_CASE("results view: cost categories are named in the interface language") {
    CHECK(nk::gui::costCategoryLabel("shared_capex", Language::Indonesian) ==
          "pembelian peralatan bersama");
    CHECK(nk::gui::costCategoryLabel("training", Language::English) == "training");
    CHECK(nk::gui::costCategoryLabel("sewa_tenda", Language::Indonesian) == "sewa_tenda");
    nk::gui::test::AppHarness harness;
    harness.openScenario("002_kabat_craft_clusters_2021.yaml");
    const auto snapshot = harness.settled();
    REQUIRE(snapshot->compiled);
    REQUIRE(snapshot->expected);
    const auto labels = [&](Language language) {
        std::vector<std::string> out;
        for (const auto& s :
             nk::gui::buildResultCharts(*snapshot->compiled, *snapshot->expected, language)
                 .costs.series)
            out.push_back(s.label);
        return out;
    };
    const auto id = labels(Language::Indonesian);
    const auto en = labels(Language::English);
    REQUIRE(!id.empty());
    REQUIRE(id.size() == en.size());
    CHECK(std::find(id.begin(), id.end(), "pelatihan") != id.end());
    CHECK(std::find(en.begin(), en.end(), "training") != en.end());
    CHECK(std::find(id.begin(), id.end(), "training") == id.end());
}
