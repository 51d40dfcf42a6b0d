// Expected mode against Monte Carlo (results/mode_agreement): which indicators stray
// beyond 3 standard errors, and the standard errors the engine gives the means.
#include "test_scenarios.hpp"

#include "naikkelas/results/mode_agreement.hpp"

#include <cmath>

using namespace nk;

namespace {

ResultSet withIndicator(RunMode mode, double mean, double standardError) {
    ResultSet r;
    r.mode = mode;
    r.indicators.push_back({"additional_active", "enterprises", mean, {}, standardError});
    return r;
}

} // namespace

TEST_CASE("an expected value beyond 3 standard errors of the Monte Carlo mean is flagged") {
    const ResultSet expected = withIndicator(RunMode::Expected, 1.0, NAN);
    for (const double se : {0.1, 0.5}) {
        const auto agreement = compareModes(expected, withIndicator(RunMode::MonteCarlo, 1.4, se));
        REQUIRE(agreement.size() == 1);
        CHECK(agreement[0].gap == doctest::Approx((1.0 - 1.4) / se));
        CHECK(agreement[0].flagged == (std::fabs(agreement[0].gap) > kModeGapLimit));
    }
    // Rounding is no gap; no spread at all leaves the gap undefined and unflagged.
    CHECK(compareModes(expected, withIndicator(RunMode::MonteCarlo, 1.0 + 1e-13, 0.0))[0].gap ==
          0.0);
    const auto noSpread = compareModes(expected, withIndicator(RunMode::MonteCarlo, 0.0, 0.0));
    CHECK(std::isnan(noSpread[0].gap));
    CHECK_FALSE(noSpread[0].flagged);
    // A run in mode both is found in either order.
    const std::vector<ResultSet> both = {withIndicator(RunMode::MonteCarlo, 1.0, 0.1), expected};
    const ModePair pair = findModePair(both);
    CHECK(pair.expected == &both[1]);
    CHECK(pair.monteCarlo == &both[0]);
    CHECK(findModePair(std::span(both).first(1)).expected == nullptr);
}

TEST_CASE("Monte Carlo indicators carry the standard error of their mean") {
    const auto compiled = test::compileOrFail(test::smallScenario(300));
    RunOptions options = defaultRunOptions(*compiled);
    options.mode = RunMode::MonteCarlo;
    Modifiers program;
    program.start_mult = 2.0; // a program effect, so the impacts vary
    options.pipelines = test::constantPipelines(program);
    options.bands = BandScope::None;
    std::vector<RunOutcome> runs;
    for (const int replications : {100, 400}) {
        options.replications = replications;
        runs.push_back(runScenario(*compiled, options));
        REQUIRE(runs.back().ok);
    }
    const Indicator* few = runs[0].results.indicator("additional_active");
    const Indicator* many = runs[1].results.indicator("additional_active");
    REQUIRE(few);
    REQUIRE(many);
    // The standard error of a mean shrinks as 1/sqrt(R): four times the replications,
    // about half the error (the spread itself is estimated, so within a wide margin).
    CHECK(few->standardError > 0.0);
    CHECK(many->standardError / few->standardError == doctest::Approx(0.5).epsilon(0.25));
    // And it matches the spread of the band: sd ~ (q95 - q05) / 3.29 for a bell shape.
    const double sd = (many->quantiles.back() - many->quantiles.front()) / 3.29;
    CHECK(many->standardError * std::sqrt(400.0) == doctest::Approx(sd).epsilon(0.3));
}
