// Expected mode against a Monte Carlo run (issue 10): the standard error of a Monte Carlo
// mean approximated from its band; an indicator flagged when its expected value lies
// outside the mean +- 3 standard errors; the results table showing the Monte Carlo mean
// and the mark only while both runs are current, with the explanation in its tooltip.
#include "model/mode_agreement.hpp"
#include "panels/results_charts.hpp"
#include "panels/results_view.hpp"

#include "app_harness.hpp"

#include <doctest/doctest.h>

#include <cmath>
#include <string>

using nk::Indicator;
using nk::Language;
using nk::ResultSet;
using nk::gui::compareModes;
using nk::gui::indicatorLines;
using nk::gui::monteCarloStandardError;

namespace {

// A Monte Carlo run of 100 replications with one indicator: mean 10, 5-95 % band 5..15.
ResultSet monteCarlo() {
    ResultSet r;
    r.mode = nk::RunMode::MonteCarlo;
    r.replications = 100;
    r.quantileLevels = {0.05, 0.5, 0.95};
    r.indicators.push_back({"additional_active", "enterprises", 10.0, {5.0, 10.0, 15.0}});
    return r;
}

ResultSet expected(double value) {
    ResultSet r;
    r.indicators.push_back({"additional_active", "enterprises", value, {}});
    return r;
}

} // namespace

TEST_CASE("mode agreement: the standard error from the band, and the 3-SE flag") {
    const ResultSet mc = monteCarlo();
    // sd = (15 - 5) / 3.29, se = sd / sqrt(100).
    const auto se = monteCarloStandardError(mc, mc.indicators[0]);
    REQUIRE(se);
    CHECK(*se == doctest::Approx(10.0 / 3.2897 / 10.0).epsilon(1e-3));

    const auto near = compareModes(mc, expected(10.5), "additional_active");
    REQUIRE(near);
    CHECK_FALSE(near->disagrees); // 0.5 < 3 * 0.304
    const auto far = compareModes(mc, expected(11.0), "additional_active");
    REQUIRE(far);
    CHECK(far->disagrees); // 1.0 > 0.912
    CHECK(compareModes(mc, expected(9.0), "additional_active")->disagrees);
    CHECK_FALSE(compareModes(mc, expected(9.2), "additional_active")->disagrees);

    // No judgement without a band to estimate from, or without the indicator.
    ResultSet flat = mc;
    flat.indicators[0].quantiles = {10.0, 10.0, 10.0};
    CHECK_FALSE(compareModes(flat, expected(12.0), "additional_active"));
    ResultSet single = mc;
    single.replications = 1;
    CHECK_FALSE(compareModes(single, expected(12.0), "additional_active"));
    CHECK_FALSE(compareModes(mc, expected(12.0), "no_such_indicator"));
    ResultSet inner = mc;
    inner.quantileLevels = {0.5, 0.6, 0.7}; // no level below the median
    CHECK_FALSE(compareModes(inner, expected(12.0), "additional_active"));
    // Other levels are read as a normal's: 10-90 % spans 2.563 sd.
    ResultSet tenNinety = mc;
    tenNinety.quantileLevels = {0.1, 0.5, 0.9};
    CHECK(*monteCarloStandardError(tenNinety, tenNinety.indicators[0]) ==
          doctest::Approx(10.0 / 2.5631 / 10.0).epsilon(1e-3));
}

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
        const auto a = compareModes(*shown, *both->expected, ind.key);
        CHECK(lines[i].disagrees == (a && a->disagrees));
    }
    app.edit("participants", "cohorts[0].participants",
             [](nk::Scenario& s) { s.cohorts[0].participants += 5; });
    const auto stale = harness.settled();
    REQUIRE(nk::gui::displayedResults(*stale) == stale->expected);
}
