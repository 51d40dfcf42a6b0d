// Closed-form cases of the chain, the arms, entry months, costs and indicators.
#include "test_scenarios.hpp"

#include <algorithm>
#include <cmath>

using namespace nk;

namespace {
Scenario frozenScenario() {
    // No closure, no revenue movement: only starting changes the state.
    Scenario s = test::smallScenario(400);
    s.parameters.closure_monthly_at_ref = 0.0;
    s.parameters.volatility_monthly = 0.0;
    s.parameters.drift_monthly = 0.0;
    s.cohorts[0].business_share = 0.0;
    return s;
}
} // namespace

TEST_CASE("zero closure and no growth: active after t months = 1 - (1 - s0)^t of the prospects") {
    const Scenario s = frozenScenario();
    const auto compiled = test::compileOrFail(s);
    const auto outcome = test::runOrFail(*compiled, defaultRunOptions(*compiled));
    const auto& active = test::meanOf(outcome.results, Arm::Program, "active");
    const auto& prospects = test::meanOf(outcome.results, Arm::Program, "prospects");
    const double s0 = s.parameters.start_prob_monthly;
    for (int t = 0; t <= 24; ++t) {
        const double expected = 400 * (1 - std::pow(1 - s0, t));
        CHECK(active[t] == doctest::Approx(expected).epsilon(1e-12));
        CHECK(prospects[t] + active[t] == doctest::Approx(400).epsilon(1e-12));
    }
}

TEST_CASE("constant closure without size effect: survivors decay geometrically") {
    Scenario s = test::smallScenario(300);
    s.cohorts[0].business_share = 1.0;
    s.parameters.start_prob_monthly = 0.0;
    s.parameters.closure_size_elasticity = 0.0;
    s.parameters.closure_monthly_at_ref = 0.02;
    const auto compiled = test::compileOrFail(s);
    const auto outcome = test::runOrFail(*compiled, defaultRunOptions(*compiled));
    const auto& active = test::meanOf(outcome.results, Arm::Program, "active");
    const auto& closed = test::meanOf(outcome.results, Arm::Program, "closed");
    const auto& everStarted = test::meanOf(outcome.results, Arm::Program, "ever_started");
    for (int t = 0; t <= 24; ++t) {
        CHECK(active[t] == doctest::Approx(300 * std::pow(0.98, t)).epsilon(1e-12));
        CHECK(active[t] + closed[t] == doctest::Approx(300).epsilon(1e-12));
        CHECK(everStarted[t] == doctest::Approx(0.0).epsilon(1e-9)); // all were active at entry
    }
}

TEST_CASE("drift without volatility climbs one bin a month until the capacity bin") {
    Scenario s = test::smallScenario(10);
    s.parameters.start_prob_monthly = 0.0;
    s.parameters.closure_monthly_at_ref = 0.0;
    s.parameters.volatility_monthly = 0.0;
    s.parameters.drift_monthly = std::log(10.0) / 12; // one bin of a 12-per-decade grid
    s.cohorts[0].business_share = 1.0;
    s.cohorts[0].initial_revenue_median = 1'000'000;
    s.cohorts[0].initial_revenue_log_sd = 0.0;
    const auto compiled = test::compileOrFail(s);
    const RevenueGrid& grid = compiled->grid;
    const int start = grid.binOfLog(std::log(1'000'000.0));
    const int cap = grid.binOfLog(std::log(s.parameters.home_capacity));
    const auto outcome = test::runOrFail(*compiled, defaultRunOptions(*compiled));
    const auto& revenue = test::meanOf(outcome.results, Arm::Program, "revenue");
    for (int t = 0; t <= 24; ++t) {
        const int bin = std::min(start + t, cap);
        CHECK(revenue[t] == doctest::Approx(10 * grid.value(bin)).epsilon(1e-12));
    }
}

TEST_CASE("capacity never pushes a larger firm down") {
    Scenario s = test::smallScenario(10);
    s.parameters.start_prob_monthly = 0.0;
    s.parameters.closure_monthly_at_ref = 0.0;
    s.parameters.volatility_monthly = 0.0;
    s.cohorts[0].business_share = 1.0;
    s.cohorts[0].initial_revenue_median = 400'000'000; // far above the home capacity
    s.cohorts[0].initial_revenue_log_sd = 0.0;
    const auto compiled = test::compileOrFail(s);
    const auto outcome = test::runOrFail(*compiled, defaultRunOptions(*compiled));
    const auto& revenue = test::meanOf(outcome.results, Arm::Program, "revenue");
    const double initial = 10 * compiled->grid.value(compiled->grid.binOfLog(std::log(4e8)));
    for (double r : revenue) CHECK(r == doctest::Approx(initial).epsilon(1e-12));
}

TEST_CASE("enterprises are conserved and a later cohort is the same curve shifted") {
    Scenario s = test::smallScenario(120);
    test::addLateCohort(s, 7);
    const auto compiled = test::compileOrFail(s);
    const auto outcome = test::runOrFail(*compiled, defaultRunOptions(*compiled));
    const auto& r = outcome.results;
    const auto& early = test::meanOf(r, Arm::Program, "active", "cohort:c1");
    const auto& later = test::meanOf(r, Arm::Program, "active", "cohort:late");
    const auto& latePeople = test::meanOf(r, Arm::Program, "participants", "cohort:late");
    for (int t = 0; t <= 24; ++t) {
        if (t < 7) {
            CHECK(later[t] == 0.0);
            CHECK(latePeople[t] == 0.0);
        } else {
            CHECK(later[t] == doctest::Approx(early[t - 7]).epsilon(1e-12));
            CHECK(latePeople[t] == 120.0);
        }
        const double total = test::meanOf(r, Arm::Program, "prospects")[t] +
                             test::meanOf(r, Arm::Program, "active")[t] +
                             test::meanOf(r, Arm::Program, "closed")[t];
        CHECK(total == doctest::Approx(t < 7 ? 120.0 : 240.0).epsilon(1e-12));
    }
}

TEST_CASE("without plugins both arms are equal; a program modifier moves only the program arm") {
    const auto compiled = test::compileOrFail(test::smallScenario());
    const auto plain = test::runOrFail(*compiled, defaultRunOptions(*compiled));
    for (const auto& band : plain.results.series)
        if (band.arm == Arm::Impact && band.name.rfind("cost", 0) != 0)
            for (double v : band.mean) CHECK(v == 0.0);

    RunOptions options = defaultRunOptions(*compiled);
    Modifiers training;
    training.start_mult = 2.7;
    options.pipelines = test::constantPipelines(training);
    const auto trained = test::runOrFail(*compiled, options);
    const auto& base = test::meanOf(trained.results, Arm::Baseline, "active");
    const auto& program = test::meanOf(trained.results, Arm::Program, "active");
    CHECK(base == test::meanOf(plain.results, Arm::Baseline, "active"));
    CHECK(program[12] > base[12] * 1.2);
    CHECK(trained.results.indicator("additional_active")->mean ==
          doctest::Approx(program[24] - base[24]));
}

TEST_CASE("a non-finite modifier stops the run naming the cohort, arm and month") {
    const auto compiled = test::compileOrFail(test::smallScenario());
    RunOptions options = defaultRunOptions(*compiled);
    Modifiers broken;
    broken.drift_add = std::nan("");
    options.pipelines = test::constantPipelines({}, broken);
    for (RunMode mode : {RunMode::Expected, RunMode::MonteCarlo}) {
        options.mode = mode;
        options.replications = 3;
        const RunOutcome outcome = runScenario(*compiled, options);
        CHECK_FALSE(outcome.ok);
        CHECK(outcome.error.find("`c1`") != std::string::npos);
        CHECK(outcome.error.find("baseline") != std::string::npos);
        CHECK(outcome.error.find("month 0") != std::string::npos);
    }
}

namespace {

// Checks, while giving modifiers, that every group's counts are still those observed at
// t, and writes the observed active total as its one series.
class StateCheckingPipeline : public ModifierPipeline {
public:
    bool observe(Arm arm, int, std::span<const GroupState> groups, std::span<double> series,
                 std::string&) override {
        auto& seen = m_seen[arm == Arm::Program ? 0 : 1];
        seen.views.assign(groups.begin(), groups.end());
        seen.copies.clear();
        double active = 0;
        for (const auto& g : groups) {
            seen.copies.emplace_back(g.counts.begin(), g.counts.end());
            for (std::size_t k = 1; k + 1 < g.counts.size(); ++k) active += g.counts[k];
        }
        series[0] = active;
        return true;
    }
    bool modifiers(Arm arm, int month, int, Modifiers& out, std::string& error) override {
        const auto& seen = m_seen[arm == Arm::Program ? 0 : 1];
        for (std::size_t g = 0; g < seen.views.size(); ++g)
            if (!std::equal(seen.views[g].counts.begin(), seen.views[g].counts.end(),
                            seen.copies[g].begin())) {
                error = "counts of group " + std::to_string(g) + " changed before month " +
                        std::to_string(month) + " ended";
                return false;
            }
        out.start_mult = arm == Arm::Program ? 2.0 : 1.0;
        return true;
    }

private:
    struct Seen {
        std::vector<GroupState> views;
        std::vector<std::vector<double>> copies;
    };
    Seen m_seen[2];
};

} // namespace

TEST_CASE("plugins see every group's state at t until all of month t's modifiers are given") {
    Scenario s = test::smallScenario(60);
    test::addLateCohort(s, 2);
    const auto compiled = test::compileOrFail(s);
    for (RunMode mode : {RunMode::Expected, RunMode::MonteCarlo}) {
        RunOptions options = defaultRunOptions(*compiled);
        options.mode = mode;
        options.replications = 3;
        options.pipelines = [](int) { return std::make_unique<StateCheckingPipeline>(); };
        options.pluginSeries = {"check:active"};
        const auto outcome = test::runOrFail(*compiled, options);
        // The plugin series is reported in the total scope, month by month.
        const auto& reported = test::meanOf(outcome.results, Arm::Program, "check:active");
        const auto& active = test::meanOf(outcome.results, Arm::Program, "active");
        REQUIRE(reported.size() == active.size());
        for (std::size_t t = 0; t < active.size(); ++t)
            CHECK(reported[t] == doctest::Approx(active[t]).epsilon(1e-12));
    }
}

TEST_CASE("costs, discounting and the cost indicators follow the run's cost lines") {
    Scenario s = test::smallScenario(50);
    s.simulation.discount_rate_annual = 0.10;
    const auto compiled = test::compileOrFail(s);
    RunOptions options = defaultRunOptions(*compiled);
    Modifiers training;
    training.start_mult = 2.0;
    options.pipelines = test::constantPipelines(training);
    // As the budget plugin would give them: training at entry, six months of mentoring,
    // a monitoring line from month 3 for 12 months, and one baseline cost.
    options.costs.entries.push_back({"training", "cohorts[0]", 0, 50'000'000});
    for (int m = 0; m < 6; ++m)
        options.costs.entries.push_back({"mentoring", "cohorts[0]", m, 5'000'000});
    for (int m = 3; m < 15; ++m)
        options.costs.entries.push_back({"admin", "budget.lines[0]", m, 2'000'000});
    options.costs.entries.push_back({"admin", "baseline", 1, 700'000, Arm::Baseline});
    const auto outcome = test::runOrFail(*compiled, options);
    const auto& r = outcome.results;

    const auto& cost = test::meanOf(r, Arm::Program, "cost");
    CHECK(cost[0] == 50 * 1'000'000.0 + 50 * 100'000.0);
    CHECK(cost[3] == 50 * 100'000.0 + 2'000'000.0);
    CHECK(cost[10] == 2'000'000.0);
    CHECK(cost[15] == 0.0);
    CHECK(test::meanOf(r, Arm::Program, "cost:training")[0] == 50'000'000.0);
    CHECK(test::meanOf(r, Arm::Baseline, "cost")[0] == 0.0);
    CHECK(test::meanOf(r, Arm::Baseline, "cost")[1] == 700'000.0);
    CHECK(test::meanOf(r, Arm::Impact, "cost:admin")[1] == -700'000.0);

    const double f = std::pow(1.10, 1.0 / 12);
    double programDiscounted = 0;
    for (int t = 0; t <= 24; ++t) programDiscounted += cost[t] / std::pow(f, t);
    CHECK(test::meanOf(r, Arm::Program, "cost_discounted_cumulative")[24] ==
          doctest::Approx(programDiscounted).epsilon(1e-12));
    const double discounted = programDiscounted - 700'000.0 / f; // program - baseline
    CHECK(r.indicator("cost_discounted")->mean == doctest::Approx(discounted).epsilon(1e-12));
    const double added = r.indicator("additional_active")->mean;
    CHECK(added > 0);
    CHECK(r.indicator("cost_per_additional_active")->mean ==
          doctest::Approx(discounted / added).epsilon(1e-12));
    const double benefit = r.indicator("benefit_discounted")->mean;
    CHECK(r.indicator("benefit_cost_ratio")->mean == doctest::Approx(benefit / discounted));
    // No enterprise reaches kecil here, so its cost per addition is undefined.
    CHECK(std::isnan(r.indicator("cost_per_additional_kecil_or_above")->mean));
}

TEST_CASE("size classes follow annual sales 12 v_k under each scheme") {
    for (SizeScheme scheme : {SizeScheme::Pp7_2021, SizeScheme::Uu20_2008}) {
        Scenario s = test::smallScenario();
        s.size_classes.scheme = scheme;
        s.size_classes.micro_bands = {60'000'000};
        const auto compiled = test::compileOrFail(s);
        const double mikroLimit = scheme == SizeScheme::Pp7_2021 ? 2e9 : 300e6;
        const auto& classes = compiled->sizeClasses;
        REQUIRE(classes.size() == 4);
        CHECK(classes[0].name == "mikro");
        CHECK(12 * compiled->grid.value(classes[0].last) <= mikroLimit);
        CHECK(12 * compiled->grid.value(classes[1].first) > mikroLimit);
        CHECK(classes[1].first == classes[0].last + 1);
        CHECK(classes[3].last == compiled->grid.bins() - 1);
        REQUIRE(compiled->microBands.size() == 2);
        CHECK(compiled->microBands[0].first == 0);
        CHECK(compiled->microBands[1].last == classes[0].last);
        CHECK(12 * compiled->grid.value(compiled->microBands[0].last) <= 60e6);
    }
}
