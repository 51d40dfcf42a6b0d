// Experiment files: what the reader and checkExperiment report, at which line, with which
// hint. The checks use the real scenario files and plugin modules.
#include "plugin_runs.hpp"

#include "naikkelas/decision/experiment.hpp"

#include <doctest/doctest.h>

using namespace nk;
using namespace nk::decision;

namespace {

const std::string kHead = "naikkelas: 1\n"
                          "experiment:\n"
                          "  scenario: ../002_kabat_craft_clusters_2021.yaml\n"
                          "  design: oat\n"
                          "  factors:\n";

// The diagnostics of reading and checking `text` against Kabat, one line each.
std::vector<Diagnostic> problemsOf(const std::string& text) {
    ExperimentLoad loaded = loadExperimentText(text, "x.yaml");
    if (!loaded.experiment) return loaded.diagnostics.items();
    const Scenario kabat = test::scenarioFile("002_kabat_craft_clusters_2021.yaml");
    Diagnostics checked =
        checkExperiment(*loaded.experiment, kabat, test::builtinPlugins(), loaded.positions);
    return checked.items();
}

std::string joined(const std::vector<Diagnostic>& items) {
    std::string out;
    for (const auto& d : items) out += formatDiagnostic(d) + "\n";
    return out;
}

} // namespace

TEST_SUITE("experiment file") {
    TEST_CASE("a valid experiment reads and checks clean") {
        const auto problems =
            problemsOf(kHead + "    - path: parameters.volatility_monthly\n"
                               "      range: [0.05, 0.2]\n"
                               "    - path: plugins[cohort_outcomes].kit_start_mult\n"
                               "      range: [1.5, 4]\n"
                               "      scale: log\n"
                               "    - path: cohorts[*].participants\n"
                               "      range: [10, 40]\n"
                               "      integer: true\n");
        CHECK_MESSAGE(problems.empty(), joined(problems));
    }

    TEST_CASE("an unknown key names its line and the key meant") {
        const auto problems = problemsOf("naikkelas: 1\nexperiment:\n  scenaro: default\n"
                                         "  factors:\n    - path: parameters.margin\n"
                                         "      range: [0.2, 0.4]\n");
        REQUIRE(problems.size() == 1);
        CHECK(problems[0].line == 3);
        CHECK(problems[0].path == "experiment.scenaro");
        CHECK(problems[0].hint == "did you mean `scenario`?");
        const auto design = problemsOf(kHead + "    - path: parameters.margin\n"
                                               "      rnge: [0.2, 0.4]\n");
        CHECK(joined(design).find("x.yaml:7:7") != std::string::npos);
        CHECK(joined(design).find("did you mean `range`?") != std::string::npos);
    }

    TEST_CASE("a path that names nothing is an error at its line") {
        const auto problems = problemsOf(kHead + "    - path: parameters.margin\n"
                                                 "      range: [0.2, 0.4]\n"
                                                 "    - path: parameters.volatilty_monthly\n"
                                                 "      range: [0.05, 0.2]\n");
        REQUIRE(problems.size() == 1);
        CHECK(problems[0].line == 8);
        CHECK(problems[0].path == "experiment.factors[1].path");
        CHECK(problems[0].hint.find("volatility_monthly") != std::string::npos);
        const auto plugin =
            problemsOf(kHead + "    - path: plugins[cohort_outcomez].kit_start_mult\n"
                               "      range: [1.5, 4]\n");
        REQUIRE(plugin.size() == 1);
        CHECK(plugin[0].line == 6);
    }

    TEST_CASE("a value outside the key's range is an error at the range") {
        const auto schemaKey = problemsOf(kHead + "    - path: parameters.margin\n"
                                                  "      range: [0.2, 1.5]\n");
        REQUIRE(schemaKey.size() == 1);
        CHECK(schemaKey[0].line == 7);
        CHECK(schemaKey[0].path == "experiment.factors[0].range");
        CHECK(schemaKey[0].message.find("1.5") != std::string::npos);
        // A plugin's parameter: the plugin's declaration decides (kit_start_mult >= 1).
        const auto plugin =
            problemsOf(kHead + "    - path: plugins[cohort_outcomes].kit_start_mult\n"
                               "      values: [0.5, 2]\n");
        REQUIRE(plugin.size() == 1);
        CHECK(plugin[0].line == 7);
        CHECK(plugin[0].message.find("out of range") != std::string::npos);
        // A whole-number key over a range needs `integer: true`.
        const auto whole =
            problemsOf(kHead + "    - path: plugins[cohort_outcomes].catch_up_months\n"
                               "      range: [12, 38]\n");
        REQUIRE(whole.size() == 1);
        CHECK(whole[0].hint.find("integer: true") != std::string::npos);
    }

    TEST_CASE("a key varied twice is an error at the second factor") {
        const auto problems = problemsOf(kHead + "    - path: cohorts[*].participants\n"
                                                 "      range: [10, 40]\n"
                                                 "      integer: true\n"
                                                 "    - path: cohorts[0].participants\n"
                                                 "      values: [20, 30]\n");
        REQUIRE(problems.size() == 1);
        CHECK(problems[0].line == 9);
        CHECK(problems[0].message.find("varied twice") != std::string::npos);
    }

    TEST_CASE("design, mode and indicators are checked with their hints") {
        const auto problems = problemsOf("naikkelas: 1\nexperiment:\n  mode: montecarl\n"
                                         "  design: {kind: sobol, samples: 1}\n"
                                         "  factors:\n    - path: parameters.margin\n"
                                         "      range: [0.4, 0.2]\n");
        const std::string text = joined(problems);
        CHECK(text.find("x.yaml:3:9") != std::string::npos);
        CHECK(text.find("did you mean `montecarlo`?") != std::string::npos);
        CHECK(text.find("experiment.design.samples") != std::string::npos);
        CHECK(text.find("low end must lie below") != std::string::npos);
        const auto indicator = problemsOf(kHead + "    - path: parameters.margin\n"
                                                  "      range: [0.2, 0.4]\n"
                                                  "  indicators: [additional_activ]\n");
        REQUIRE(indicator.size() == 1);
        CHECK(indicator[0].hint == "did you mean `additional_active`?");
        CHECK(indicator[0].line == 8);
    }

    TEST_CASE("distributions, plans and grid sizes are checked at their line") {
        const std::string head = "naikkelas: 1\nexperiment:\n"
                                 "  scenario: ../002_kabat_craft_clusters_2021.yaml\n";
        // A distribution in a design that does not sample, and one missing a key.
        const auto oat = joined(
            problemsOf(head + "  design: oat\n  factors:\n    - path: parameters.margin\n"
                              "      distribution: {kind: triangular, low: 0.2, high: 0.5}\n"));
        CHECK(oat.find("x.yaml:7:21: error: experiment.factors[0].distribution: a triangular "
                       "distribution needs `mode`") != std::string::npos);
        CHECK(oat.find("a distribution needs a design that samples") != std::string::npos);
        // A key that does not belong to the kind.
        const auto extra = joined(
            problemsOf(head + "  design: lhs\n  factors:\n    - path: parameters.margin\n"
                              "      distribution: {kind: beta, alpha: 2, beta: 3, mode: 1}\n"));
        CHECK(extra.find("`mode` does not apply to a beta distribution") != std::string::npos);
        // A normal whose tails leave the key's range: bound it.
        const auto tails =
            joined(problemsOf(head + "  design: lhs\n  factors:\n    - path: parameters.margin\n"
                                     "      distribution: {kind: normal, mean: 0.35, sd: 0.1}\n"));
        CHECK(tails.find("bound the distribution with `low` and `high`") != std::string::npos);
        // Plans outside the uncertainty design, and a plan setting out of range.
        const std::string factor = "  factors:\n    - path: parameters.margin\n"
                                   "      range: [0.2, 0.4]\n";
        const std::string plans = "    plans:\n      - name: a\n      - name: b\n"
                                  "        set:\n          cohorts[*].participants: -3\n";
        const auto misplaced =
            joined(problemsOf(head + factor + "  design:\n    kind: oat\n" + plans));
        CHECK(misplaced.find("plans are compared by the `uncertainty` design") !=
              std::string::npos);
        const auto range = problemsOf(head + factor + "  design:\n    kind: uncertainty\n" + plans);
        REQUIRE(range.size() == 1);
        CHECK(range[0].path == "experiment.design.plans[1].set.cohorts[*].participants");
        CHECK(range[0].line == 13);
        // A grid beyond 100 000 points.
        std::string many = head + "  design: {kind: grid, levels: 100}\n  factors:\n";
        for (const char* key : {"margin", "volatility_monthly", "drift_monthly"})
            many += std::string("    - path: parameters.") + key + "\n      range: [0, 0.3]\n";
        CHECK(joined(problemsOf(many)).find("the grid has 1000000 points") != std::string::npos);
    }
}
