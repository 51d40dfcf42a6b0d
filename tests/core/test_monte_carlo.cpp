// Monte Carlo: agreement with the expected mode, determinism across thread counts,
// common random numbers across arms, bands, cancellation.
#include "test_scenarios.hpp"

#include "engine/exact_quantiles.hpp"

#include "naikkelas/results/series_names.hpp"

#include "naikkelas/engine/random_stream.hpp"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <set>

using namespace nk;

namespace {

RunOptions monteCarlo(const CompiledScenario& s, int replications, int threads) {
    RunOptions options = defaultRunOptions(s);
    options.mode = RunMode::MonteCarlo;
    options.replications = replications;
    options.threads = threads;
    options.seed = 20261123;
    return options;
}

void requireIdentical(const ResultSet& a, const ResultSet& b) {
    REQUIRE(a.series.size() == b.series.size());
    for (std::size_t i = 0; i < a.series.size(); ++i) {
        INFO(a.series[i].scope << " " << a.series[i].name);
        CHECK(a.series[i].mean == b.series[i].mean);
        CHECK(a.series[i].quantiles == b.series[i].quantiles);
    }
    REQUIRE(a.indicators.size() == b.indicators.size());
    for (std::size_t i = 0; i < a.indicators.size(); ++i) {
        const auto& x = a.indicators[i];
        const auto& y = b.indicators[i];
        CHECK((x.mean == y.mean || (std::isnan(x.mean) && std::isnan(y.mean))));
    }
}

} // namespace

TEST_CASE("the Monte Carlo mean converges to the expected mode") {
    Scenario s = test::smallScenario(200);
    s.cohorts[0].business_share = 0.4;
    const auto compiled = test::compileOrFail(s);
    Modifiers program;
    program.start_mult = 2.0;
    program.drift_add = 0.01;
    RunOptions expectedOptions = defaultRunOptions(*compiled);
    expectedOptions.pipelines = test::constantPipelines(program);
    const auto expected = test::runOrFail(*compiled, expectedOptions);
    RunOptions mcOptions = monteCarlo(*compiled, 400, 2);
    mcOptions.pipelines = expectedOptions.pipelines;
    const auto mc = test::runOrFail(*compiled, mcOptions);

    // Enterprises are independent, so a count at month t is a sum of 200 Bernoulli draws:
    // its replication mean has standard error sqrt(n p (1 - p) / R).
    for (Arm arm : {Arm::Program, Arm::Baseline})
        for (const char* name :
             {"prospects", "active", "closed", "class:mikro", "micro_band:0-60jt"}) {
            if (!expected.results.find(arm, "total", name)) continue;
            const auto& e = test::meanOf(expected.results, arm, name);
            const auto& m = test::meanOf(mc.results, arm, name);
            for (int t = 0; t <= 24; t += 4) {
                const double p = e[t] / 200;
                const double se = std::sqrt(200 * p * (1 - p) / 400);
                INFO(armName(arm) << " " << name << " month " << t);
                CHECK(std::abs(m[t] - e[t]) <= 5 * se + 1e-9);
            }
        }
    const double expectedRevenue = test::meanOf(expected.results, Arm::Program, "revenue")[24];
    const double mcRevenue = test::meanOf(mc.results, Arm::Program, "revenue")[24];
    CHECK(mcRevenue == doctest::Approx(expectedRevenue).epsilon(0.05));
}

TEST_CASE("Monte Carlo output is bit-identical for 1, 2 and 8 threads") {
    SUBCASE("many replications, one per task") {
        Scenario s = test::smallScenario(150);
        test::addLateCohort(s, 3);
        const auto compiled = test::compileOrFail(s);
        Modifiers program;
        program.start_mult = 2.5;
        auto options = monteCarlo(*compiled, 24, 1);
        options.pipelines = test::constantPipelines(program);
        const auto one = test::runOrFail(*compiled, options);
        for (int threads : {2, 8}) {
            options.threads = threads;
            requireIdentical(one.results, test::runOrFail(*compiled, options).results);
        }
    }
    SUBCASE("one replication of many enterprises, split within each month") {
        Scenario s = test::smallScenario(300'000);
        s.scenario.horizon_months = 6;
        const auto compiled = test::compileOrFail(s);
        auto options = monteCarlo(*compiled, 1, 1);
        const auto one = test::runOrFail(*compiled, options);
        for (int threads : {2, 8}) {
            options.threads = threads;
            requireIdentical(one.results, test::runOrFail(*compiled, options).results);
        }
    }
}

TEST_CASE("both arms use the same random numbers: equal arms give an exactly zero band") {
    const auto compiled = test::compileOrFail(test::smallScenario(80));
    Modifiers same;
    same.start_mult = 1.5;
    auto options = monteCarlo(*compiled, 50, 2);
    options.pipelines = test::constantPipelines(same, same);
    const auto outcome = test::runOrFail(*compiled, options);
    const SeriesBand* impact = outcome.results.find(Arm::Impact, "total", "active");
    REQUIRE(impact);
    for (const auto& q : impact->quantiles)
        for (double v : q) CHECK(v == 0.0);
    // ...while the arms themselves vary between replications.
    const SeriesBand* program = outcome.results.find(Arm::Program, "total", "active");
    CHECK(program->quantiles.front()[24] < program->quantiles.back()[24]);
}

TEST_CASE("quantile bands are ordered and bracket the mean; indicators carry bands") {
    const auto compiled = test::compileOrFail(test::smallScenario(100));
    Modifiers program;
    program.start_mult = 2.0;
    auto options = monteCarlo(*compiled, 100, 2);
    options.pipelines = test::constantPipelines(program);
    const auto outcome = test::runOrFail(*compiled, options);
    const auto& r = outcome.results;
    CHECK(r.quantileLevels == std::vector<double>{0.05, 0.5, 0.95});
    const SeriesBand* active = r.find(Arm::Program, "total", "active");
    for (int t = 0; t <= 24; ++t) {
        CHECK(active->quantiles[0][t] <= active->quantiles[1][t]);
        CHECK(active->quantiles[1][t] <= active->quantiles[2][t]);
        CHECK(active->quantiles[0][t] <= active->mean[t]);
        CHECK(active->mean[t] <= active->quantiles[2][t]);
    }
    const Indicator* added = r.indicator("additional_active");
    REQUIRE(added->quantiles.size() == 3);
    CHECK(added->quantiles[0] < added->mean);
    CHECK(added->mean < added->quantiles[2]);
}

TEST_CASE("a quantile level's band is the same computed alone or with other levels") {
    // The bands of all levels are taken from one copy of a cell's replications.
    const auto compiled = test::compileOrFail(test::smallScenario(300));
    auto together = monteCarlo(*compiled, 41, 2);
    together.quantiles = {0.05, 0.5, 0.95};
    const RunOutcome all = runScenario(*compiled, together);
    REQUIRE(all.ok);
    for (std::size_t level = 0; level < together.quantiles.size(); ++level) {
        auto alone = together;
        alone.quantiles = {together.quantiles[level]};
        const RunOutcome one = runScenario(*compiled, alone);
        REQUIRE(one.ok);
        REQUIRE(one.results.series.size() == all.results.series.size());
        for (std::size_t i = 0; i < all.results.series.size(); ++i)
            CHECK(one.results.series[i].quantiles[0] == all.results.series[i].quantiles[level]);
        for (std::size_t i = 0; i < all.results.indicators.size(); ++i) {
            const double a = one.results.indicators[i].quantiles[0];
            const double b = all.results.indicators[i].quantiles[level];
            CHECK((a == b || (std::isnan(a) && std::isnan(b))));
        }
    }
}

TEST_CASE("a set cancel flag stops the run and reports it") {
    const auto compiled = test::compileOrFail(test::smallScenario(100));
    std::atomic<bool> cancel{true};
    for (RunMode mode : {RunMode::Expected, RunMode::MonteCarlo}) {
        auto options = monteCarlo(*compiled, 20, 2);
        options.mode = mode;
        options.cancel = &cancel;
        const RunOutcome outcome = runScenario(*compiled, options);
        CHECK_FALSE(outcome.ok);
        CHECK(outcome.cancelled);
    }
}

TEST_CASE("random streams are pure functions of seed, replication, enterprise and month") {
    const RandomStream a(7, 0), b(7, 0), otherSeed(8, 0), otherReplication(7, 1);
    CHECK(a.bits(123, 5) == b.bits(123, 5));
    std::set<std::uint64_t> seen;
    for (std::uint64_t e = 0; e < 100; ++e)
        for (std::uint64_t t = 0; t < 100; ++t) seen.insert(a.bits(e, t));
    CHECK(seen.size() == 10000);
    CHECK(a.bits(1, 1) != otherSeed.bits(1, 1));
    CHECK(a.bits(1, 1) != otherReplication.bits(1, 1));
    // The cursor walks the same numbers as bits(), enterprise after enterprise.
    RandomStream::Cursor cursor = otherReplication.cursor(1000, 17);
    for (std::uint64_t e = 1000; e < 1100; ++e)
        CHECK(cursor.next() == otherReplication.bits(e, 17));
    // Draws are uniform: the mean of draw 0 over many counters is close to 1/2.
    double sum = 0;
    for (std::uint64_t e = 0; e < 100000; ++e) sum += draw0(a.bits(e, 3)) / 4294967296.0;
    CHECK(sum / 100000 == doctest::Approx(0.5).epsilon(0.01));
}

TEST_CASE("a Monte Carlo run too large for memory is refused up front with a bound") {
    const auto compiled = test::compileOrFail(test::smallScenario(10));
    auto options = monteCarlo(*compiled, 100'000'000, 1);
    const RunOutcome outcome = runScenario(*compiled, options);
    CHECK_FALSE(outcome.ok);
    CHECK(outcome.error.find("MiB; use fewer replications (at most") != std::string::npos);
}

TEST_CASE("exact quantiles equal selection by sorting, with ties, NaNs, signs and many levels; "
          "counting whole numbers too") {
    const RandomStream stream(4, 0);
    std::vector<double> levels = {0.05, 0.5, 0.95};
    for (int i = 0; i <= 20; ++i) levels.push_back(i / 20.0); // more levels than one pass takes
    engine::ExactQuantiles selector;
    for (int shape = 0; shape < 5; ++shape)
        for (int n : {1, 2, 7, 400, 2001}) {
            std::vector<float> values(n);
            for (int i = 0; i < n; ++i) {
                const double u =
                    draw0(stream.bits(std::uint64_t(i), std::uint64_t(shape))) / 4294967296.0;
                values[i] = shape == 0   ? float(std::floor(u * 12.0))           // ties: counts
                            : shape == 1 ? float(1e9 * std::exp(4.0 * u))        // wide, positive
                            : shape == 2 ? float(u - 0.5)                        // both signs
                            : shape == 3 ? (i % 5 == 0 ? NAN : float(u * 100.0)) // NaNs left out
                                         : (i % 2 ? -0.0f : 0.0f);               // signed zeros
            }
            std::vector<double> sorted;
            for (float v : values)
                if (!std::isnan(v)) sorted.push_back(v);
            std::sort(sorted.begin(), sorted.end());
            std::vector<double> got(levels.size());
            selector.compute(std::span<const float>(values), levels, got.data());
            if (shape == 0) { // whole numbers: counting gives the same
                std::vector<double> counted(levels.size());
                const float low = *std::min_element(values.begin(), values.end());
                const float high = *std::max_element(values.begin(), values.end());
                selector.computeWhole(values, low, static_cast<std::uint32_t>(high - low), levels,
                                      counted.data());
                CHECK(counted == got);
            }
            if (sorted.empty()) { // every value NaN
                for (double q : got) CHECK(std::isnan(q));
                continue;
            }
            for (std::size_t l = 0; l < levels.size(); ++l) {
                const double position = levels[l] * double(sorted.size() - 1);
                const auto lower = static_cast<std::size_t>(std::floor(position));
                const double want = lower + 1 >= sorted.size()
                                        ? sorted[lower]
                                        : sorted[lower] + (position - double(lower)) *
                                                              (sorted[lower + 1] - sorted[lower]);
                INFO("shape " << shape << ", n " << n << ", level " << levels[l]);
                CHECK(got[l] == want);
                const bool negativeZero = std::signbit(got[l]) && got[l] == 0.0;
                CHECK_FALSE(negativeZero); // never printed as "-0"
            }
        }
}

TEST_CASE("a cohort draws the same numbers whatever another cohort of the variant does") {
    // Common random numbers across scenarios: resizing, adding or dropping a cohort leaves
    // every other cohort's replications as they were.
    Scenario base = test::smallScenario(60);
    test::addLateCohort(base, 3);
    // The cohort before the observed one changes: enterprises numbered across the whole
    // scenario would shift the observed cohort's numbers.
    Scenario resized = base;
    resized.cohorts[0].participants = 150;
    Scenario dropped = base;
    dropped.cohorts.erase(dropped.cohorts.begin());
    dropped.cohorts[0].entry_month = 3;
    RunOptions options;
    options.mode = RunMode::MonteCarlo;
    options.replications = 30;
    const std::string scope = names::cohortScope(base.cohorts[1].id);
    std::vector<ResultSet> runs;
    for (const Scenario& s : {base, resized, dropped})
        runs.push_back(test::runOrFail(*test::compileOrFail(s), options).results);
    for (const std::string_view series : {names::kActive, names::kRevenue})
        for (std::size_t v = 1; v < runs.size(); ++v) {
            const SeriesBand* a = runs[0].find(Arm::Program, scope, std::string(series));
            const SeriesBand* b = runs[v].find(Arm::Program, scope, std::string(series));
            REQUIRE(a);
            REQUIRE(b);
            CHECK(a->mean == b->mean);
            CHECK(a->quantiles == b->quantiles);
        }
}

TEST_CASE("a scope of the same groups as another gives the same numbers, bands only where asked") {
    // One target group: its scope holds every group, as the total does.
    const auto compiled = test::compileOrFail(test::smallScenario(80));
    RunOptions options;
    options.mode = RunMode::MonteCarlo;
    options.replications = 40;
    const std::string tag = names::targetGroupScope(compiled->targetGroups.front());
    const std::string total(names::kTotal);
    for (const BandScope bands : {BandScope::All, BandScope::Total}) {
        options.bands = bands;
        const ResultSet r = test::runOrFail(*compiled, options).results;
        for (const std::string_view series : {names::kActive, names::kRevenue}) {
            const SeriesBand* all = r.find(Arm::Impact, total, std::string(series));
            const SeriesBand* same = r.find(Arm::Impact, tag, std::string(series));
            REQUIRE(all);
            REQUIRE(same);
            CHECK(same->mean == all->mean);
            CHECK_FALSE(all->quantiles.empty());
            if (bands == BandScope::All)
                CHECK(same->quantiles == all->quantiles);
            else
                CHECK(same->quantiles.empty());
        }
    }
}
