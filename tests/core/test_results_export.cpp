#include "json_check.hpp"
#include "naikkelas/engine/engine.hpp"
#include "naikkelas/io/results_export.hpp"
#include "naikkelas/io/scenario_yaml.hpp"
#include "naikkelas/io/sha256.hpp"
#include "naikkelas/results/series_names.hpp"
#include "temp_dir.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <limits>
#include <sstream>
#include <vector>

namespace fs = std::filesystem;
using nk::Arm;
using nk::ResultSet;
using nk::RunMode;

using nk::test::readAll;
using nk::test::TempDir;

namespace {

// Three months (H = 2), two arms and impact of "active", one cohort scope whose id has a
// comma (quoted in CSV), two indicators of which one is undefined.
ResultSet expectedSet() {
    ResultSet r;
    r.mode = RunMode::Expected;
    r.months = 3;
    r.start = "2025-01";
    r.series.push_back({Arm::Program, "total", "active", {10.0, 12.5, 0.1}, {}});
    r.series.push_back({Arm::Baseline, "total", "active", {10.0, 11.0, 0.0}, {}});
    r.series.push_back({Arm::Impact, "cohort:a,b", "active", {0.0, 1.5, 0.1}, {}});
    r.indicators.push_back({"additional_active", "enterprises", 0.1, {}});
    r.indicators.push_back({"cost_per_additional_kecil_or_above", "rupiah", std::nan(""), {}});
    r.manifest.version = "9.9.9";
    r.manifest.scenarioId = "id with \"quotes\"\nand a newline";
    r.manifest.scenarioSha256 = std::string(64, 'f');
    r.manifest.seed = 42;
    r.manifest.threads = 3;
    r.manifest.mode = "expected";
    return r;
}

ResultSet monteCarloSet() {
    ResultSet r;
    r.mode = RunMode::MonteCarlo;
    r.months = 3;
    r.start = "2025-01";
    r.replications = 50;
    r.quantileLevels = {0.05, 0.5, 0.95};
    r.series.push_back({Arm::Program,
                        "total",
                        "active",
                        {10.0, 12.25, 0.5},
                        {{9.0, 11.0, 0.0}, {10.0, 12.0, 0.0}, {11.0, 14.0, 2.0}}});
    r.indicators.push_back({"additional_active", "enterprises", 0.5, {0.0, 0.0, 2.0}});
    r.indicators.push_back({"benefit_cost_ratio",
                            "ratio",
                            std::numeric_limits<double>::infinity(),
                            {0.5, std::nan(""), 1.5}});
    r.manifest.version = "9.9.9";
    r.manifest.seed = 42;
    r.manifest.threads = 3;
    r.manifest.replications = 50;
    r.manifest.mode = "montecarlo";
    r.manifest.plugins = {{"budget",
                           "1.2.0",
                           "1.0",
                           "/opt/nk/budget.so",
                           std::string(64, 'a'),
                           {{"overhead_share", 0.1},
                            {"window_months", std::int64_t{22}},
                            {"pandemic", true},
                            {"mode", std::string("with \"quotes\"")}}}};
    return r;
}

std::vector<std::string> lines(const std::string& text) {
    std::vector<std::string> out;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) out.push_back(line);
    return out;
}

} // namespace

TEST_SUITE("results_export") {

    TEST_CASE("quantile column names") {
        CHECK(nk::io::quantileColumn(0.05) == "q05");
        CHECK(nk::io::quantileColumn(0.5) == "q50");
        CHECK(nk::io::quantileColumn(0.95) == "q95");
        CHECK(nk::io::quantileColumn(0.025) == "q025");
        CHECK(nk::io::quantileColumn(0.975) == "q975");
        CHECK(nk::io::quantileColumn(0.1) == "q10");
        CHECK(nk::io::quantileColumn(0.0) == "q00");
        CHECK(nk::io::quantileColumn(1.0) == "q100");
    }

    TEST_CASE("numbers are written with full precision") {
        CHECK(nk::io::shortestNumber(0.1) == "0.1");
        CHECK(nk::io::shortestNumber(12.5) == "12.5");
        CHECK(nk::io::shortestNumber(1.0 / 3.0) == "0.3333333333333333");
        CHECK(std::stod(nk::io::shortestNumber(2.0 / 3.0)) == 2.0 / 3.0);
        CHECK(nk::names::modeName(RunMode::MonteCarlo) == "montecarlo");
        CHECK(nk::names::modeName(RunMode::Expected) == "expected");
    }

    TEST_CASE("series.csv of an expected run: header, rows, empty quantile cells") {
        const std::vector<ResultSet> results{expectedSet()};
        const auto rows = lines(nk::io::seriesCsv(results));
        REQUIRE(rows.size() == 1 + 3 * 3);
        // No quantile levels in expected mode: the default columns, left empty.
        CHECK(rows[0] == "arm,scope,series,month,mode,mean,q05,q50,q95");
        CHECK(rows[1] == "program,total,active,0,expected,10,,,");
        CHECK(rows[2] == "program,total,active,1,expected,12.5,,,");
        CHECK(rows[3] == "program,total,active,2,expected,0.1,,,");
        CHECK(rows[4] == "baseline,total,active,0,expected,10,,,");
        CHECK(rows[9] == "impact,\"cohort:a,b\",active,2,expected,0.1,,,");
    }

    TEST_CASE("series.csv of a run in both modes") {
        const std::vector<ResultSet> results{expectedSet(), monteCarloSet()};
        const auto rows = lines(nk::io::seriesCsv(results));
        REQUIRE(rows.size() == 1 + 9 + 3);
        CHECK(rows[0] == "arm,scope,series,month,mode,mean,q05,q50,q95");
        CHECK(rows[1] == "program,total,active,0,expected,10,,,");
        CHECK(rows[10] == "program,total,active,0,montecarlo,10,9,10,11");
        CHECK(rows[11] == "program,total,active,1,montecarlo,12.25,11,12,14");
        CHECK(rows[12] == "program,total,active,2,montecarlo,0.5,0,0,2");
        for (const auto& row : rows) // every row has the header's nine cells (one quoted comma)
            CHECK(std::count(row.begin(), row.end(), ',') ==
                  (row.find('"') == std::string::npos ? 8 : 9));
    }

    TEST_CASE("quantiles of float draws are written at float precision, without noise") {
        ResultSet r = monteCarloSet();
        // Interpolating between two float draws in double arithmetic leaves digits that
        // no draw has: the q95 of 1000 draws between 53 and 54 prints as 53.049999999999955.
        const double position = 0.95 * 999.0;
        const double noisy = 53.0 + (position - std::floor(position)) * (54.0 - 53.0);
        REQUIRE(nk::io::shortestNumber(noisy) == "53.049999999999955");
        r.series[0].quantiles[2][1] = noisy;
        r.series[0].quantiles[0][1] = static_cast<float>(0.1); // a draw as stored
        r.series[0].mean[1] = 1.0 / 3.0;                       // means stay at double precision
        const std::vector<ResultSet> results{r};
        const auto rows = lines(nk::io::seriesCsv(results));
        CHECK(rows[2] == "program,total,active,1,montecarlo,0.3333333333333333,0.1,12,53.05");
        CHECK(nk::io::shortestFloat(noisy) == "53.05");
        CHECK(std::stof(nk::io::shortestFloat(2.0 / 3.0)) == static_cast<float>(2.0 / 3.0));
        CHECK(nk::io::shortestFloat(std::nan("")) == "nan");
    }

    TEST_CASE("quantile columns follow the run's levels") {
        ResultSet r = monteCarloSet();
        r.quantileLevels = {0.025, 0.5, 0.975};
        const std::vector<ResultSet> results{r};
        const auto rows = lines(nk::io::seriesCsv(results));
        CHECK(rows[0] == "arm,scope,series,month,mode,mean,q025,q50,q975");
    }

    TEST_CASE("indicators.json is valid, per mode, with null for non-finite numbers") {
        const std::vector<ResultSet> results{expectedSet(), monteCarloSet()};
        const std::string json = nk::io::indicatorsJson(results);
        nk::test::JsonChecker checker(json);
        CHECK_MESSAGE(checker.valid(), "invalid JSON at " << checker.position() << ":\n" << json);
        CHECK(json.find("\"start\": \"2025-01\"") != std::string::npos);
        CHECK(json.find("\"horizon_months\": 2") != std::string::npos);
        const auto expected = json.find("\"expected\": {");
        const auto montecarlo = json.find("\"montecarlo\": {");
        REQUIRE(expected != std::string::npos);
        REQUIRE(montecarlo != std::string::npos);
        CHECK(expected < montecarlo);
        // The undefined cost per enterprise of expected mode is null, not NaN.
        const auto cost = json.find("\"cost_per_additional_kecil_or_above\": {");
        REQUIRE(cost != std::string::npos);
        CHECK(cost < montecarlo);
        CHECK(json.find("\"unit\": \"rupiah\"", cost) != std::string::npos);
        CHECK(json.find("\"mean\": null", cost) < montecarlo);
        // Monte Carlo quantiles by level name; infinities and NaN are null too.
        CHECK(json.find("\"quantile_levels\": [0.05, 0.5, 0.95]") != std::string::npos);
        CHECK(json.find("\"quantiles\": {\n", montecarlo) != std::string::npos);
        CHECK(json.find("\"q95\": 2", montecarlo) != std::string::npos);
        const auto ratio = json.find("\"benefit_cost_ratio\": {");
        REQUIRE(ratio != std::string::npos);
        CHECK(json.find("\"mean\": null", ratio) != std::string::npos);
        CHECK(json.find("\"q50\": null", ratio) != std::string::npos);
        CHECK(json.find("\"q05\": 0.5", ratio) != std::string::npos);
        CHECK(json.find("nan") == std::string::npos);
        CHECK(json.find("inf") == std::string::npos);
    }

    TEST_CASE("manifest.json carries the run manifest, start, levels, escaped strings") {
        const std::vector<ResultSet> results{expectedSet(), monteCarloSet()};
        nk::io::ManifestExtras extras;
        extras.scenarioFile = "scenarios/x.yaml";
        extras.files.emplace_back("series.csv", "abc");
        const std::string json = nk::io::manifestJson(results, extras);
        nk::test::JsonChecker checker(json);
        CHECK_MESSAGE(checker.valid(), "invalid JSON at " << checker.position() << ":\n" << json);
        CHECK(json.find("\"version\": \"9.9.9\"") != std::string::npos);
        CHECK(json.find("\"scenario_id\": \"id with \\\"quotes\\\"\\nand a newline\"") !=
              std::string::npos);
        CHECK(json.find("\"scenario_sha256\": \"" + std::string(64, 'f') + "\"") !=
              std::string::npos);
        CHECK(json.find("\"scenario_file\": \"scenarios/x.yaml\"") != std::string::npos);
        CHECK(json.find("\"start\": \"2025-01\"") != std::string::npos);
        CHECK(json.find("\"mode\": \"both\"") != std::string::npos);
        CHECK(json.find("\"seed\": 42") != std::string::npos);
        CHECK(json.find("\"threads\": 3") != std::string::npos);
        CHECK(json.find("\"plugins\": []") != std::string::npos); // from the first set
        CHECK(json.find("\"replications\": 50") != std::string::npos);
        CHECK(json.find("\"quantile_levels\": [0.05, 0.5, 0.95]") != std::string::npos);
        CHECK(json.find("\"series.csv\": \"abc\"") != std::string::npos);
        CHECK(json.find("\"ranks\"") == std::string::npos); // one process: not recorded
    }

    TEST_CASE("manifest.json records the ranks and hosts of a distributed run") {
        const std::vector<ResultSet> results{monteCarloSet()};
        nk::io::ManifestExtras extras;
        extras.ranks = 3;
        extras.hosts = {"node1", "node2"};
        const std::string json = nk::io::manifestJson(results, extras);
        nk::test::JsonChecker checker(json);
        CHECK_MESSAGE(checker.valid(), "invalid JSON at " << checker.position() << ":\n" << json);
        CHECK(json.find("\"ranks\": 3,\n") != std::string::npos);
        CHECK(json.find("\"hosts\": [\"node1\", \"node2\"]") != std::string::npos);
    }

    TEST_CASE("manifest.json records each plugin: id, version, ABI, file, digest, parameters") {
        const std::vector<ResultSet> results{monteCarloSet()};
        const std::string json = nk::io::manifestJson(results);
        nk::test::JsonChecker checker(json);
        CHECK_MESSAGE(checker.valid(), "invalid JSON at " << checker.position() << ":\n" << json);
        for (const char* expected :
             {"\"id\": \"budget\"", "\"version\": \"1.2.0\"", "\"abi\": \"1.0\"",
              "\"file\": \"/opt/nk/budget.so\"", "\"overhead_share\": 0.1,",
              "\"window_months\": 22,", "\"pandemic\": true,", "\"mode\": \"with \\\"quotes\\\"\""})
            CHECK_MESSAGE(json.find(expected) != std::string::npos, expected);
        CHECK(json.find("\"sha256\": \"" + std::string(64, 'a') + "\"") != std::string::npos);
    }

    TEST_CASE("writeRunOutputs creates the directory and writes the three files") {
        TempDir temp;
        const fs::path dir = temp.path / "nested" / "out";
        const std::vector<ResultSet> results{expectedSet(), monteCarloSet()};
        std::string error;
        REQUIRE_MESSAGE(nk::io::writeRunOutputs(dir.string(), results, {}, error), error);
        const std::string series = readAll(dir / "series.csv");
        CHECK(series == nk::io::seriesCsv(results));
        CHECK(readAll(dir / "indicators.json") == nk::io::indicatorsJson(results));
        const std::string manifest = readAll(dir / "manifest.json");
        CHECK(nk::test::isValidJson(manifest));
        // The manifest records the digests of the files written beside it.
        CHECK(manifest.find("\"series.csv\": \"" + nk::io::sha256Hex(series) + "\"") !=
              std::string::npos);
        // No temporary files are left behind.
        int files = 0;
        for ([[maybe_unused]] const auto& entry : fs::directory_iterator(dir)) ++files;
        CHECK(files == 3);

        // Writing again over existing files works (rename replaces them).
        CHECK(nk::io::writeRunOutputs(dir.string(), results, {}, error));
    }

    TEST_CASE("writeRunOutputs into an impossible path fails cleanly") {
        TempDir temp;
        const fs::path file = temp.path / "plain_file";
        std::ofstream(file) << "not a directory";
        const std::vector<ResultSet> results{expectedSet()};
        std::string error;
        // A directory cannot be made under a regular file, even by root.
        CHECK_FALSE(nk::io::writeRunOutputs((file / "out").string(), results, {}, error));
        CHECK(error.find("cannot create directory") != std::string::npos);
        CHECK_FALSE(fs::exists(file / "out"));
        // The target itself being a file is refused too, and the file is left as it was.
        error.clear();
        CHECK_FALSE(nk::io::writeRunOutputs(file.string(), results, {}, error));
        CHECK_FALSE(error.empty());
        CHECK(readAll(file) == "not a directory");
        // Nothing to write is an error, not an empty directory.
        CHECK_FALSE(nk::io::writeRunOutputs((temp.path / "empty").string(), {}, {}, error));
        CHECK_FALSE(fs::exists(temp.path / "empty"));
    }

    TEST_CASE("export of the default scenario's expected run") {
        const auto loaded = nk::io::loadScenarioFile(NK_SCENARIO_DIR "/default.yaml");
        REQUIRE(loaded.scenario.has_value());
        const auto compiled = nk::compileScenario(*loaded.scenario);
        REQUIRE(compiled.compiled != nullptr);
        nk::RunOptions options = nk::defaultRunOptions(*compiled.compiled);
        options.mode = RunMode::Expected;
        const nk::RunOutcome outcome = nk::runScenario(*compiled.compiled, options);
        REQUIRE_MESSAGE(outcome.ok, outcome.error);
        const std::vector<ResultSet> results{outcome.results};
        const int months = compiled.compiled->horizon + 1;

        const auto rows = lines(nk::io::seriesCsv(results));
        CHECK(rows[0] == "arm,scope,series,month,mode,mean,q05,q50,q95");
        CHECK(rows.size() == 1 + outcome.results.series.size() * static_cast<std::size_t>(months));
        CHECK(
            std::find(rows.begin(), rows.end(),
                      "program,total,active," + std::to_string(months - 1) + ",expected," +
                          nk::io::shortestNumber(
                              outcome.results.find(Arm::Program, "total", "active")->mean.back()) +
                          ",,,") != rows.end());

        const std::string json = nk::io::indicatorsJson(results);
        CHECK(nk::test::isValidJson(json));
        for (const auto& indicator : outcome.results.indicators)
            CHECK(json.find("\"" + indicator.key + "\": {") != std::string::npos);
        CHECK(nk::test::isValidJson(nk::io::manifestJson(results)));
    }

} // TEST_SUITE
