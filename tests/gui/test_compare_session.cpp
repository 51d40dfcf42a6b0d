// The compare session: the current document and up to three scenario files projected in
// expected mode, refusals (a fifth scenario, a broken file with its line, a duplicate),
// removal, and indicator differences equal to those of independent runs.
#include "model/compare_session.hpp"
#include "model/indicator_text.hpp"
#include "panels/compare_view.hpp"

#include "plugin_runs.hpp"
#include "scenario_files.hpp"
#include "temp_dir.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <fstream>
#include <sstream>

using nk::gui::CompareSession;

namespace {

std::string scenarioPath(const std::string& name) {
    return std::string(NK_SCENARIO_DIR) + "/" + name;
}

// A snapshot as the run controller publishes it after projecting `scenario`.
nk::gui::RunSnapshot projected(const nk::Scenario& scenario, std::uint64_t generation) {
    nk::gui::RunSnapshot snapshot;
    snapshot.generation = generation;
    snapshot.scenario = scenario;
    snapshot.expected = std::make_shared<const nk::ResultSet>(nk::test::runWithPlugins(scenario));
    return snapshot;
}

} // namespace

TEST_CASE("compare: the session holds the document and three files, and refuses a fifth") {
    CompareSession session(nk::test::builtinPlugins());
    const nk::Scenario current = nk::test::scenarioFile("default.yaml");
    session.setCurrent("untitled.yaml", projected(current, 1));
    CHECK(session.size() == 1);
    CHECK(session.comparison().error.size() > 0); // one scenario is not a comparison

    std::string error;
    for (const char* name : {"001_malang_cookies_2023.yaml", "002_kabat_craft_clusters_2021.yaml",
                             "003_malang_home_industry_women_2021.yaml"}) {
        INFO(name);
        CHECK(session.add(scenarioPath(name), error));
        CHECK(error.empty());
        const auto& added = session.entries().back();
        CHECK(added.label == name);
        REQUIRE(added.scenario != nullptr);
        CHECK(*added.scenario == nk::test::scenarioFile(name));
        CHECK(added.expected != nullptr);
        CHECK(added.monteCarlo == nullptr);
        CHECK(added.problem.empty());
    }
    CHECK(session.size() == nk::gui::kMaxCompared);
    CHECK(session.full());
    CHECK_FALSE(session.add(scenarioPath("004_mojokerto_pmks_batik_kube_2017.yaml"), error));
    CHECK_FALSE(error.empty());
    CHECK(session.size() == nk::gui::kMaxCompared);

    const nk::gui::Comparison c = session.comparison();
    CHECK(c.error.empty());
    CHECK(c.labels.size() == 4);
    CHECK(c.labels[0] == "untitled.yaml");
}

TEST_CASE("compare: a broken file is refused with its line; a duplicate is refused") {
    CompareSession session(nk::test::builtinPlugins());
    nk::test::TempDir dir;
    // default.yaml with the first cohort's participants made negative: a located error.
    std::istringstream in(nk::test::readAll(scenarioPath("default.yaml")));
    std::ostringstream out;
    std::string line;
    int lineNumber = 0;
    int brokenLine = 0;
    while (std::getline(in, line)) {
        ++lineNumber;
        const auto key = line.find("participants:");
        if (brokenLine == 0 && key != std::string::npos && line.find('#') > key) {
            line = line.substr(0, key) + "participants: -5";
            brokenLine = lineNumber;
        }
        out << line << "\n";
    }
    REQUIRE(brokenLine > 0);
    const auto broken = dir.path / "broken.yaml";
    std::ofstream(broken) << out.str();

    std::string error;
    CHECK_FALSE(session.add(broken.string(), error));
    INFO(error);
    CHECK(error.find("broken.yaml:" + std::to_string(brokenLine) + ":") != std::string::npos);
    CHECK(error.find("participants") != std::string::npos);
    CHECK(session.size() == 1);

    CHECK_FALSE(session.add((dir.path / "missing.yaml").string(), error));
    CHECK_FALSE(error.empty());

    REQUIRE(session.add(scenarioPath("001_malang_cookies_2023.yaml"), error));
    CHECK_FALSE(session.add(scenarioPath("001_malang_cookies_2023.yaml"), error));
    CHECK(error.find("already") != std::string::npos);
    CHECK(session.size() == 2);
}

TEST_CASE("compare: removing an added file keeps the others in order; the document stays") {
    CompareSession session(nk::test::builtinPlugins());
    std::string error;
    const std::string a = scenarioPath("001_malang_cookies_2023.yaml");
    const std::string b = scenarioPath("002_kabat_craft_clusters_2021.yaml");
    const std::string c = scenarioPath("003_malang_home_industry_women_2021.yaml");
    REQUIRE(session.add(a, error));
    REQUIRE(session.add(b, error));
    REQUIRE(session.add(c, error));
    const auto revision = session.revision();
    CHECK_FALSE(session.remove(0));
    CHECK_FALSE(session.remove(4));
    CHECK(session.revision() == revision);
    CHECK(session.remove(2));
    CHECK(session.revision() != revision);
    REQUIRE(session.size() == 3);
    CHECK(session.entries()[1].path == a);
    CHECK(session.entries()[2].path == c);
    CHECK(session.add(b, error)); // room again, and no longer a duplicate
    CHECK(session.entries()[3].path == b);
}

TEST_CASE("compare: indicator differences equal those of the two result sets") {
    CompareSession session(nk::test::builtinPlugins());
    const nk::Scenario current = nk::test::scenarioFile("default.yaml");
    const nk::gui::RunSnapshot snapshot = projected(current, 3);
    session.setCurrent("default.yaml", snapshot);
    std::string error;
    const std::string other = "004_mojokerto_pmks_batik_kube_2017.yaml";
    REQUIRE(session.add(scenarioPath(other), error));
    const nk::ResultSet first = nk::test::runWithPlugins(current);
    const nk::ResultSet second = nk::test::runWithPlugins(nk::test::scenarioFile(other));

    const nk::gui::Comparison c = session.comparison();
    REQUIRE(c.error.empty());
    REQUIRE(c.indicators.size() == first.indicators.size());
    int compared = 0;
    for (const auto& row : c.indicators) {
        INFO(row.key);
        const nk::Indicator* a = first.indicator(row.key);
        const nk::Indicator* b = second.indicator(row.key);
        REQUIRE(a != nullptr);
        REQUIRE(b != nullptr);
        if (!std::isfinite(a->mean) || !std::isfinite(b->mean)) continue;
        CHECK(row.cells[0].mean == doctest::Approx(a->mean));
        CHECK(row.cells[1].mean == doctest::Approx(b->mean));
        CHECK(row.cells[1].difference == doctest::Approx(b->mean - a->mean));
        ++compared;
    }
    CHECK(compared >= 5);
    CHECK_FALSE(c.parameters.empty()); // two different programs
}

TEST_CASE("compare: the document's entry takes Monte Carlo results only when they are current") {
    CompareSession session(nk::test::builtinPlugins());
    nk::gui::RunSnapshot snapshot = projected(nk::test::scenarioFile("default.yaml"), 5);
    snapshot.monteCarlo = std::make_shared<const nk::ResultSet>(
        nk::test::runWithPlugins(snapshot.scenario, nk::RunMode::MonteCarlo, 10, 3));
    snapshot.monteCarloGeneration = 4; // an older edit's run
    session.setCurrent("a.yaml", snapshot);
    CHECK(session.entries()[0].expected == snapshot.expected);
    CHECK(session.entries()[0].monteCarlo == nullptr);
    CHECK(session.mode() == nk::RunMode::Expected);

    snapshot.monteCarloGeneration = 5;
    session.setCurrent("a.yaml", snapshot);
    CHECK(session.entries()[0].expected == snapshot.expected);
    CHECK(session.entries()[0].monteCarlo == snapshot.monteCarlo);
    CHECK(session.mode() == nk::RunMode::MonteCarlo); // every entry (the one) has a run
}

TEST_CASE("compare: one mode for every entry, never Monte Carlo against expected") {
    CompareSession session(nk::test::builtinPlugins());
    nk::gui::RunSnapshot snapshot = projected(nk::test::scenarioFile("default.yaml"), 5);
    snapshot.monteCarlo = std::make_shared<const nk::ResultSet>(
        nk::test::runWithPlugins(snapshot.scenario, nk::RunMode::MonteCarlo, 10, 3));
    snapshot.monteCarloGeneration = 5;
    session.setCurrent("a.yaml", snapshot);
    std::string error;
    REQUIRE(session.add(scenarioPath("001_malang_cookies_2023.yaml"), error));
    // The added file has an expected projection only: everything is compared in expected
    // mode, the document's current Monte Carlo run included.
    CHECK(session.mode() == nk::RunMode::Expected);
    const auto c = session.comparison();
    REQUIRE_FALSE(c.indicators.empty());
    for (const auto& row : c.indicators) {
        INFO(row.key);
        const nk::Indicator* own = snapshot.expected->indicator(row.key);
        REQUIRE(own != nullptr);
        if (std::isfinite(own->mean)) CHECK(row.cells[0].mean == doctest::Approx(own->mean));
        CHECK_FALSE(row.cells[0].low.has_value()); // no band: not the Monte Carlo run
        CHECK_FALSE(row.cells[1].low.has_value());
    }
    const auto charts =
        nk::gui::buildCompareCharts(session.entries(), session.mode(), nk::Language::English);
    CHECK(charts.active.kind == nk::gui::chart::ChartKind::Line);
    // The view says which mode, and why the document's run is not shown.
    const std::string note = nk::gui::compareModeNote(session, nk::Language::English);
    CHECK(note.find("expected projection") != std::string::npos);
    CHECK(note.find("Monte Carlo run is not used") != std::string::npos);
    CHECK(nk::gui::compareModeNote(session, nk::Language::Indonesian) != note);

    // Once the document's run is stale, nothing about it is said.
    snapshot.generation = 6;
    session.setCurrent("a.yaml", snapshot);
    CHECK(nk::gui::compareModeNote(session, nk::Language::English).find("not used") ==
          std::string::npos);
}

TEST_CASE("compare: which way each key indicator is better") {
    using nk::gui::Preference;
    using nk::gui::Verdict;
    for (const nk::Indicator& i :
         nk::test::runWithPlugins(nk::test::scenarioFile("default.yaml")).indicators) {
        INFO(i.key);
        CHECK(nk::gui::indicatorPreference(i.key) != Preference::Neutral);
    }
    CHECK(nk::gui::indicatorPreference("additional_active") == Preference::MoreIsBetter);
    CHECK(nk::gui::indicatorPreference("benefit_cost_ratio") == Preference::MoreIsBetter);
    CHECK(nk::gui::indicatorPreference("cost_per_additional_active") == Preference::LessIsBetter);
    CHECK(nk::gui::indicatorPreference("total_cost") == Preference::LessIsBetter);
    CHECK(nk::gui::indicatorPreference("market_channels:reach") == Preference::Neutral);
    CHECK(nk::gui::judgeDifference("additional_active", "enterprises", 2.0) == Verdict::Better);
    CHECK(nk::gui::judgeDifference("cost_discounted", "rupiah", 2.0) == Verdict::Worse);
    CHECK(nk::gui::judgeDifference("cost_discounted", "rupiah", -2.0) == Verdict::Better);
    CHECK(nk::gui::judgeDifference("additional_active", "enterprises", 0.0) == Verdict::Unjudged);
    CHECK(nk::gui::judgeDifference("additional_active", "enterprises", std::nan("")) ==
          Verdict::Unjudged);
    CHECK(nk::gui::differenceText(3.0, "enterprises", nk::Language::English) == "+3.0");
    CHECK(nk::gui::differenceText(-3.0, "enterprises", nk::Language::English) == "-3.0");
    // What prints as zero is neither coloured nor signed, whichever side of zero it is.
    for (const double tiny : {0.04, -0.04, 1e-12, -1e-12}) {
        CHECK(nk::gui::judgeDifference("additional_active", "enterprises", tiny) ==
              Verdict::Unjudged);
        CHECK(nk::gui::differenceText(tiny, "enterprises", nk::Language::English) == "0.0");
    }
    CHECK(nk::gui::judgeDifference("benefit_cost_ratio", "ratio", -0.004) == Verdict::Unjudged);
    CHECK(nk::gui::judgeDifference("benefit_cost_ratio", "ratio", -0.006) == Verdict::Worse);
    CHECK(nk::gui::judgeDifference("cost_discounted", "rupiah", 0.4) == Verdict::Unjudged);
}

TEST_CASE("compare: scenario files are suggested from existing folders, each once") {
    namespace fs = std::filesystem;
    const auto files = nk::gui::scenarioFilesIn(
        {fs::path(NK_SCENARIO_DIR), fs::path(NK_SCENARIO_DIR) / ".", fs::path("/no/such/dir")});
    const auto shipped = nk::test::scenarioFiles();
    for (const fs::path& file : shipped)
        CHECK(std::count(files.begin(), files.end(), fs::canonical(file).string()) == 1);
    CHECK(files.size() == shipped.size());
}

TEST_CASE("compare: overlaid charts have one program line per scenario and the first baseline") {
    CompareSession session(nk::test::builtinPlugins());
    session.setCurrent("default.yaml", projected(nk::test::scenarioFile("default.yaml"), 1));
    std::string error;
    REQUIRE(session.add(scenarioPath("001_malang_cookies_2023.yaml"), error));
    REQUIRE(session.add(scenarioPath("002_kabat_craft_clusters_2021.yaml"), error));
    const auto charts =
        nk::gui::buildCompareCharts(session.entries(), session.mode(), nk::Language::English);
    for (const auto* chart : {&charts.active, &charts.income}) {
        REQUIRE(chart->series.size() == session.size() + 1);
        CHECK(chart->series[1].label == "001_malang_cookies_2023.yaml");
        CHECK(chart->series.back().id == "baseline");
        // default.yaml and 001 start in 2023, 002 in 2021: months since each start.
        CHECK_FALSE(chart->start.has_value());
    }
    const nk::SeriesBand* active =
        session.entries()[2].expected->find(nk::Arm::Program, "total", "active");
    REQUIRE(active != nullptr);
    CHECK(charts.active.series[2].values == active->mean);

    REQUIRE(session.remove(2));
    const auto same =
        nk::gui::buildCompareCharts(session.entries(), session.mode(), nk::Language::English);
    REQUIRE(session.entries()[0].expected->start == session.entries()[1].expected->start);
    CHECK(same.active.start.has_value()); // one start: a calendar axis
}
