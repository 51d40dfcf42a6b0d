// The `optimise` section of experiment files: what it reads, and each mistake refused at
// its line with the key path and what would be valid.
#include "naikkelas/decision/experiment.hpp"

#include <doctest/doctest.h>

using namespace nk;
using namespace nk::decision;

namespace {

const std::string kHead = "naikkelas: 1\n"
                          "experiment:\n"
                          "  mode: expected\n"
                          "  factors:\n"
                          "    - path: cohorts[*].participants\n"
                          "      range: [10, 40]\n"
                          "      step: 10\n"
                          "      integer: true\n"
                          "    - path: parameters.margin\n"
                          "      range: [0.2, 0.4]\n"
                          "  optimise:\n";

std::vector<Diagnostic> errorsOf(const std::string& text) {
    return loadExperimentText(text, "x.yaml").diagnostics.items();
}

} // namespace

TEST_SUITE("optimise section") {
    TEST_CASE("a full section reads as written") {
        const ExperimentLoad loaded = loadExperimentText(
            kHead + "    objective: {indicator: cost_discounted, sense: minimise}\n"
                    "    budget: false\n"
                    "    constraints:\n"
                    "      - sum:\n"
                    "          - path: parameters.margin\n"
                    "            coefficient: 2\n"
                    "          - path: cohorts[*].participants\n"
                    "        at_least: 30\n"
                    "    restarts: 2\n",
            "x.yaml");
        REQUIRE(loaded.experiment);
        const OptimiseSpec& o = *loaded.experiment->optimise;
        CHECK(o.objective.indicator == "cost_discounted");
        CHECK(o.objective.sense == Sense::Minimise);
        CHECK_FALSE(o.budget);
        REQUIRE(o.constraints.size() == 1);
        CHECK_FALSE(o.constraints[0].atMost);
        CHECK(o.constraints[0].bound == 30);
        REQUIRE(o.constraints[0].terms.size() == 2);
        CHECK(o.constraints[0].terms[0].factor == 1);
        CHECK(o.constraints[0].terms[0].coefficient == 2);
        CHECK(o.restarts == 2);
        CHECK(loaded.experiment->factors[0].step == 10);
    }

    TEST_CASE("a quantile needs Monte Carlo, at its line") {
        const auto e = errorsOf(kHead + "    objective:\n      quantile: 0.05\n");
        REQUIRE(e.size() == 1);
        CHECK(e[0].line == 13);
        CHECK(e[0].path == "experiment.optimise.objective.quantile");
        CHECK(e[0].hint.find("mode: montecarlo") != std::string::npos);
        const auto level = errorsOf(kHead + "    objective:\n      quantile: 0.1\n");
        REQUIRE(level.size() == 1); // the level first; the mode only for a valid level
        CHECK(level[0].hint == "one of: 0.05, 0.5, 0.95");
    }

    TEST_CASE("a design beside optimise, a bound twice and an unknown key are refused") {
        const auto design = errorsOf(kHead + "    budget: true\n  design: oat\n");
        REQUIRE(design.size() == 1);
        CHECK(design[0].path == "experiment.design");
        CHECK(design[0].line == 13);
        const auto bounds = errorsOf(kHead + "    constraints:\n"
                                             "      - sum:\n"
                                             "          - path: parameters.margin\n"
                                             "        at_most: 1\n"
                                             "        at_least: 0\n");
        REQUIRE(bounds.size() == 1);
        CHECK(bounds[0].path == "experiment.optimise.constraints[0]");
        CHECK(bounds[0].line == 13);
        const auto unknown = errorsOf(kHead + "    restart: 2\n");
        REQUIRE(unknown.size() == 1);
        CHECK(unknown[0].line == 12);
        CHECK(unknown[0].hint == "did you mean `restarts`?");
    }

    TEST_CASE("a step outside an optimisation, or on values, is refused") {
        const auto e = errorsOf("naikkelas: 1\nexperiment:\n  factors:\n"
                                "    - path: parameters.margin\n"
                                "      values: [0.2, 0.3]\n"
                                "      step: 0.1\n");
        REQUIRE(e.size() == 2);
        CHECK(e[0].path == "experiment.factors[0].step");
        CHECK(e[0].line == 6);
    }
}
