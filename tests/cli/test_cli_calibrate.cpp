// `naikkelas calibrate`: the Malang example end to end (the written scenario loads and
// holds the reported estimates, stamped with the data file's digest), bad follow-up rows
// refused at their line with nothing written, and usage mistakes.
#include "cli_support.hpp"
#include "temp_dir.hpp"
#include "text_lines.hpp"

#include "naikkelas/io/scenario_yaml.hpp"
#include "naikkelas/io/sha256.hpp"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace fs = std::filesystem;
using nk::test::cli;
using nk::test::contains;
using nk::test::TempDir;

namespace {

const std::string kScenario = std::string(NK_SCENARIO_DIR) + "/001_malang_cookies_2023.yaml";
const std::string kData = std::string(NK_SCENARIO_DIR) + "/followup/malang_followup_2024.csv";

// The report's estimate row of `path`: was, estimate, interval low and high.
std::vector<std::string> estimateRow(const std::string& report, const std::string& path) {
    for (const auto& line : nk::test::linesOf(report)) {
        std::istringstream in(line);
        std::string first;
        in >> first;
        if (first != path) continue;
        std::vector<std::string> cells;
        for (std::string cell; in >> cell;)
            if (cell != "<=" && cell != ">=") cells.push_back(cell);
        return cells;
    }
    return {};
}

} // namespace

TEST_CASE("calibrate writes a scenario that loads and carries the reported estimates") {
    const TempDir dir;
    const fs::path out = dir.path / "calibrated.yaml";
    const auto r = cli({"calibrate", kScenario, "--data", kData, "--fit",
                        "parameters.closure_monthly_at_ref,parameters.start_revenue_median",
                        "--out", out.string(), "--lang", "en"});
    INFO(r.err);
    REQUIRE(r.status == 0);
    const auto loaded = nk::io::loadScenarioFile(out.string());
    REQUIRE(loaded.scenario);
    const auto closure = estimateRow(r.out, "parameters.closure_monthly_at_ref");
    const auto median = estimateRow(r.out, "parameters.start_revenue_median");
    REQUIRE(closure.size() == 4);
    REQUIRE(median.size() == 4);
    CHECK(closure[0] == "0.0072"); // the scenario's value
    CHECK(loaded.scenario->parameters.closure_monthly_at_ref ==
          doctest::Approx(std::stod(closure[1])));
    CHECK(loaded.scenario->parameters.start_revenue_median ==
          doctest::Approx(std::stod(median[1])));
    // The estimate moved and lies inside its interval.
    CHECK(std::stod(closure[1]) != doctest::Approx(0.0072));
    CHECK(std::stod(closure[2]) <= std::stod(closure[1]));
    CHECK(std::stod(closure[1]) <= std::stod(closure[3]));
    // Everything not fitted is the original's.
    const auto original = nk::io::loadScenarioFile(kScenario);
    nk::Scenario expected = *original.scenario;
    expected.parameters.closure_monthly_at_ref = loaded.scenario->parameters.closure_monthly_at_ref;
    expected.parameters.start_revenue_median = loaded.scenario->parameters.start_revenue_median;
    CHECK(*loaded.scenario == expected);

    std::string digest, error;
    REQUIRE(nk::io::sha256File(kData, digest, error));
    const std::string text = nk::test::readAll(out);
    CHECK(contains(text, digest));
    CHECK(contains(text, "malang_followup_2024.csv"));
    CHECK(contains(r.out, "Observed against fitted"));
    CHECK(contains(r.out, "model runs in"));
}

TEST_CASE("calibrate refuses a bad follow-up file at its line and writes nothing") {
    const TempDir dir;
    const fs::path data = dir.path / "bad.csv";
    std::ofstream(data) << "cohort,month,surveyed,running\nblimbing,12,24,11\nklojen,12,20,21\n";
    const fs::path out = dir.path / "calibrated.yaml";
    const auto r = cli({"calibrate", kScenario, "--data", data.string(), "--fit",
                        "parameters.closure_monthly_at_ref", "--out", out.string()});
    CHECK(r.status == 1);
    CHECK(contains(r.err, "bad.csv:3:"));
    CHECK(contains(r.err, "running"));
    CHECK(contains(r.err, "0 to the 20 surveyed"));
    CHECK_FALSE(fs::exists(out));
}

TEST_CASE("calibrate names a parameter it cannot fit and a missing option") {
    const TempDir dir;
    const fs::path out = dir.path / "calibrated.yaml";
    auto r = cli({"calibrate", kScenario, "--data", kData, "--fit", "parameters.closure_monthly",
                  "--out", out.string()});
    CHECK(r.status == 2);
    CHECK(contains(r.err, "parameters.closure_monthly"));
    CHECK(contains(r.err, "closure_monthly_at_ref"));
    r = cli({"calibrate", kScenario, "--data", kData, "--fit", "cohorts[blimbing].participants",
             "--out", out.string()});
    CHECK(r.status == 2);
    CHECK(contains(r.err, "whole number"));
    r = cli({"calibrate", kScenario, "--fit", "parameters.margin", "--out", out.string()});
    CHECK(r.status == 2);
    CHECK(contains(r.err, "--data"));
    r = cli({"calibrate", kScenario, "--data", kData, "--fit", "parameters.margin=0.5:2", "--out",
             out.string()});
    CHECK(r.status == 2);
    CHECK(contains(r.err, "valid range"));
    CHECK_FALSE(fs::exists(out));
}
