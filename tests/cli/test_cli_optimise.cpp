// `naikkelas optimise`: the files on a small Malang problem (two clusters, 0-3 ovens),
// the same bytes for 1 and 2 threads, constraints met, and a bad section refused at its
// line.
#include "cli_support.hpp"
#include "temp_dir.hpp"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

using nk::test::cli;
using nk::test::contains;
using nk::test::ProcessResult;
using nk::test::readAll;

namespace {

std::string writeProblem(const std::filesystem::path& dir, const std::string& optimise) {
    const std::string path = (dir / "problem.yaml").string();
    std::ofstream(path) << "naikkelas: 1\n"
                           "experiment:\n"
                           "  scenario: " NK_SCENARIO_DIR "/001_malang_cookies_2023.yaml\n"
                           "  indicators: [additional_active, additional_at_umk]\n"
                           "  factors:\n"
                           "    - path: clusters[purwantoro_cookies].equipment[deck_oven].units\n"
                           "      range: [0, 3]\n"
                           "      integer: true\n"
                           "    - path: clusters[sukun_cookies].equipment[deck_oven].units\n"
                           "      range: [0, 3]\n"
                           "      integer: true\n"
                           "  optimise:\n"
                        << optimise;
    return path;
}

const std::string kAtUmk =
    "    objective: {indicator: additional_at_umk}\n"
    "    constraints:\n"
    "      - sum:\n"
    "          - path: clusters[purwantoro_cookies].equipment[deck_oven].units\n"
    "          - path: clusters[sukun_cookies].equipment[deck_oven].units\n"
    "        at_most: 4\n";

} // namespace

TEST_SUITE("cli optimise") {
    TEST_CASE("a small problem writes its files, the same for 1 and 2 threads") {
        nk::test::TempDir temp;
        const std::string problem = writeProblem(temp.path, kAtUmk);
        std::string files[2];
        for (int threads : {1, 2}) {
            const std::string out = (temp.path / ("out" + std::to_string(threads))).string();
            const ProcessResult r = cli({"optimise", problem, "--out", out, "--threads",
                                         std::to_string(threads), "--lang", "en"});
            REQUIRE_MESSAGE(r.status == 0, r.err);
            CHECK(contains(r.out, "Method: every point tried"));
            CHECK(contains(r.out, "budget.envelope"));
            for (const char* name : {"best.yaml", "top10.csv", "comparison.csv"})
                files[threads - 1] += readAll(std::filesystem::path(out) / name);
        }
        CHECK(files[0] == files[1]);
        nk::test::TempDir check;
        const std::string best = (temp.path / "out1" / "best.yaml").string();
        CHECK(contains(readAll(best), "# Written by `naikkelas optimise"));
        // The best allocation is a ready-to-run scenario that keeps within the budget
        // (a run warns on an overrun) and the linear constraint.
        const ProcessResult run = cli({"run", best, "--lang", "en"});
        CHECK_MESSAGE(run.status == 0, run.err);
        CHECK_FALSE(contains(run.err, "exceed"));
        const std::string top = readAll(temp.path / "out1" / "top10.csv");
        std::istringstream rows(top);
        std::string row;
        std::getline(rows, row); // header
        int count = 0;
        while (std::getline(rows, row)) {
            ++count;
            std::istringstream cells(row);
            std::string rank, a, b;
            std::getline(cells, rank, ',');
            std::getline(cells, a, ',');
            std::getline(cells, b, ',');
            CHECK(std::stod(a) + std::stod(b) <= 4);
        }
        CHECK(count == 10);
        CHECK(contains(readAll(temp.path / "out1" / "comparison.csv"),
                       "indicator,unit,baseline,best,difference"));
    }

    TEST_CASE("a bad optimise section is refused at its line") {
        nk::test::TempDir temp;
        const std::string problem =
            writeProblem(temp.path, "    objective: {indicator: additional_activ}\n"
                                    "    constraints:\n"
                                    "      - sum:\n"
                                    "          - path: clusters[sukun].units\n"
                                    "        at_most: 4\n");
        const ProcessResult r = cli({"optimise", problem, "--out", (temp.path / "o").string()});
        CHECK(r.status == 1);
        CHECK(
            contains(r.err, "problem.yaml:13:28: error: experiment.optimise.objective.indicator"));
        CHECK(contains(r.err, "did you mean `additional_active`?"));
        CHECK(contains(
            r.err, "problem.yaml:16:19: error: experiment.optimise.constraints[0].sum[0].path"));
        CHECK_FALSE(std::filesystem::exists(temp.path / "o" / "best.yaml"));
    }
}
