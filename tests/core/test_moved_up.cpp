// Participants moved up at least one sales band (docs/model.md 2.7): the sales ladder,
// hand-checkable climbs and falls in both modes, and Monte Carlo against expected mode.
#include "test_scenarios.hpp"

#include "naikkelas/results/sales_ladder.hpp"
#include "naikkelas/results/series_names.hpp"

#include <cmath>

using namespace nk;

namespace {

constexpr double kMicroBound = 60e6; // the first micro band's upper bound, Rp a year

// One cohort whose enterprises move deterministically: no closure, no volatility.
Scenario frozen(int participants, int kubeSize) {
    Scenario s = test::smallScenario(participants);
    s.size_classes.micro_bands = {60'000'000, 300'000'000};
    s.parameters.closure_monthly_at_ref = 0.0;
    s.parameters.volatility_monthly = 0.0;
    s.parameters.drift_monthly = 0.0;
    s.cohorts[0].kube_size = kubeSize;
    return s;
}

RunOptions withMode(const CompiledScenario& s, RunMode mode) {
    RunOptions options = defaultRunOptions(s);
    options.mode = mode;
    options.replications = 3;
    options.seed = 7;
    return options;
}

} // namespace

TEST_CASE("the sales ladder: the bands inside mikro, then the classes above it") {
    Scenario s = test::smallScenario();
    s.size_classes.micro_bands = {60'000'000, 300'000'000};
    const auto withBands = salesLadder(*test::compileOrFail(s));
    REQUIRE(withBands.size() == 6);
    const char* names[] = {"micro_band:0-60jt", "micro_band:60jt-300jt", "micro_band:300jt-2M",
                           "class:kecil",       "class:menengah",        "class:besar"};
    const double lower[] = {0, 60e6, 300e6, 2e9, 15e9, 50e9};
    for (std::size_t b = 0; b < 6; ++b) {
        CHECK(withBands[b].series == names[b]);
        CHECK(withBands[b].lowerSales == lower[b]);
        if (b > 0) CHECK(withBands[b].first == withBands[b - 1].last + 1);
    }
    s.size_classes.micro_bands.clear();
    const auto classes = salesLadder(*test::compileOrFail(s));
    REQUIRE(classes.size() == 4);
    CHECK(classes[0].series == "class:mikro");
    CHECK(classes[1].upperSales == 15e9);
}

TEST_CASE("moved up: a program that climbs one bin a month lifts every participant once past "
          "Rp 60 juta a year, in both modes") {
    Scenario s = frozen(10, 2); // 5 KUBE of 2 members
    s.parameters.start_prob_monthly = 0.0;
    s.cohorts[0].business_share = 1.0;
    s.cohorts[0].initial_revenue_median = 3'000'000; // Rp 36 juta a year
    s.cohorts[0].initial_revenue_log_sd = 0.0;
    const auto compiled = test::compileOrFail(s);
    const RevenueGrid& grid = compiled->grid;
    const int start = grid.binOfLog(std::log(3e6));
    const int cap = grid.binOfLog(std::log(s.parameters.home_capacity));
    Modifiers climb;
    climb.drift_add = std::log(10.0) / 12; // one bin of a 12-per-decade grid
    for (RunMode mode : {RunMode::Expected, RunMode::MonteCarlo}) {
        RunOptions options = withMode(*compiled, mode);
        options.pipelines = test::constantPipelines(climb);
        const auto outcome = test::runOrFail(*compiled, options);
        const auto& program = test::meanOf(outcome.results, Arm::Program, "moved_up");
        const auto& baseline = test::meanOf(outcome.results, Arm::Baseline, "moved_up");
        for (int t = 0; t <= 24; ++t) {
            INFO(names::modeName(mode) << " month " << t);
            const bool above = 12.0 * grid.value(std::min(start + t, cap)) > kMicroBound;
            CHECK(program[t] == doctest::Approx(above ? 10.0 : 0.0).epsilon(1e-12));
            CHECK(baseline[t] == 0.0);
        }
        CHECK(outcome.results.indicator("additional_moved_up")->mean ==
              doctest::Approx(10.0).epsilon(1e-12));
    }
}

TEST_CASE("moved up: a prospect starts in the lowest band; starting above it is moving up, "
          "falling back is not") {
    Scenario s = frozen(40, 1);
    s.parameters.start_prob_monthly = 1.0;    // everyone starts in month 1
    s.parameters.start_revenue_median = 10e6; // Rp 120 juta a year: the second band
    s.parameters.start_revenue_log_sd = 0.0;
    s.parameters.drift_monthly = -std::log(10.0) / 12; // then one bin down a month
    s.cohorts[0].business_share = 0.0;
    const auto compiled = test::compileOrFail(s);
    const RevenueGrid& grid = compiled->grid;
    const int startBin = grid.binOfLog(std::log(10e6));
    for (RunMode mode : {RunMode::Expected, RunMode::MonteCarlo}) {
        const auto outcome = test::runOrFail(*compiled, withMode(*compiled, mode));
        const auto& movedUp = test::meanOf(outcome.results, Arm::Program, "moved_up");
        CHECK(movedUp[0] == 0.0);
        for (int t = 1; t <= 24; ++t) {
            INFO(names::modeName(mode) << " month " << t);
            const int bin = std::max(0, startBin - (t - 1)); // a starter moves from t = 2
            CHECK(
                movedUp[t] ==
                doctest::Approx(12.0 * grid.value(bin) > kMicroBound ? 40.0 : 0.0).epsilon(1e-12));
        }
    }
}

TEST_CASE("moved up: the Monte Carlo mean converges to the expected mode") {
    Scenario s = test::smallScenario(200);
    s.size_classes.micro_bands = {60'000'000, 300'000'000};
    s.cohorts[0].business_share = 0.5;
    s.cohorts[0].initial_revenue_median = 4'000'000;
    s.parameters.volatility_monthly = 0.2; // enterprises cross bands both ways
    const auto compiled = test::compileOrFail(s);
    Modifiers program;
    program.start_mult = 2.0;
    program.drift_add = 0.02;
    RunOptions expectedOptions = withMode(*compiled, RunMode::Expected);
    expectedOptions.pipelines = test::constantPipelines(program);
    const auto expected = test::runOrFail(*compiled, expectedOptions);
    RunOptions mcOptions = withMode(*compiled, RunMode::MonteCarlo);
    mcOptions.replications = 400;
    mcOptions.threads = 2;
    mcOptions.pipelines = expectedOptions.pipelines;
    const auto mc = test::runOrFail(*compiled, mcOptions);
    // Enterprises are independent: a count is a sum of 200 Bernoulli draws.
    for (Arm arm : {Arm::Program, Arm::Baseline}) {
        const auto& e = test::meanOf(expected.results, arm, "moved_up");
        const auto& m = test::meanOf(mc.results, arm, "moved_up");
        for (int t = 0; t <= 24; t += 4) {
            const double p = e[t] / 200;
            const double se = std::sqrt(200 * p * (1 - p) / 400);
            INFO(armName(arm) << " month " << t << ": expected " << e[t] << ", mc " << m[t]);
            CHECK(std::abs(m[t] - e[t]) <= 5 * se + 1e-9);
        }
        CHECK(e[24] > 10.0); // the test moves enough enterprises to mean something
    }
    const Indicator* e = expected.results.indicator("additional_moved_up");
    const Indicator* m = mc.results.indicator("additional_moved_up");
    REQUIRE(e);
    REQUIRE(m);
    CHECK(e->unit == "participants");
    CHECK(std::isfinite(m->standardError));
    CHECK(std::abs(m->mean - e->mean) <= 4 * m->standardError);
}

TEST_CASE("moved up: a run that does not follow it leaves it NaN and every other output equal") {
    Scenario s = test::smallScenario(200);
    s.size_classes.micro_bands = {60'000'000, 300'000'000};
    s.cohorts[0].business_share = 0.5;
    s.parameters.volatility_monthly = 0.2;
    const auto compiled = test::compileOrFail(s);
    for (RunMode mode : {RunMode::Expected, RunMode::MonteCarlo}) {
        RunOptions followed = withMode(*compiled, mode);
        RunOptions skipped = followed;
        skipped.movedUp = false;
        const auto a = test::runOrFail(*compiled, followed);
        const auto b = test::runOrFail(*compiled, skipped);
        REQUIRE(a.results.indicators.size() == b.results.indicators.size());
        for (std::size_t i = 0; i < a.results.indicators.size(); ++i) {
            INFO(a.results.indicators[i].key);
            if (a.results.indicators[i].key == "additional_moved_up") {
                CHECK(std::isfinite(a.results.indicators[i].mean));
                CHECK(std::isnan(b.results.indicators[i].mean));
            } else {
                const double x = a.results.indicators[i].mean, y = b.results.indicators[i].mean;
                CHECK(((std::isnan(x) && std::isnan(y)) || x == y)); // a ratio over nothing
            }
        }
        CHECK(test::meanOf(a.results, Arm::Program, "active") ==
              test::meanOf(b.results, Arm::Program, "active"));
    }
}
