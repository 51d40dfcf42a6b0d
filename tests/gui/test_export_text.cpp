// The results exports as text: which Monte Carlo results are current, the series CSV of a
// snapshot, the indicator table (TSV), a chart's CSV, default paths and the file writer.
#include "model/export.hpp"

#include "model/results_charts.hpp"

#include "plugin_runs.hpp"
#include "temp_dir.hpp"
#include "test_scenarios.hpp"

#include "naikkelas/units/strings.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

using nk::Language;
using nk::ResultSet;
using nk::RunMode;
using nk::gui::RunSnapshot;

namespace {

std::vector<std::string> splitOn(const std::string& text, char separator) {
    std::vector<std::string> parts;
    std::string part;
    std::istringstream in(text);
    while (std::getline(in, part, separator)) parts.push_back(part);
    if (!text.empty() && text.back() == separator) parts.emplace_back();
    return parts;
}

std::vector<std::string> lines(const std::string& text) {
    std::vector<std::string> out;
    std::string line;
    std::istringstream in(text);
    while (std::getline(in, line)) out.push_back(line);
    return out;
}

// An English grouped number ("1,234.5") back to a double.
double parseEnglish(std::string text) {
    text.erase(std::remove(text.begin(), text.end(), ','), text.end());
    return std::stod(text);
}

struct Runs {
    nk::Scenario scenario;
    std::shared_ptr<const ResultSet> expected;
    std::shared_ptr<const ResultSet> monteCarlo;
};

const Runs& defaultRuns() {
    static const Runs runs = [] {
        Runs r;
        r.scenario = nk::test::scenarioFile("default.yaml");
        r.expected = std::make_shared<const ResultSet>(nk::test::runWithPlugins(r.scenario));
        r.monteCarlo = std::make_shared<const ResultSet>(
            nk::test::runWithPlugins(r.scenario, RunMode::MonteCarlo, 20, 11));
        return r;
    }();
    return runs;
}

RunSnapshot snapshotWith(std::uint64_t generation, std::uint64_t monteCarloGeneration) {
    const Runs& runs = defaultRuns();
    RunSnapshot s;
    s.generation = generation;
    s.scenario = runs.scenario;
    s.compiled = nk::test::compileOrFail(runs.scenario);
    s.expected = runs.expected;
    s.monteCarlo = runs.monteCarlo;
    s.monteCarloGeneration = monteCarloGeneration;
    s.monteCarloStatus = nk::gui::MonteCarloStatus::Done;
    return s;
}

std::size_t countContaining(const std::string& text, const std::string& needle) {
    std::size_t n = 0;
    for (const auto& line : lines(text)) n += line.find(needle) != std::string::npos ? 1 : 0;
    return n;
}

} // namespace

TEST_CASE("export: Monte Carlo results are current only for their own scenario version") {
    RunSnapshot s = snapshotWith(7, 7);
    CHECK(nk::gui::currentMonteCarlo(s) == s.monteCarlo);
    s.generation = 8; // edited since the run
    CHECK(nk::gui::currentMonteCarlo(s) == nullptr);
    s.monteCarlo = nullptr;
    s.monteCarloGeneration = 8;
    CHECK(nk::gui::currentMonteCarlo(s) == nullptr);
}

TEST_CASE("export: the series CSV holds the Monte Carlo rows only while they are current") {
    const RunSnapshot current = snapshotWith(3, 3);
    const RunSnapshot stale = snapshotWith(4, 3);
    RunSnapshot expectedOnly = snapshotWith(3, 0);
    expectedOnly.monteCarlo = nullptr;

    const std::string withMc = nk::gui::seriesCsvFor(current);
    const std::string withoutMc = nk::gui::seriesCsvFor(stale);
    CHECK(countContaining(withMc, ",montecarlo,") > 0);
    CHECK(countContaining(withMc, ",expected,") == countContaining(withoutMc, ",expected,"));
    CHECK(countContaining(withoutMc, ",montecarlo,") == 0);
    CHECK(withoutMc == nk::gui::seriesCsvFor(expectedOnly));
    // One row per series and month in each mode, and the header.
    std::size_t rows = 0;
    for (const auto& band : defaultRuns().expected->series) rows += band.mean.size();
    CHECK(lines(withoutMc).size() == rows + 1);

    RunSnapshot none;
    CHECK(nk::gui::seriesCsvFor(none).empty());
}

TEST_CASE("export: the indicator table has one row per indicator with its values") {
    const ResultSet& mc = *defaultRuns().monteCarlo;
    REQUIRE_FALSE(mc.indicators.empty());
    const std::vector<std::string> table = lines(nk::gui::indicatorsTable(mc, Language::English));
    REQUIRE(table.size() == mc.indicators.size() + 1);
    CHECK(splitOn(table[0], '\t') ==
          std::vector<std::string>{"Indicator", "Unit", "Mean", "Low", "High"});
    for (std::size_t i = 0; i < mc.indicators.size(); ++i) {
        const nk::Indicator& indicator = mc.indicators[i];
        const std::vector<std::string> cells = splitOn(table[i + 1], '\t');
        INFO(table[i + 1]);
        REQUIRE(cells.size() == 5);
        CHECK(cells[0] == nk::translate(indicator.key, Language::English));
        const auto band = nk::gui::indicatorBand(mc, indicator);
        REQUIRE(band);
        CHECK(band->lowLevel ==
              *std::min_element(mc.quantileLevels.begin(), mc.quantileLevels.end()));
        CHECK(band->highLevel ==
              *std::max_element(mc.quantileLevels.begin(), mc.quantileLevels.end()));
        // Half the last shown digit: 0 decimals for rupiah, 2 for ratios, 1 otherwise.
        const int decimals = indicator.unit == "rupiah" ? 0 : indicator.unit == "ratio" ? 2 : 1;
        const double tolerance = 0.5 * std::pow(10.0, -decimals) + 1e-9;
        if (std::isfinite(indicator.mean))
            CHECK(std::abs(parseEnglish(cells[2]) - indicator.mean) <= tolerance);
        else
            CHECK(cells[2] == std::string(nk::kNotANumber));
        if (std::isfinite(band->low) && std::isfinite(band->high)) {
            CHECK(band->low <= band->high);
            CHECK(std::abs(parseEnglish(cells[3]) - band->low) <= tolerance);
            CHECK(std::abs(parseEnglish(cells[4]) - band->high) <= tolerance);
        }
    }

    SUBCASE("Indonesian names and number format") {
        const std::vector<std::string> id =
            lines(nk::gui::indicatorsTable(mc, Language::Indonesian));
        REQUIRE(id.size() == table.size());
        CHECK(splitOn(id[0], '\t')[0] == "Indikator");
        const nk::Indicator& first = mc.indicators[0];
        const std::vector<std::string> cells = splitOn(id[1], '\t');
        CHECK(cells[0] == nk::translate(first.key, Language::Indonesian));
        const int decimals = first.unit == "rupiah" ? 0 : first.unit == "ratio" ? 2 : 1;
        CHECK(cells[2] == nk::formatNumber(first.mean, decimals, Language::Indonesian));
    }
    SUBCASE("expected results leave low and high empty") {
        const ResultSet& expected = *defaultRuns().expected;
        const auto rows = lines(nk::gui::indicatorsTable(expected, Language::English));
        REQUIRE(rows.size() == expected.indicators.size() + 1);
        for (std::size_t i = 1; i < rows.size(); ++i) {
            const auto cells = splitOn(rows[i], '\t');
            REQUIRE(cells.size() == 5);
            CHECK(cells[3].empty());
            CHECK(cells[4].empty());
        }
    }
}

TEST_CASE("export: a chart's CSV has a month column and one column per visible series") {
    const Runs& runs = defaultRuns();
    const auto compiled = nk::test::compileOrFail(runs.scenario);
    const nk::gui::ResultCharts charts =
        nk::gui::buildResultCharts(*compiled, *runs.expected, Language::English);
    const nk::gui::chart::ChartModel& active = charts.active;
    REQUIRE(active.series.size() == 2); // program and baseline
    const std::vector<std::string> rows = lines(nk::gui::chartCsv(active));
    REQUIRE(rows.size() == nk::gui::chart::pointCount(active) + 1);
    const std::vector<std::string> header = splitOn(rows[0], ',');
    REQUIRE(header.size() == 1 + active.series.size());
    CHECK(header[0] == "month");
    CHECK(header[1] == active.series[0].label);
    CHECK(splitOn(rows[1], ',')[0] == runs.expected->start); // t = 0 is the start month
    // Numbers read back exactly.
    const std::size_t last = rows.size() - 1;
    CHECK(std::stod(splitOn(rows[last], ',')[1]) == active.series[0].values[last - 1]);

    SUBCASE("a hidden series leaves the export") {
        nk::gui::chart::LegendState legend;
        legend.setVisible(active.series[1].id, false);
        const nk::gui::chart::ChartModel shown = nk::gui::visibleOnly(active, legend);
        REQUIRE(shown.series.size() == 1);
        CHECK(shown.series[0].id == active.series[0].id);
        const auto hiddenRows = lines(nk::gui::chartCsv(shown));
        CHECK(splitOn(hiddenRows[0], ',').size() == 2);
        CHECK(hiddenRows.size() == rows.size());
    }
    SUBCASE("bars: one row per category") {
        const nk::gui::chart::ChartModel& costs = charts.costs;
        REQUIRE_FALSE(costs.categories.empty());
        const auto costRows = lines(nk::gui::chartCsv(costs));
        REQUIRE(costRows.size() == costs.categories.size() + 1);
        CHECK(splitOn(costRows[0], ',').size() == 1 + costs.series.size());
        CHECK(splitOn(costRows[1], ',')[0] == costs.categories[0]);
    }
    SUBCASE("a Monte Carlo fan adds the lower and upper edge of its outer band") {
        const nk::gui::ResultCharts mc =
            nk::gui::buildResultCharts(*compiled, *runs.monteCarlo, Language::Indonesian);
        REQUIRE(mc.active.kind == nk::gui::chart::ChartKind::Band);
        const auto mcRows = lines(nk::gui::chartCsv(mc.active));
        const auto mcHeader = splitOn(mcRows[0], ',');
        REQUIRE(mcHeader.size() == 1 + 3 * mc.active.series.size());
        CHECK(mcHeader[0] == "bulan");
        const auto& band = mc.active.series[0].bands.front();
        const auto row = splitOn(mcRows[last], ',');
        CHECK(std::stod(row[2]) == band.lower[last - 1]);
        CHECK(std::stod(row[3]) == band.upper[last - 1]);
    }
}

TEST_CASE("export: default paths and writing a text file") {
    CHECK(nk::gui::defaultExportPath("/tmp/out", "malang_2023", "active.png") ==
          "/tmp/out/malang_2023-active.png");
    CHECK(nk::gui::defaultExportPath("/tmp/out", "", "series.csv") ==
          "/tmp/out/naikkelas-series.csv");
    CHECK(nk::gui::defaultExportPath("d", "a b/c", "x.png") == "d/a_b_c-x.png");

    nk::test::TempDir dir;
    const std::string path = (dir.path / "series.csv").string();
    std::string error;
    REQUIRE(nk::gui::writeTextFile(path, "a,b\n1,2\n", error));
    CHECK(nk::test::readAll(path) == "a,b\n1,2\n");
    CHECK_FALSE(nk::gui::writeTextFile((dir.path / "missing" / "x.csv").string(), "x", error));
    CHECK_FALSE(error.empty());
}
