// Issue 16, parts 2 and 3 in the app: the size-class chart stacks the sales ladder (the
// bands inside mikro under kecil, menengah and besar) with readable names; the results
// carry the plain reading; the compare view's Monte Carlo toggle runs every scenario on
// common random numbers and shows each difference's paired band, saying when it cannot
// tell the scenarios apart.
#include "model/comparison.hpp"
#include "model/results_charts.hpp"
#include "panels/compare_view.hpp"

#include "app_harness.hpp"

#include "naikkelas/results/plain_reading.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <chrono>
#include <string>
#include <thread>

using nk::Language;
using nk::ResultSet;
using nk::gui::test::AppHarness;

namespace {

bool contains(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

// A Monte Carlo set of one indicator whose replications take `values`.
ResultSet replications(std::vector<double> values) {
    ResultSet r;
    r.mode = nk::RunMode::MonteCarlo;
    r.replications = static_cast<int>(values.size());
    r.quantileLevels = {0.05, 0.5, 0.95};
    double mean = 0.0;
    for (double v : values) mean += v / static_cast<double>(values.size());
    r.indicators.push_back({"additional_moved_up", "participants", mean, {0.0, 0.0, 0.0}});
    r.replicationIndicators = std::move(values);
    return r;
}

} // namespace

TEST_CASE("naik kelas: the size-class chart stacks the bands inside mikro under the classes") {
    AppHarness harness;
    harness.openScenario("001_malang_cookies_2023.yaml"); // micro bands 60 juta, 300 juta
    const auto snapshot = harness.settled();
    REQUIRE(snapshot->expected);
    // Up to kecil, the next rung: no enterprise reaches menengah or besar in Malang.
    const std::vector<std::string> ids = {"micro_band:0-60jt", "micro_band:60jt-300jt",
                                          "micro_band:300jt-2M", "class:kecil"};
    for (const char* above : {"class:kecil", "class:menengah", "class:besar"}) {
        const auto* band = snapshot->expected->find(nk::Arm::Program, "total", above);
        REQUIRE(band);
        CHECK(*std::max_element(band->mean.begin(), band->mean.end()) < nk::kNoneExpected);
    }
    const auto charts =
        nk::gui::buildResultCharts(*snapshot->compiled, *snapshot->expected, Language::Indonesian);
    const auto& series = charts.sizeClasses.series;
    REQUIRE(series.size() == ids.size());
    for (std::size_t i = 0; i < ids.size(); ++i) CHECK(series[i].id == ids[i]);
    CHECK(series[0].label == "mikro \u2264 Rp 60 juta/thn");
    CHECK(series[1].label == "mikro Rp 60\u2013300 juta/thn");
    CHECK(series[2].label == "mikro Rp 300 juta\u20132 miliar/thn");
    CHECK(series[3].label == "kecil Rp 2\u201315 miliar/thn");
    const auto english =
        nk::gui::buildResultCharts(*snapshot->compiled, *snapshot->expected, Language::English);
    CHECK(english.sizeClasses.series[0].label == "micro \u2264 Rp 60 million/yr");
    CHECK(english.sizeClasses.series[3].label == "small Rp 2\u201315 billion/yr");
    // The bands inside mikro add up to mikro: the stack is the classes' stack, refined.
    const auto* mikro = snapshot->expected->find(nk::Arm::Program, "total", "class:mikro");
    REQUIRE(mikro);
    for (std::size_t t = 0; t < mikro->mean.size(); t += 12)
        CHECK(series[0].values[t] + series[1].values[t] + series[2].values[t] ==
              doctest::Approx(mikro->mean[t]).epsilon(1e-9));
}

TEST_CASE("naik kelas: the paired band of a difference says when it holds zero") {
    // Differences +1, +2, +3 (every replication better) and -1, 0, +1 (either way).
    const ResultSet reference = replications({1.0, 1.0, 1.0});
    const ResultSet better = replications({2.0, 3.0, 4.0});
    const ResultSet either = replications({0.0, 1.0, 2.0});
    std::vector<nk::gui::ComparedScenario> compared = {
        {"A", nullptr, &reference}, {"B", nullptr, &better}, {"C", nullptr, &either}};
    const nk::gui::Comparison c = nk::gui::compareScenarios(compared);
    REQUIRE(c.indicators.size() == 1);
    REQUIRE(c.pairedLevels.size() == 3);
    const auto& cells = c.indicators[0].cells;
    CHECK(cells[1].distinguishable);
    CHECK_FALSE(cells[2].distinguishable);
    CHECK(*cells[1].differenceLow == doctest::Approx(1.1)); // type 7 at 5 % of 1, 2, 3
    CHECK(*cells[2].differenceHigh == doctest::Approx(0.9));
    for (const Language language : {Language::Indonesian, Language::English}) {
        const std::string apart =
            nk::gui::pairedDifferenceNote(cells[1], c.pairedLevels, "participants", language);
        const std::string same =
            nk::gui::pairedDifferenceNote(cells[2], c.pairedLevels, "participants", language);
        const std::string mark = language == Language::English ? "not distinguishable at 90 %"
                                                               : "tak terbedakan pada 90 %";
        CHECK(contains(same, mark));
        CHECK_FALSE(contains(apart, mark));
        CHECK(contains(apart, "90 %: +1"));
    }
}

TEST_CASE("naik kelas: the compare view's Monte Carlo toggle pairs the scenarios") {
    AppHarness harness;
    nk::gui::AppState& app = harness.app();
    harness.openScenario("001_malang_cookies_2023.yaml");
    harness.settled();
    nk::gui::CompareView view{app.registry()};
    const auto frame = [&] {
        const auto snapshot = app.runs().snapshot();
        harness.imgui().frame([&](ImDrawList*) { view.draw(app, *snapshot); });
    };
    std::string error;
    // The same scenario twice: on common random numbers every replication's difference
    // is exactly zero, so no difference can be told apart from none.
    REQUIRE(
        view.session().add(std::string(NK_SCENARIO_DIR) + "/001_malang_cookies_2023.yaml", error));
    frame();
    CHECK(view.session().mode() == nk::RunMode::Expected);
    view.setMonteCarlo(true);
    frame(); // starts the paired runs
    CHECK(view.pairedRuns().running());
    view.pairedRuns().wait();
    frame(); // takes them
    REQUIRE(view.session().paired());
    CHECK(view.session().mode() == nk::RunMode::MonteCarlo);
    frame(); // draws the table with its paired bands
    const nk::gui::Comparison c = view.session().comparison();
    REQUIRE_FALSE(c.pairedLevels.empty());
    std::size_t banded = 0;
    for (const auto& row : c.indicators) {
        const auto& cell = row.cells[1];
        if (!cell.differenceLow) continue;
        ++banded;
        INFO(row.key);
        CHECK(*cell.differenceLow == 0.0);
        CHECK(*cell.differenceHigh == 0.0);
        CHECK_FALSE(cell.distinguishable);
        CHECK(contains(
            nk::gui::pairedDifferenceNote(cell, c.pairedLevels, row.unit, Language::English),
            "not distinguishable at 90 %"));
    }
    CHECK(banded >= 5);
    // An edit of the document drops the pairing until the runs are redone.
    view.session().remove(1);
    CHECK_FALSE(view.session().paired());
    view.setMonteCarlo(false);
}
