// `naikkelas explore`: the summary, the files, diagnostics at their line, and a run
// stopped part-way and resumed that leaves the same bytes as one uninterrupted run.
#include "cli_support.hpp"
#include "temp_dir.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>

using nk::test::cli;
using nk::test::contains;
using nk::test::ProcessResult;
using nk::test::readAll;

namespace {

std::string writeExperiment(const std::filesystem::path& dir, const std::string& design,
                            const std::string& extra = {}) {
    const std::string path = (dir / "experiment.yaml").string();
    std::ofstream(path) << "naikkelas: 1\n"
                           "experiment:\n"
                           "  scenario: " NK_SCENARIO_DIR "/002_kabat_craft_clusters_2021.yaml\n"
                           "  indicators: [additional_active, cost_discounted]\n"
                           "  design: "
                        << design
                        << "\n"
                           "  factors:\n"
                           "    - path: parameters.volatility_monthly\n"
                           "      range: [0.06, 0.14]\n"
                           "    - path: plugins[cohort_outcomes].kit_start_mult\n"
                           "      range: [1.5, 4]\n"
                           "      scale: log\n"
                           "    - path: cohorts[*].participants\n"
                           "      range: [10, 40]\n"
                           "      integer: true\n"
                        << extra;
    return path;
}

} // namespace

TEST_SUITE("cli explore") {
    TEST_CASE("an OAT experiment prints a tornado and writes its three files") {
        nk::test::TempDir temp;
        const std::string exp = writeExperiment(temp.path, "oat");
        const std::string out = (temp.path / "out").string();
        const ProcessResult r = cli({"explore", exp, "--out", out, "--lang", "en"});
        REQUIRE_MESSAGE(r.status == 0, r.err);
        CHECK(contains(r.out, "Exploration: oat, 7 points, 3 factors"));
        CHECK(contains(r.out, "cohorts[*].participants"));
        CHECK(contains(r.out, "at high"));
        const std::string points = readAll(temp.path / "out" / "points.csv");
        CHECK(points.rfind("point,parameters.volatility_monthly,plugins[cohort_outcomes]."
                           "kit_start_mult,cohorts[*].participants,additional_active,"
                           "cost_discounted\n",
                           0) == 0);
        CHECK(std::count(points.begin(), points.end(), '\n') == 8);
        const std::string sensitivity = readAll(temp.path / "out" / "sensitivity.csv");
        CHECK(contains(sensitivity, "oat,cohorts[*].participants,additional_active,swing_high,"));
        CHECK(contains(readAll(temp.path / "out" / "manifest.json"), "\"points_done\": 7"));
    }

    TEST_CASE("a resumed exploration equals an uninterrupted one, byte for byte") {
        nk::test::TempDir temp;
        const std::string exp =
            writeExperiment(temp.path, "{kind: sobol, samples: 4, bootstrap: 50}",
                            "  mode: montecarlo\n  replications: 5\n  seed: 3\n");
        const std::string whole = (temp.path / "whole").string();
        const std::string parts = (temp.path / "parts").string();
        REQUIRE(cli({"explore", exp, "--out", whole, "--threads", "2"}).status == 0);
        const ProcessResult first =
            cli({"explore", exp, "--out", parts, "--threads", "1", "--max-points", "7"});
        REQUIRE_MESSAGE(first.status == 0, first.err);
        CHECK(contains(first.err, "7 of 20 points saved"));
        CHECK_FALSE(std::filesystem::exists(temp.path / "parts" / "sensitivity.csv"));
        // A row cut short, as an interruption during a write would leave it.
        std::ofstream(temp.path / "parts" / "points.csv", std::ios::app) << "7,0.1";
        const ProcessResult rest = cli({"explore", exp, "--out", parts, "--resume"});
        REQUIRE_MESSAGE(rest.status == 0, rest.err);
        for (const char* file : {"points.csv", "sensitivity.csv", "manifest.json"}) {
            INFO(file);
            CHECK(readAll(temp.path / "whole" / file) == readAll(temp.path / "parts" / file));
        }
        CHECK(contains(readAll(temp.path / "whole" / "sensitivity.csv"), ",ST_hi,"));
    }

    TEST_CASE("resume refuses another experiment's points") {
        nk::test::TempDir temp;
        const std::string out = (temp.path / "out").string();
        REQUIRE(cli({"explore", writeExperiment(temp.path, "oat"), "--out", out}).status == 0);
        const ProcessResult r =
            cli({"explore", writeExperiment(temp.path, "{kind: grid, levels: 2}"), "--out", out,
                 "--resume"});
        CHECK(r.status == 1);
        CHECK(contains(r.err, "another experiment"));
    }

    TEST_CASE("mistakes in the experiment are reported at their line; usage errors exit 2") {
        nk::test::TempDir temp;
        const std::string exp = writeExperiment(
            temp.path, "oat", "    - path: parameters.margn\n      range: [0.2, 0.4]\n");
        const ProcessResult r = cli({"explore", exp, "--out", (temp.path / "o").string()});
        CHECK(r.status == 1);
        CHECK(contains(r.err, "experiment.yaml:15:13: error: experiment.factors[3].path"));
        CHECK(contains(r.err, "did you mean `margin`?"));
        CHECK(cli({"explore", exp}).status == 2);
        CHECK(cli({"explore", exp, "--out", "x", "--resum"}).status == 2);
    }

    TEST_CASE("a frontier writes frontier.csv with the efficient plans cheapest first") {
        nk::test::TempDir temp;
        const std::string exp = writeExperiment(temp.path, "{kind: frontier, levels: 2}");
        const ProcessResult r =
            cli({"explore", exp, "--out", (temp.path / "out").string(), "--lang", "en"});
        REQUIRE_MESSAGE(r.status == 0, r.err);
        CHECK(contains(r.out, "Budget frontier: "));
        CHECK(contains(r.out, "more per Rp 100 juta"));
        const std::string frontier = readAll(temp.path / "out" / "frontier.csv");
        CHECK(frontier.rfind("point,parameters.volatility_monthly,plugins[cohort_outcomes]."
                             "kit_start_mult,cohorts[*].participants,cost_discounted,"
                             "additional_active,efficient,hull\n",
                             0) == 0);
        CHECK(std::count(frontier.begin(), frontier.end(), '\n') == 9); // 2^3 plans
        CHECK(contains(frontier, ",1,1\n"));
        // The same table on stdout, and the analysis as JSON.
        const ProcessResult csv =
            cli({"explore", exp, "--out", (temp.path / "csv").string(), "--format", "csv"});
        REQUIRE(csv.status == 0);
        CHECK(csv.out == frontier);
        const ProcessResult json =
            cli({"explore", exp, "--out", (temp.path / "json").string(), "--format", "json"});
        REQUIRE(json.status == 0);
        CHECK(contains(json.out, "\"design\": \"frontier\""));
        CHECK(contains(json.out, "\"efficient\": true"));
        CHECK(cli({"explore", exp, "--out", "x", "--format", "xml"}).status == 2);
    }

    TEST_CASE("an uncertainty design writes its plans' comparison, the same on any thread count") {
        nk::test::TempDir temp;
        const std::string exp = writeExperiment(
            temp.path,
            "\n    kind: uncertainty\n    samples: 8\n    plans:\n      - name: as written\n"
            "      - name: \"no mentoring, fewer\"\n        set:\n"
            "          programs[*].mentoring_months: 0\n",
            "  mode: montecarlo\n  seed: 4\n");
        const ProcessResult one = cli({"explore", exp, "--out", (temp.path / "one").string(),
                                       "--threads", "1", "--lang", "en"});
        REQUIRE_MESSAGE(one.status == 0, one.err);
        CHECK(contains(one.out, "8 draws of the uncertain factors"));
        CHECK(contains(one.out, "P(better)"));
        CHECK(contains(one.out, "Acceptability"));
        REQUIRE(
            cli({"explore", exp, "--out", (temp.path / "two").string(), "--threads", "2"}).status ==
            0);
        for (const char* file : {"points.csv", "uncertainty.csv", "acceptability.csv"}) {
            INFO(file);
            CHECK(readAll(temp.path / "one" / file) == readAll(temp.path / "two" / file));
        }
        const std::string table = readAll(temp.path / "one" / "uncertainty.csv");
        CHECK(contains(table, "1,\"no mentoring, fewer\",additional_active,probability_better,"));
        CHECK(contains(table, "0,as written,additional_active,probability_better,0.5\n"));
        CHECK(readAll(temp.path / "one" / "points.csv").rfind("point,plan,draw,", 0) == 0);
    }
}
