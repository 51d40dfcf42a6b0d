// Expected mode against a Monte Carlo run in the app (issue 10): the results table shows
// the Monte Carlo mean and marks an indicator whose expected value lies outside the mean
// +- 3 standard errors (the core's results/mode_agreement), only while both runs are
// current, with the explanation in its tooltip.
#include "model/results_charts.hpp"
#include "naikkelas/results/mode_agreement.hpp"
#include "panels/results_view.hpp"

#include "app_harness.hpp"

#include <doctest/doctest.h>

#include <cmath>
#include <string>

using nk::compareModes;
using nk::Indicator;
using nk::Language;
using nk::ResultSet;
using nk::gui::indicatorLines;

namespace {

// A Monte Carlo run of 100 replications with one indicator: mean 10, 5-95 % band 5..15,
// standard error of the mean 0.3 (so 3 standard errors reach 9.1..10.9).
ResultSet monteCarlo() {
    ResultSet r;
    r.mode = nk::RunMode::MonteCarlo;
    r.replications = 100;
    r.quantileLevels = {0.05, 0.5, 0.95};
    r.indicators.push_back({"additional_active", "enterprises", 10.0, {5.0, 10.0, 15.0}, 0.3});
    return r;
}

ResultSet expected(double value) {
    ResultSet r;
    r.indicators.push_back({"additional_active", "enterprises", value, {}});
    return r;
}

} // namespace

TEST_CASE("mode agreement: the results table marks where expected mode disagrees") {
    const ResultSet mc = monteCarlo();
    const ResultSet far = expected(12.0);
    for (const Language language : {Language::Indonesian, Language::English}) {
        const auto lines = indicatorLines(mc, &far, language);
        REQUIRE(lines.size() == 1);
        CHECK(lines[0].disagrees);
        // The estimate is the Monte Carlo mean; the mark and why are beside it.
        CHECK(lines[0].value.find(nk::formatNumber(10.0, 1, language)) != std::string::npos);
        CHECK(lines[0].value.rfind("\u2260", 0) == 0);
        CHECK(lines[0].tooltip.find(nk::formatNumber(12.0, 1, language)) != std::string::npos);
        CHECK(lines[0].tooltip.find(language == Language::English
                                        ? "mean-field"
                                        : "medan-rata-rata") != std::string::npos);
    }
    const ResultSet near = expected(10.2);
    CHECK_FALSE(indicatorLines(mc, &near, Language::English)[0].disagrees);
    // Without the expected run (not current), nothing is judged.
    CHECK_FALSE(indicatorLines(mc, nullptr, Language::English)[0].disagrees);
    // Expected results shown: their own values, never marked.
    const auto own = indicatorLines(far, &far, Language::English);
    CHECK_FALSE(own[0].disagrees);
    CHECK(own[0].value == nk::formatNumber(12.0, 1, Language::English));
}

TEST_CASE("mode agreement: a real run of a seed scenario, both runs current, then stale") {
    nk::gui::test::AppHarness harness;
    harness.openScenario("001_malang_cookies_2023.yaml");
    nk::gui::AppState& app = harness.app();
    app.runs().waitIdle();
    REQUIRE(app.runs().startMonteCarlo(200, 7, 2));
    const auto both = harness.settled();
    REQUIRE(both->monteCarlo);
    REQUIRE(both->monteCarloGeneration == both->generation);
    const auto shown = nk::gui::displayedResults(*both);
    REQUIRE(shown == both->monteCarlo);
    const auto lines = indicatorLines(*shown, both->expected.get(), Language::English);
    REQUIRE(lines.size() == shown->indicators.size());
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const Indicator& ind = shown->indicators[i];
        INFO(ind.key);
        const auto agreement = compareModes(*both->expected, *shown);
        CHECK(lines[i].disagrees == agreement[i].flagged);
    }
    app.edit("participants", "cohorts[0].participants",
             [](nk::Scenario& s) { s.cohorts[0].participants += 5; });
    const auto stale = harness.settled();
    REQUIRE(nk::gui::displayedResults(*stale) == stale->expected);
}
