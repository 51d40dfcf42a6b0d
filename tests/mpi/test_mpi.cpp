// naikkelas over `mpirun --oversubscribe -n 3` (NK_WITH_MPI builds only), as a user runs
// it: explore, optimise and run --mode montecarlo give the single-process files byte for
// byte (the manifests apart from their ranks and hosts), a killed exploration resumes to the
// same bytes with MPI or without, and a failing rank stops all with one message.
#include "cli_support.hpp"
#include "temp_dir.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <chrono>
#include <csignal>
#include <fcntl.h>
#include <filesystem>
#include <fstream>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

using nk::test::cli;
using nk::test::contains;
using nk::test::ProcessResult;
using nk::test::readAll;
namespace fs = std::filesystem;

namespace {

const std::vector<std::pair<std::string, std::string>> kRootAllowed = {
    {"OMPI_ALLOW_RUN_AS_ROOT", "1"}, {"OMPI_ALLOW_RUN_AS_ROOT_CONFIRM", "1"}};

std::vector<std::string> mpiArgs(const std::vector<std::string>& args) {
    std::vector<std::string> all = {"--oversubscribe", "-n", "3", NK_CLI};
    all.insert(all.end(), args.begin(), args.end());
    return all;
}

ProcessResult mpirun(const std::vector<std::string>& args) {
    nk::test::ProcessOptions options;
    options.setEnv = kRootAllowed;
    options.unsetEnv = {"LANG", "LC_ALL", "NAIKKELAS_PLUGIN_PATH"};
    ProcessResult r = nk::test::runProcess(NK_MPIEXEC, mpiArgs(args), options);
    REQUIRE_FALSE(r.timedOut);
    return r;
}

// The manifest without the lines that record where the run ran.
std::string withoutRanks(const std::string& manifest) {
    std::string out;
    std::size_t begin = 0;
    while (begin < manifest.size()) {
        const std::size_t end = std::min(manifest.find('\n', begin), manifest.size() - 1) + 1;
        const std::string line = manifest.substr(begin, end - begin);
        if (!contains(line, "\"ranks\": ") && !contains(line, "\"hosts\": ")) out += line;
        begin = end;
    }
    return out;
}

// `ranks` was written by a run over 3 ranks when `recorded`.
void requireSameFiles(const fs::path& single, const fs::path& ranks, bool recorded = true) {
    std::size_t files = 0;
    for (const auto& entry : fs::directory_iterator(single)) {
        const std::string name = entry.path().filename().string();
        INFO(name);
        REQUIRE(fs::exists(ranks / name));
        const std::string a = readAll(entry.path());
        const std::string b = readAll(ranks / name);
        if (name == "manifest.json") {
            CHECK(contains(b, "\"ranks\": 3,") == recorded);
            CHECK(withoutRanks(b) == a);
        } else {
            CHECK(a == b);
        }
        ++files;
    }
    CHECK(files >= 3);
}

std::string writeExperiment(const fs::path& dir, const std::string& samples) {
    const std::string path = (dir / "experiment.yaml").string();
    std::ofstream(path) << "naikkelas: 1\n"
                           "experiment:\n"
                           "  scenario: " NK_SCENARIO_DIR "/002_kabat_craft_clusters_2021.yaml\n"
                           "  indicators: [additional_active, cost_discounted]\n"
                           "  design: {kind: sobol, samples: "
                        << samples
                        << ", bootstrap: 50}\n"
                           "  mode: montecarlo\n"
                           "  replications: 5\n"
                           "  seed: 3\n"
                           "  factors:\n"
                           "    - path: parameters.volatility_monthly\n"
                           "      range: [0.06, 0.14]\n"
                           "    - path: plugins[cohort_outcomes].kit_start_mult\n"
                           "      range: [1.5, 4]\n"
                           "    - path: cohorts[*].participants\n"
                           "      range: [10, 40]\n"
                           "      integer: true\n";
    return path;
}

std::size_t rowsOf(const fs::path& table) {
    const std::string text = readAll(table);
    const auto lines = static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n'));
    return lines > 0 ? lines - 1 : 0;
}

// Starts mpirun, and once `table` holds `rows` rows kills it as a job scheduler would
// (SIGTERM to mpirun, which ends every rank). Returns whether it was still running.
bool killWhenRows(const std::vector<std::string>& args, const fs::path& table, std::size_t rows) {
    const pid_t pid = ::fork();
    REQUIRE(pid >= 0);
    if (pid == 0) {
        for (const auto& [name, value] : kRootAllowed) ::setenv(name.c_str(), value.c_str(), 1);
        std::vector<std::string> all = mpiArgs(args);
        all.insert(all.begin(), NK_MPIEXEC);
        std::vector<char*> argv;
        for (auto& a : all) argv.push_back(a.data());
        argv.push_back(nullptr);
        const int quiet = ::open("/dev/null", O_WRONLY);
        ::dup2(quiet, STDOUT_FILENO);
        ::dup2(quiet, STDERR_FILENO);
        ::execv(NK_MPIEXEC, argv.data());
        ::_exit(127);
    }
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(120);
    bool running = true;
    int status = 0;
    while (std::chrono::steady_clock::now() < deadline) {
        if (::waitpid(pid, &status, WNOHANG) == pid) {
            running = false;
            break;
        }
        if (fs::exists(table) && rowsOf(table) >= rows) break;
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    if (running) {
        ::kill(pid, SIGTERM);
        ::waitpid(pid, &status, 0);
    }
    return running;
}

} // namespace

TEST_SUITE("mpi") {
    TEST_CASE("mpi: explore over 3 ranks writes the single-process files byte for byte") {
        nk::test::TempDir temp;
        const std::string exp = writeExperiment(temp.path, "6");
        const fs::path single = temp.path / "single", ranks = temp.path / "ranks";
        const ProcessResult one = cli({"explore", exp, "--out", single.string(), "--lang", "en"});
        REQUIRE_MESSAGE(one.status == 0, one.err);
        const ProcessResult three =
            mpirun({"explore", exp, "--out", ranks.string(), "--lang", "en", "--threads", "2"});
        REQUIRE_MESSAGE(three.status == 0, three.err);
        requireSameFiles(single, ranks);
        // The summary is printed once, by rank 0.
        const std::string heading = "Exploration: sobol";
        REQUIRE(contains(three.out, heading));
        CHECK(three.out.find(heading) == three.out.rfind(heading));
    }

    TEST_CASE("mpi: optimise over 3 ranks writes the single-process files byte for byte") {
        nk::test::TempDir temp;
        // Every allocation of the Malang ovens tried, and a continuous factor searched by
        // COBYLA one candidate at a time, in Monte Carlo.
        std::ofstream(temp.path / "mixed.yaml")
            << "naikkelas: 1\nexperiment:\n"
               "  scenario: " NK_SCENARIO_DIR "/002_kabat_craft_clusters_2021.yaml\n"
               "  indicators: [additional_active]\n  mode: montecarlo\n  replications: 3\n"
               "  factors:\n"
               "    - path: parameters.volatility_monthly\n      range: [0.06, 0.14]\n"
               "    - path: cohorts[*].participants\n      range: [10, 14]\n"
               "      integer: true\n"
               "  optimise:\n    objective: {indicator: additional_active}\n";
        for (const std::string& exp :
             {std::string(NK_SCENARIO_DIR "/experiments/malang_ovens.yaml"),
              (temp.path / "mixed.yaml").string()}) {
            INFO(exp);
            const fs::path single = temp.path / "single", ranks = temp.path / "ranks";
            fs::remove_all(single);
            fs::remove_all(ranks);
            const ProcessResult one =
                cli({"optimise", exp, "--out", single.string(), "--lang", "en", "--threads", "1"});
            REQUIRE_MESSAGE(one.status == 0, one.err);
            const ProcessResult three = mpirun(
                {"optimise", exp, "--out", ranks.string(), "--lang", "en", "--threads", "2"});
            REQUIRE_MESSAGE(three.status == 0, three.err);
            for (const char* name : {"best.yaml", "top10.csv", "comparison.csv"})
                CHECK_MESSAGE(readAll(single / name) == readAll(ranks / name), name);
            requireSameFiles(single, ranks, false);
            // The summary is printed once, by rank 0, and says the same.
            const std::string heading = "Allocation optimisation: ";
            REQUIRE(contains(three.out, heading));
            CHECK(three.out.find(heading) == three.out.rfind(heading));
            CHECK(three.out.substr(0, three.out.find("Results written")) ==
                  one.out.substr(0, one.out.find("Results written")));
        }
    }

    TEST_CASE("mpi: run --mode montecarlo over 3 ranks equals one process byte for byte") {
        nk::test::TempDir temp;
        const std::string scenario = NK_SCENARIO_DIR "/002_kabat_craft_clusters_2021.yaml";
        const fs::path single = temp.path / "single", ranks = temp.path / "ranks";
        // 7 replications: blocks of 2, 2 and 3.
        const std::vector<std::string> run = {
            "run", scenario, "--mode", "montecarlo", "--replications", "7", "--threads", "2"};
        std::vector<std::string> args = run;
        args.insert(args.end(), {"--out", single.string()});
        const ProcessResult one = cli(args);
        REQUIRE_MESSAGE(one.status == 0, one.err);
        args = run;
        args.insert(args.end(), {"--out", ranks.string()});
        const ProcessResult three = mpirun(args);
        REQUIRE_MESSAGE(three.status == 0, three.err);
        requireSameFiles(single, ranks);
    }

    TEST_CASE("mpi: an exploration killed part-way resumes, with MPI or without, to the same "
              "bytes") {
        nk::test::TempDir temp;
        // 3 000 points: after SIGTERM, mpirun's ranks run on for about a second, and the
        // points they finish then must leave some to resume on a fast machine.
        const std::string exp = writeExperiment(temp.path, "600");
        const fs::path whole = temp.path / "whole", parts = temp.path / "parts";
        REQUIRE(cli({"explore", exp, "--out", whole.string(), "--threads", "2"}).status == 0);
        CHECK(killWhenRows({"explore", exp, "--out", parts.string(), "--threads", "1"},
                           parts / "points.csv", 20));
        const std::size_t kept = rowsOf(parts / "points.csv");
        CHECK(kept >= 20);
        CHECK(kept < 3000);
        CHECK_FALSE(fs::exists(parts / "sensitivity.csv"));
        const fs::path copy = temp.path / "copy";
        fs::copy(parts, copy);
        const ProcessResult ranks = mpirun({"explore", exp, "--out", parts.string(), "--resume"});
        REQUIRE_MESSAGE(ranks.status == 0, ranks.err);
        requireSameFiles(whole, parts);
        const ProcessResult one = cli({"explore", exp, "--out", copy.string(), "--resume"});
        REQUIRE_MESSAGE(one.status == 0, one.err);
        requireSameFiles(whole, copy, false);
    }

    TEST_CASE("mpi: a point that fails on a rank stops every rank with one message") {
        nk::test::TempDir temp;
        const fs::path plugins = temp.path / "plugins";
        fs::create_directories(plugins);
        fs::copy_file(fs::path(NK_FIXTURE_DIR) / "throws.so", plugins / "throws.so");
        std::string scenario = readAll(NK_SCENARIO_DIR "/002_kabat_craft_clusters_2021.yaml");
        const std::string anchor = "  - id: shocks";
        REQUIRE(contains(scenario, anchor));
        scenario.insert(scenario.find(anchor),
                        "  - id: fixture_throws\n    params: {throw_month: 500}\n");
        std::ofstream(temp.path / "throws.yaml") << scenario;
        std::ofstream(temp.path / "fail.yaml")
            << "naikkelas: 1\nexperiment:\n  scenario: throws.yaml\n"
               "  indicators: [additional_active]\n  design: grid\n  factors:\n"
               "    - path: plugins[fixture_throws].throw_month\n"
               "      values: [500, 500, 500, 500, 500, 500, 500, 3, 500, 500, 500, 500]\n";
        const std::string boom = "boom in modifiers";
        SUBCASE("in an exploration") {
            const ProcessResult r =
                mpirun({"explore", (temp.path / "fail.yaml").string(), "--out",
                        (temp.path / "out").string(), "--plugin-dir", plugins.string()});
            CHECK(r.status != 0);
            CHECK(contains(r.err, "error: point 7: plugin `fixture_throws` failed"));
            CHECK(r.err.find(boom) == r.err.rfind(boom));
            CHECK(rowsOf(temp.path / "out" / "points.csv") == 7); // the points before it
            CHECK_FALSE(fs::exists(temp.path / "out" / "sensitivity.csv"));
        }
        SUBCASE("in a Monte Carlo run") {
            std::string early = scenario;
            early.replace(early.find("throw_month: 500"), 16, "throw_month: 3");
            std::ofstream(temp.path / "early.yaml") << early;
            const ProcessResult r =
                mpirun({"run", (temp.path / "early.yaml").string(), "--mode", "montecarlo",
                        "--replications", "6", "--out", (temp.path / "run").string(),
                        "--plugin-dir", plugins.string()});
            CHECK(r.status != 0);
            REQUIRE(contains(r.err, boom));
            CHECK(r.err.find(boom) == r.err.rfind(boom));
            CHECK_FALSE(fs::exists(temp.path / "run" / "series.csv"));
        }
        SUBCASE("in an optimisation") {
            std::ofstream(temp.path / "optimise.yaml")
                << "naikkelas: 1\nexperiment:\n  scenario: throws.yaml\n"
                   "  indicators: [additional_active]\n  factors:\n"
                   "    - path: plugins[fixture_throws].throw_month\n"
                   "      range: [20, 100]\n      integer: true\n"
                   "  optimise:\n    objective: {indicator: additional_active}\n";
            const std::vector<std::string> args = {
                "optimise",     (temp.path / "optimise.yaml").string(),
                "--out",        (temp.path / "optimised").string(),
                "--plugin-dir", plugins.string()};
            const ProcessResult one = cli(args);
            CHECK(one.status != 0);
            const ProcessResult r = mpirun(args);
            CHECK(r.status != 0);
            const std::string message = "error: point 0: plugin `fixture_throws` failed";
            CHECK(contains(one.err, message));
            CHECK(contains(r.err, message));
            CHECK(r.err.find(boom) == r.err.rfind(boom));
            CHECK_FALSE(fs::exists(temp.path / "optimised" / "best.yaml"));
        }
    }
}
