// The frontier and uncertainty designs on a real scenario with its plugins: draw d of
// every plan is replication d of one ordinary Monte Carlo run, plans are compared on
// the same draws, and the frontier's efficient set is the one a direct dominance check
// of ordinary runs gives.
#include "plugin_runs.hpp"

#include "naikkelas/decision/analysis.hpp"
#include "naikkelas/decision/evaluator.hpp"
#include "naikkelas/decision/factors.hpp"

#include <doctest/doctest.h>

using namespace nk;
using namespace nk::decision;

namespace {

std::vector<std::vector<double>> evaluateAll(const Evaluator& evaluator,
                                             const std::vector<std::vector<double>>& values) {
    std::vector<std::vector<double>> outputs;
    EvaluationOptions options;
    options.threads = 2;
    options.onPoint = [&](std::size_t, const PointOutcome& o) { outputs.push_back(o.outputs); };
    const EvaluationRun run = evaluatePoints(evaluator, values, 0, values.size(), options);
    INFO(run.error);
    REQUIRE(run.finished == values.size());
    return outputs;
}

Factor listed(const std::string& path, std::vector<double> values) {
    Factor f;
    f.path = path;
    f.values = std::move(values);
    return f;
}

} // namespace

TEST_SUITE("explore plans") {
    TEST_CASE("draw d of the uncertainty design is replication d of an ordinary run") {
        const Scenario kabat = test::scenarioFile("002_kabat_craft_clusters_2021.yaml");
        Experiment e;
        e.mode = RunMode::MonteCarlo;
        e.seed = 5;
        e.indicators = {"additional_active"};
        e.design.kind = DesignKind::Uncertainty;
        e.design.samples = 6;
        // One factor that stays at the scenario's own margin, and two plans that differ.
        e.factors = {
            listed("parameters.margin", {kabat.parameters.margin, kabat.parameters.margin})};
        e.design.plans = {{"as written", {}}, {"fewer", {{"cohorts[*].participants", 5}}}};
        const DesignPlan plan = planDesign(e);
        const auto values = pointValues(e, plan);
        REQUIRE(values.size() == 12u);
        const Evaluator evaluator(kabat, test::builtinPlugins(), e);
        CHECK(evaluator.stride() == 1u);
        const auto outputs = evaluateAll(evaluator, values);

        const ResultSet whole = test::runWithPlugins(kabat, RunMode::MonteCarlo, 6, e.seed);
        Scenario fewer = kabat;
        REQUIRE_FALSE(applyFactor(fewer, "cohorts[*].participants", 5).hasErrors());
        const ResultSet small = test::runWithPlugins(fewer, RunMode::MonteCarlo, 6, e.seed);
        std::size_t column = 0;
        while (whole.indicators[column].key != "additional_active") ++column;
        const std::size_t n = whole.indicators.size();
        for (std::size_t d = 0; d < 6; ++d) {
            CHECK(outputs[2 * d][0] == whole.replicationIndicators[d * n + column]);
            CHECK(outputs[2 * d + 1][0] == small.replicationIndicators[d * n + column]);
        }
        const auto analysis =
            analyzeExploration(e, plan, evaluator.indicators(), evaluator.stride(), outputs);
        REQUIRE(analysis.uncertainty);
        double better = 0;
        for (std::size_t d = 0; d < 6; ++d) {
            const double a = outputs[2 * d][0], b = outputs[2 * d + 1][0];
            better += b > a ? 1 : b == a ? 0.5 : 0;
        }
        CHECK(analysis.uncertainty->plans[1].probabilityBetter == doctest::Approx(better / 6));
    }

    TEST_CASE("the frontier's efficient plans are those no ordinary run dominates") {
        const Scenario kabat = test::scenarioFile("002_kabat_craft_clusters_2021.yaml");
        Experiment e;
        e.indicators = {"additional_active"};
        e.design.kind = DesignKind::Frontier;
        e.factors = {listed("cohorts[*].participants", {10, 25, 40}),
                     listed("programs[*].mentoring_months", {0, 12})};
        const DesignPlan plan = planDesign(e);
        const auto values = pointValues(e, plan);
        REQUIRE(values.size() == 6u);
        const Evaluator evaluator(kabat, test::builtinPlugins(), e);
        const auto analysis = analyzeExploration(
            e, plan, evaluator.indicators(), evaluator.stride(), evaluateAll(evaluator, values));
        REQUIRE(analysis.frontier.size() == 6u);
        std::vector<double> cost(6), gain(6);
        for (std::size_t p = 0; p < 6; ++p) {
            Scenario s = kabat;
            REQUIRE_FALSE(applyFactor(s, "cohorts[*].participants", values[p][0]).hasErrors());
            REQUIRE_FALSE(applyFactor(s, "programs[*].mentoring_months", values[p][1]).hasErrors());
            const ResultSet r = test::runWithPlugins(s);
            cost[p] = r.indicator("cost_discounted")->mean;
            gain[p] = r.indicator("additional_active")->mean;
        }
        for (std::size_t i = 0; i + 1 < 6; ++i)
            CHECK(analysis.frontier[i].cost <= analysis.frontier[i + 1].cost);
        for (const FrontierPoint& f : analysis.frontier) {
            CHECK(f.cost == doctest::Approx(cost[f.point]));
            bool dominated = false;
            for (std::size_t q = 0; q < 6; ++q)
                dominated |= cost[q] <= cost[f.point] && gain[q] >= gain[f.point] &&
                             (cost[q] < cost[f.point] || gain[q] > gain[f.point]);
            CHECK(f.efficient == !dominated);
        }
    }
}
