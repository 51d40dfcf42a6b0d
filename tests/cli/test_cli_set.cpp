// `naikkelas set FILE KEY=VALUE...` and `run --set`: keys changed by key path, the rest of
// the file kept byte for byte, mistakes reported as in a file and nothing written.
#include "cli_support.hpp"
#include "scenario_files.hpp"
#include "temp_dir.hpp"
#include "text_lines.hpp"

#include "naikkelas/io/scenario_yaml.hpp"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

namespace fs = std::filesystem;
using nk::test::cli;
using nk::test::contains;
using nk::test::ProcessResult;
using nk::test::readAll;
using nk::test::TempDir;

using nk::test::linesOf;

namespace {

fs::path copyInto(const TempDir& dir, const fs::path& from) {
    const fs::path to = dir.path / from.filename();
    fs::copy_file(from, to);
    return to;
}

// The line numbers (0-based) where two texts of equally many lines differ.
std::vector<std::size_t> changedLines(const std::string& a, const std::string& b) {
    const auto x = linesOf(a);
    const auto y = linesOf(b);
    REQUIRE(x.size() == y.size());
    std::vector<std::size_t> out;
    for (std::size_t i = 0; i < x.size(); ++i)
        if (x[i] != y[i]) out.push_back(i);
    return out;
}

nk::Scenario loadFile(const fs::path& path) {
    const auto loaded = nk::io::loadScenarioFile(path.string());
    REQUIRE(loaded.scenario);
    return *loaded.scenario;
}

} // namespace

TEST_SUITE("cli set") {

    TEST_CASE("set changes one key of every shipped scenario and nothing else") {
        for (const auto& file : nk::test::scenarioFiles()) {
            CAPTURE(file);
            TempDir dir;
            const fs::path path = copyInto(dir, file);
            const std::string before = readAll(path);
            const ProcessResult r =
                cli({"set", path.string(), "parameters.volatility_monthly=0.12"});
            INFO(r.err);
            REQUIRE(r.status == 0);
            CHECK(contains(r.out, "1 key set"));
            const std::string after = readAll(path);
            const auto changed = changedLines(before, after);
            REQUIRE(changed.size() == 1);
            CHECK(contains(linesOf(after)[changed[0]], "volatility_monthly: 0.12"));
            CHECK(loadFile(path).parameters.volatility_monthly == 0.12);
        }
    }

    TEST_CASE("set takes entries by id or index, several keys, plugin parameters") {
        TempDir dir;
        const fs::path path = copyInto(dir, nk::test::scenarioFiles()[1]); // 001 Malang
        const nk::Scenario before = loadFile(path);
        REQUIRE(before.cohorts.size() > 2);
        const std::string id = before.cohorts[1].id;
        const ProcessResult r =
            cli({"set", path.string(), "cohorts[" + id + "].participants=31",
                 "cohorts[2].entry_month=3", "budget.envelope=1000000000",
                 "plugins[cohort_outcomes].kit_start_mult=2.5", "simulation.quantiles=[0.1, 0.9]"});
        INFO(r.err);
        REQUIRE(r.status == 0);
        CHECK(contains(r.out, "5 keys set"));
        nk::Scenario expected = before;
        expected.cohorts[1].participants = 31;
        expected.cohorts[2].entry_month = 3;
        expected.budget.envelope = 1'000'000'000;
        expected.plugins[0].params["kit_start_mult"] = 2.5;
        expected.simulation.quantiles = {0.1, 0.9};
        CHECK(loadFile(path) == expected);
        // Comments of the changed lines stay.
        CHECK(contains(readAll(path), "participants: 31  # article 001"));
    }

    TEST_CASE("--out writes another file and leaves FILE as it was") {
        TempDir dir;
        const fs::path path = copyInto(dir, nk::test::scenarioFiles()[0]);
        const std::string before = readAll(path);
        const fs::path out = dir.path / "copy.yaml";
        const ProcessResult r =
            cli({"set", path.string(), "scenario.horizon_months=48", "--out", out.string()});
        REQUIRE(r.status == 0);
        CHECK(readAll(path) == before);
        CHECK(changedLines(before, readAll(out)).size() == 1);
        CHECK(loadFile(out).scenario.horizon_months == 48);
    }

    TEST_CASE("a bad key, entry or value is reported as in a file and nothing is written") {
        const struct {
            std::string setting;
            std::string message;
        } cases[] = {
            {"cohorts[0].participnts=30", "cohorts[0].participnts: unknown key `participnts` "
                                          "(did you mean `participants`?)"},
            {"cohorts[blimbin].participants=30", "did you mean `blimbing`?"},
            {"cohorts[9].participants=30",
             "cohorts[9]: no such entry (cohorts has entries 0 to 4)"},
            {"cohorts[0].participants=abc", ":127:5: error: cohorts[0].participants: expected a "
                                            "whole number, got `abc`"},
            {"cohorts[0].entry_month=72", "entry month 72 is beyond the horizon"},
            {"budget.envelope=1.5", "whole rupiah"},
            {"plugins[cohort_outcomes].kit_start_mult=99", "99 is out of range (from 1 to 20)"},
            {"simulation.mode=montecarl", "did you mean `montecarlo`?"},
            {"a..b=1", "not a key path"},
        };
        for (const auto& c : cases) {
            CAPTURE(c.setting);
            TempDir dir;
            const fs::path path = copyInto(dir, nk::test::scenarioFiles()[1]);
            const std::string before = readAll(path);
            const ProcessResult r = cli({"set", path.string(), c.setting});
            INFO(r.err);
            CHECK(r.status == 1);
            CHECK(contains(r.err, path.string()));
            CHECK(contains(r.err, c.message));
            CHECK(contains(r.err, "not changed"));
            CHECK(readAll(path) == before);
            CHECK(fs::directory_iterator(dir.path) != fs::directory_iterator());
            CHECK(std::distance(fs::directory_iterator(dir.path), fs::directory_iterator()) == 1);
        }
    }

    TEST_CASE("set usage mistakes exit 2") {
        const std::string file = nk::test::scenarioFiles()[0].string();
        const struct {
            std::vector<std::string> args;
            std::string message;
        } cases[] = {
            {{"set"}, "set needs a scenario file and KEY=VALUE"},
            {{"set", file}, "set needs at least one KEY=VALUE"},
            {{"set", file, "participants"}, "expected KEY=VALUE"},
            {{"set", file, "=3"}, "expected KEY=VALUE"},
            {{"set", file, "a=1", "--mode", "both"}, "unknown option --mode"},
            {{"run", "--set", "participants"}, "--set expected KEY=VALUE"},
        };
        for (const auto& c : cases) {
            const ProcessResult r = cli(c.args);
            INFO(r.err);
            CHECK(r.status == 2);
            CHECK(contains(r.err, c.message));
        }
    }

    TEST_CASE("run --set changes keys for one run without touching the file") {
        TempDir dir;
        const fs::path path = copyInto(dir, nk::test::scenarioFiles()[1]);
        const std::string before = readAll(path);
        const ProcessResult plain = cli({"run", path.string(), "--format", "json"});
        REQUIRE(plain.status == 0);
        const ProcessResult changed =
            cli({"run", path.string(), "--format", "json", "--set", "cohorts[0].participants=260",
                 "--set", "parameters.volatility_monthly=0.2"});
        INFO(changed.err);
        REQUIRE(changed.status == 0);
        CHECK(changed.out != plain.out);
        CHECK(readAll(path) == before);
        // The same change written into the file gives the same run.
        REQUIRE(cli({"set", path.string(), "cohorts[0].participants=260",
                     "parameters.volatility_monthly=0.2"})
                    .status == 0);
        CHECK(cli({"run", path.string(), "--format", "json"}).out == changed.out);

        const ProcessResult bad = cli({"run", path.string(), "--set", "cohorts[0].participnts=3"});
        CHECK(bad.status == 1);
        CHECK(contains(bad.err, "did you mean `participants`?"));
        CHECK(bad.out.empty());
        // The embedded default scenario takes settings too.
        CHECK(cli({"run", "--set", "scenario.horizon_months=24"}).status == 0);
    }

    TEST_CASE("--help describes set and --set") {
        const ProcessResult r = cli({"--help"});
        CHECK(contains(r.out, "naikkelas set FILE KEY=VALUE..."));
        CHECK(contains(r.out, "--set KEY=VALUE"));
        CHECK(contains(r.out, "cohorts[blimbing].participants=30"));
    }
}
