// The evaluator and the analysis on a real scenario with its plugins: OAT swings are
// differences of ordinary runs, outputs do not depend on the thread count, and an
// evaluation stopped and continued gives what one uninterrupted evaluation gives.
#include "plugin_runs.hpp"

#include "naikkelas/decision/evaluator.hpp"
#include "naikkelas/decision/exploration.hpp"
#include "naikkelas/decision/factors.hpp"
#include "naikkelas/scenario/schema_access.hpp"

#include <doctest/doctest.h>

#include <cmath>

using namespace nk;
using namespace nk::decision;

namespace {

Factor ranged(const std::string& path, double low, double high) {
    Factor f;
    f.path = path;
    f.low = low;
    f.high = high;
    return f;
}

Experiment kabatExperiment(DesignKind design, RunMode mode) {
    Experiment e;
    e.mode = mode;
    e.replications = 6;
    e.seed = 11;
    e.indicators = {"additional_active", "cost_per_additional_active"};
    Factor volatility = ranged("parameters.volatility_monthly", 0.06, 0.14);
    Factor kit = ranged("plugins[cohort_outcomes].kit_start_mult", 1.5, 4.0);
    kit.scale = Scale::Log;
    Factor participants = ranged("cohorts[*].participants", 10, 40);
    participants.integer = true;
    e.factors = {volatility, kit, participants};
    e.design.kind = design;
    e.design.samples = 5;
    return e;
}

std::vector<std::vector<double>> evaluateAll(const Evaluator& evaluator,
                                             const std::vector<std::vector<double>>& values,
                                             int threads, std::size_t first = 0) {
    std::vector<std::vector<double>> outputs;
    EvaluationOptions options;
    options.threads = threads;
    options.onPoint = [&](std::size_t, const PointOutcome& o) { outputs.push_back(o.outputs); };
    const EvaluationRun run = evaluatePoints(evaluator, values, first, values.size(), options);
    INFO(run.error);
    REQUIRE(run.finished == values.size() - first);
    return outputs;
}

} // namespace

TEST_SUITE("explore") {
    TEST_CASE("factor values: linear, log, integer and listed") {
        Factor linear = ranged("x", 2, 4);
        CHECK(factorValue(linear, 0.5) == 3);
        Factor log = ranged("x", 1, 4);
        log.scale = Scale::Log;
        CHECK(factorValue(log, 0.5) == doctest::Approx(2));
        Factor whole = ranged("x", 10, 40);
        whole.integer = true;
        CHECK(factorValue(whole, 0.51) == 25);
        Factor listed = ranged("x", 0, 0);
        listed.values = {1, 5, 9};
        CHECK(factorValue(listed, 0.0) == 1);
        CHECK(factorValue(listed, 0.5) == 5);
        CHECK(factorValue(listed, 1.0) == 9);
    }

    TEST_CASE("[*] sets every element and a plugin parameter lands in its params") {
        Scenario s = test::scenarioFile("002_kabat_craft_clusters_2021.yaml");
        REQUIRE(s.cohorts.size() >= 2);
        CHECK_FALSE(applyFactor(s, "cohorts[*].participants", 17).hasErrors());
        for (const auto& c : s.cohorts) CHECK(c.participants == 17);
        CHECK_FALSE(applyFactor(s, "plugins[cohort_outcomes].kit_start_mult", 2.5).hasErrors());
        CHECK(std::get<double>(s.plugins[0].params.at("kit_start_mult")) == 2.5);
    }

    TEST_CASE("OAT swings are the differences of ordinary runs at low, middle and high") {
        const Scenario kabat = test::scenarioFile("002_kabat_craft_clusters_2021.yaml");
        const Experiment e = kabatExperiment(DesignKind::Oat, RunMode::Expected);
        const DesignPlan plan = planDesign(e);
        const auto values = pointValues(e, plan);
        const Evaluator evaluator(kabat, test::builtinPlugins(), e);
        const auto rows = analyzeDesign(e, plan, evaluator.indicators(), evaluator.stride(),
                                        evaluateAll(evaluator, values, 2));
        // An ordinary run with every factor set as a file edit would set it.
        const auto direct = [&](int changed, double value) {
            Scenario s = kabat;
            for (std::size_t f = 0; f < e.factors.size(); ++f) {
                const double v = int(f) == changed ? value : factorValue(e.factors[f], 0.5);
                if (f == 2) {
                    for (std::size_t c = 0; c < s.cohorts.size(); ++c)
                        REQUIRE(schema::writeNumber(
                                    s, "cohorts[" + std::to_string(c) + "].participants", v)
                                    .ok());
                } else if (f == 1) {
                    s.plugins[0].params["kit_start_mult"] = v;
                } else {
                    REQUIRE(schema::writeNumber(s, e.factors[f].path, v).ok());
                }
            }
            return test::runWithPlugins(s).indicator("additional_active")->mean;
        };
        const double base = direct(-1, 0);
        for (int f = 0; f < 3; ++f) {
            double low = std::nan(""), high = std::nan("");
            for (const auto& r : rows)
                if (r.factor == e.factors[f].path && r.indicator == "additional_active")
                    (r.measure == "swing_low" ? low : high) = r.value;
            CHECK(low == doctest::Approx(direct(f, e.factors[f].low) - base).epsilon(1e-12));
            CHECK(high == doctest::Approx(direct(f, e.factors[f].high) - base).epsilon(1e-12));
        }
    }

    TEST_CASE("the tornado's base is the scenario as written, where the factor can take it") {
        const Scenario kabat = test::scenarioFile("002_kabat_craft_clusters_2021.yaml");
        Experiment e = kabatExperiment(DesignKind::Oat, RunMode::Expected);
        Factor outside = ranged("parameters.margin", 0.5, 0.9); // the file says 0.35
        Factor listedOne = ranged("cohorts[0].participants", 0, 0);
        listedOne.values = {10, 20, 30};
        e.factors.push_back(outside);
        e.factors.push_back(listedOne);
        const Point base = baseCoordinates(e, kabat, test::builtinPlugins());
        REQUIRE(base.size() == 5u);
        CHECK(base[0] == doctest::Approx(0.5)); // volatility 0.10 in [0.06, 0.14]
        // kit_start_mult is not in the file: the plugin's default 2.6, on a log scale
        CHECK(base[1] == doctest::Approx(std::log(2.6 / 1.5) / std::log(4.0 / 1.5)));
        CHECK(base[2] == 0.5);                  // cohorts hold 20 and 25: no one value
        CHECK(base[3] == 0.5);                  // outside the range
        CHECK(base[4] == doctest::Approx(0.5)); // 20, the middle value's share
        const auto values = pointValues(e, planDesign(e, base));
        CHECK(values[0][0] == doctest::Approx(0.10));
        CHECK(values[0][1] == doctest::Approx(2.6));
        CHECK(values[0][4] == 20);
    }

    TEST_CASE("Monte Carlo outputs are the same on one thread and on two") {
        const Scenario kabat = test::scenarioFile("002_kabat_craft_clusters_2021.yaml");
        const Experiment e = kabatExperiment(DesignKind::Lhs, RunMode::MonteCarlo);
        const auto values = pointValues(e, planDesign(e));
        const Evaluator evaluator(kabat, test::builtinPlugins(), e);
        CHECK(evaluator.outputNames().size() == 8);
        const auto one = evaluateAll(evaluator, values, 1);
        const auto two = evaluateAll(evaluator, values, 2);
        CHECK(one == two);
        // Points differ: the factors reach the runs.
        CHECK(one.front() != one.back());
    }

    TEST_CASE("a cancelled evaluation keeps a prefix, and the rest completes it") {
        const Scenario kabat = test::scenarioFile("002_kabat_craft_clusters_2021.yaml");
        Experiment e = kabatExperiment(DesignKind::Lhs, RunMode::Expected);
        // Many more points than threads: the cancel after the second point must leave
        // some never started, however the threads are scheduled.
        e.design.samples = 60;
        const auto values = pointValues(e, planDesign(e));
        const Evaluator evaluator(kabat, test::builtinPlugins(), e);
        const auto whole = evaluateAll(evaluator, values, 2);

        std::atomic<bool> cancel{false};
        std::vector<std::vector<double>> parts;
        EvaluationOptions options;
        options.threads = 2;
        options.cancel = &cancel;
        options.onPoint = [&](std::size_t point, const PointOutcome& o) {
            CHECK(point == parts.size()); // in point order
            parts.push_back(o.outputs);
            if (parts.size() == 2) cancel = true;
        };
        const EvaluationRun stopped = evaluatePoints(evaluator, values, 0, values.size(), options);
        CHECK(stopped.cancelled);
        CHECK(stopped.finished == parts.size());
        REQUIRE(parts.size() < values.size());
        for (auto& o : evaluateAll(evaluator, values, 1, parts.size())) parts.push_back(o);
        CHECK(parts == whole);
    }
}
