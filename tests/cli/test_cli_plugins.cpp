// The command line with plugin modules: `naikkelas plugins`, --plugin-dir,
// NAIKKELAS_PLUGIN_PATH, parameter diagnostics at their lines, and the manifest's
// plugin records.
#include "../core/json_check.hpp"
#include "cli_support.hpp"
#include "temp_dir.hpp"

#include "naikkelas/io/sha256.hpp"
#include "naikkelas/plugin_api.h"

#include <filesystem>
#include <fstream>

namespace fs = std::filesystem;
using nk::test::cli;
using nk::test::contains;
using nk::test::ProcessOptions;
using nk::test::ProcessResult;
using nk::test::TempDir;

namespace {

const char* const kBuiltins[] = {"budget", "cluster_growth", "cohort_outcomes", "market_channels",
                                 "shocks"};

std::string builtinFile(const std::string& id) {
    return (fs::path(NK_CLI).parent_path() / "plugins" / (id + ".so")).string();
}

std::string abiText() {
    return std::to_string(NK_ABI_MAJOR) + "." + std::to_string(NK_ABI_MINOR);
}

// A scenario with one cohort and the given plugins block.
fs::path writeScenario(const TempDir& temp, const std::string& plugins) {
    const fs::path file = temp.path / "scenario.yaml";
    std::ofstream(file) << "naikkelas: 1\n"
                           "programs:\n"
                           "  - id: training\n"
                           "    cost_per_participant: 1_000_000\n"
                           "cohorts:\n"
                           "  - id: c1\n"
                           "    participants: 40\n"
                           "    program: training\n"
                        << plugins;
    return file;
}

} // namespace

TEST_SUITE("cli plugins") {
    TEST_CASE("`plugins` lists every builtin with version, ABI, file, digest and parameters") {
        const ProcessResult r = cli({"plugins", "--lang", "en"});
        REQUIRE_MESSAGE(r.status == 0, r.err);
        CHECK(contains(r.out, "Plugins found: 5"));
        for (const char* id : kBuiltins) {
            INFO(id);
            std::string digest, error;
            REQUIRE(nk::io::sha256File(builtinFile(id), digest, error));
            CHECK(contains(r.out, std::string(id) + " "));
            CHECK(contains(r.out, "(ABI " + abiText() + ")"));
            CHECK(contains(r.out, "file:   " + builtinFile(id)));
            CHECK(contains(r.out, "sha256: " + digest));
        }
        CHECK(contains(r.out, "parameter"));
        CHECK(contains(r.out, "default"));
    }

    TEST_CASE("`plugins` describes them in Indonesian by default") {
        const ProcessResult en = cli({"plugins", "--lang", "en"});
        const ProcessResult id = cli({"plugins"});
        REQUIRE(id.status == 0);
        CHECK(id.out != en.out); // the descriptions differ, the facts are the same
        CHECK(contains(id.out, "Plugins found: 5"));
    }

    TEST_CASE("a --plugin-dir that is not a folder is a usage error") {
        for (const char* command : {"plugins", "run", "validate"}) {
            std::vector<std::string> args{command, "--plugin-dir", "/nonexistent/plugins"};
            if (std::string(command) == "validate") args.push_back(NK_SCENARIO_DIR "/default.yaml");
            const ProcessResult r = cli(args);
            CHECK(r.status == 2);
            CHECK(contains(r.err, "--plugin-dir /nonexistent/plugins is not a folder"));
        }
        CHECK(cli({"plugins", "extra"}).status == 2);
    }

    TEST_CASE("a broken module in a searched folder is reported, and `plugins` exits 1") {
        TempDir temp;
        std::ofstream(temp.path / "broken.so") << "not a shared object\n";
        const ProcessResult r = cli({"plugins", "--plugin-dir", temp.path.string()});
        CHECK(r.status == 1);
        CHECK(contains(r.out, "not loaded: " + (temp.path / "broken.so").string()));
        // A run that does not need it still works, with a warning.
        const ProcessResult run = cli({"run", "--plugin-dir", temp.path.string()});
        CHECK(run.status == 0);
        CHECK(contains(run.err, "warning: " + (temp.path / "broken.so").string()));
    }

    TEST_CASE("an earlier folder wins: --plugin-dir, then NAIKKELAS_PLUGIN_PATH, then builtins") {
        TempDir first, second;
        fs::copy_file(builtinFile("shocks"), first.path / "shocks.so");
        fs::copy_file(builtinFile("shocks"), second.path / "shocks.so");
        ProcessOptions env;
        env.setEnv.emplace_back("NAIKKELAS_PLUGIN_PATH", second.path.string() + ":/nonexistent");
        const ProcessResult viaEnv = cli({"plugins"}, env);
        REQUIRE(viaEnv.status == 0);
        CHECK(contains(viaEnv.out, "file:   " + (second.path / "shocks.so").string()));
        CHECK(contains(viaEnv.out, "skipped (an earlier folder wins): " + builtinFile("shocks")));
        const ProcessResult viaFlag = cli({"plugins", "--plugin-dir", first.path.string()}, env);
        CHECK(contains(viaFlag.out, "file:   " + (first.path / "shocks.so").string()));
        CHECK(viaFlag.out.find("file:   " + (second.path / "shocks.so").string()) ==
              std::string::npos);
    }

    TEST_CASE("plugin parameters are checked at their lines: names, types, ranges, choices") {
        TempDir temp;
        const fs::path file = writeScenario(temp, "plugins:\n"
                                                  "  - id: budget\n"
                                                  "    params:\n"
                                                  "      overhead_shar: 0.1\n"
                                                  "      price_escalation_annual: yes please\n"
                                                  "  - id: cohort_outcomes\n"
                                                  "    params:\n"
                                                  "      training_start_mult: -3.0\n");
        const ProcessResult r = cli({"validate", file.string()});
        CHECK(r.status == 1);
        const std::string name = file.string();
        CHECK(contains(r.err, name + ":12:22: error: plugins[0].params.overhead_shar: unknown "
                                     "parameter `overhead_shar` of plugin `budget` (did you mean "
                                     "`overhead_share`?"));
        CHECK(contains(r.err, name + ":13:32: error: plugins[0].params.price_escalation_annual: "
                                     "expected a number, got `yes please`"));
        CHECK(contains(r.err, name + ":16:28: error: plugins[1].params.training_start_mult: -3 "
                                     "is out of range"));
    }

    TEST_CASE("a run's manifest records each plugin it used, with digest and parameters") {
        TempDir temp;
        const fs::path file = writeScenario(temp, "plugins:\n"
                                                  "  - id: budget\n"
                                                  "    params: {overhead_share: 0.1}\n"
                                                  "  - id: cohort_outcomes\n");
        const fs::path out = temp.path / "out";
        const ProcessResult r = cli({"run", file.string(), "--out", out.string(), "--lang", "en"});
        REQUIRE_MESSAGE(r.status == 0, r.err);
        CHECK(contains(r.out, "Plugins: budget"));
        const std::string manifest = nk::test::readAll(out / "manifest.json");
        nk::test::JsonChecker checker(manifest);
        CHECK(checker.valid());
        for (const char* id : {"budget", "cohort_outcomes"}) {
            std::string digest, error;
            REQUIRE(nk::io::sha256File(builtinFile(id), digest, error));
            CHECK(contains(manifest, "\"id\": \"" + std::string(id) + "\""));
            CHECK(contains(manifest, "\"sha256\": \"" + digest + "\""));
            CHECK(contains(manifest, "\"file\": \"" + builtinFile(id) + "\""));
        }
        CHECK(contains(manifest, "\"abi\": \"" + abiText() + "\""));
        CHECK(contains(manifest, "\"overhead_share\": 0.1")); // typed, not "0.1"
        CHECK(contains(manifest, "\"training_months\": 6"));  // an integer of cohort_outcomes
        CHECK(!contains(manifest, "\"id\": \"shocks\""));
    }

    TEST_CASE("without plugins the summary says the arms are equal; without budget, no costs") {
        TempDir temp;
        const ProcessResult none =
            cli({"run", writeScenario(temp, "plugins: []\n").string(), "--lang", "en"});
        REQUIRE(none.status == 0);
        CHECK(contains(none.out, "no plugin is active"));
        const ProcessResult noBudget =
            cli({"run", writeScenario(temp, "plugins: [{id: cohort_outcomes}]\n").string(),
                 "--lang", "en"});
        REQUIRE(noBudget.status == 0);
        CHECK(contains(noBudget.out, "no plugin gives cost lines"));
    }
}
