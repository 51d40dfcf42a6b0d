// Speed on the real scenarios (issue #9): every seed scenario with its own plugins, as
// `naikkelas run` runs it. Prints figures and ratios against the goals; asserts nothing.
//   - Monte Carlo end to end (plugins, every series and scope, bands, writing --out):
//     enterprise-months/s on one thread (goal >= 1.5e7) with the phase breakdown, and
//     two threads against one (goal >= 1.8x);
//   - expected mode with plugins (goal <= 0.5 ms);
//   - peak memory of `naikkelas run` on Malang at 10 000 replications (goal <= 64 MB),
//     measured on the real command in a child process.
//   bench_seed_runs            all figures
//   bench_seed_runs --quick    fewer replications, to check that the benchmark works
#include "bench_setup.hpp"
#include "naikkelas/engine/engine.hpp"
#include "naikkelas/io/results_export.hpp"
#include "naikkelas/io/scenario_yaml.hpp"
#include "naikkelas/registry/plugin_run.hpp"

#include "scenario_files.hpp"

#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <string>
#include <thread>
#include <vector>

using namespace nk;
using Clock = std::chrono::steady_clock;

namespace {

double secondsSince(Clock::time_point start) {
    return std::chrono::duration<double>(Clock::now() - start).count();
}

struct Loaded {
    std::shared_ptr<const CompiledScenario> scenario;
    std::unique_ptr<PluginBinding> binding;
    long long enterprises = 0;
};

Loaded load(const std::filesystem::path& file, const PluginRegistry& registry) {
    Loaded out;
    const auto loaded = io::loadScenarioFile(file.string());
    if (!loaded.scenario) return out;
    out.scenario = compileScenario(*loaded.scenario).compiled;
    if (!out.scenario) return out;
    out.binding = std::make_unique<PluginBinding>(out.scenario, registry);
    for (const auto& g : out.scenario->groups) out.enterprises += g.enterprises;
    return out;
}

struct EndToEnd {
    double seconds = 0.0;
    double output = 0.0;
    RunProfile profile;
};

// What `run --mode montecarlo --out DIR` does after loading: run, then write the files.
void monteCarloEndToEnd(const Loaded& l, int replications, int threads, EndToEnd& out) {
    RunOptions options = defaultRunOptions(*l.scenario);
    options.mode = RunMode::MonteCarlo;
    options.replications = replications;
    options.threads = threads;
    options.bands = BandScope::All;
    options.profile = &out.profile;
    l.binding->apply(options);
    const auto dir = std::filesystem::temp_directory_path() / "nk_bench_seed_runs";
    const auto start = Clock::now();
    const RunOutcome outcome = runScenario(*l.scenario, options);
    const auto written = Clock::now();
    std::string error;
    if (!outcome.ok || !io::writeRunOutputs(dir.string(), {&outcome.results, 1}, {}, error))
        std::printf("  run failed: %s%s\n", outcome.error.c_str(), error.c_str());
    out.output = secondsSince(written);
    out.seconds = secondsSince(start);
    std::filesystem::remove_all(dir);
}

void benchMonteCarlo(const PluginRegistry& registry, int replications) {
    std::printf("\nMonte Carlo end to end, %d replications, every series and scope, bands, "
                "--out written (goal: >= 1.5e7 enterprise-months/s on 1 thread; 2 threads "
                ">= 1.8x)\n",
                replications);
    std::printf("  %-40s %8s %9s %10s %7s   phases on 1 thread (s): ", "scenario", "1 thread",
                "em/s", "2 threads", "ratio");
    for (int p = 0; p < static_cast<int>(RunPhase::Count); ++p)
        std::printf("%s, ", RunProfile::name(static_cast<RunPhase>(p)));
    std::printf("output\n");
    for (const auto& file : test::scenarioFiles()) {
        const Loaded l = load(file, registry);
        if (!l.scenario) continue;
        EndToEnd one, two;
        monteCarloEndToEnd(l, replications, 1, one);
        monteCarloEndToEnd(l, replications, 2, two);
        const double enterpriseMonths =
            double(replications) * l.scenario->horizon * double(l.enterprises);
        std::printf("  %-40s %7.3fs %9.3g %9.3fs %6.2fx   ", file.filename().c_str(), one.seconds,
                    enterpriseMonths / one.seconds, two.seconds, one.seconds / two.seconds);
        for (int p = 0; p < static_cast<int>(RunPhase::Count); ++p)
            std::printf("%.3f ", one.profile.seconds(static_cast<RunPhase>(p)));
        std::printf("%.3f\n", one.output);
    }
}

void benchExpected(const PluginRegistry& registry, int repeats) {
    std::printf("\nExpected mode with the scenario's plugins, best of %d (goal: <= 0.5 ms)\n",
                repeats);
    for (const auto& file : test::scenarioFiles()) {
        const Loaded l = load(file, registry);
        if (!l.scenario) continue;
        RunOptions options = defaultRunOptions(*l.scenario);
        options.mode = RunMode::Expected;
        l.binding->apply(options);
        double best = 1e300;
        for (int i = 0; i < repeats; ++i) {
            const auto start = Clock::now();
            runScenario(*l.scenario, options);
            best = std::min(best, secondsSince(start));
        }
        std::printf("  %-40s %7.3f ms  (x%.1f of the goal)\n", file.filename().c_str(), 1000 * best,
                    1000 * best / 0.5);
    }
}

// Peak resident memory of the real command, in MB, or -1.
double peakMegabytes(const std::vector<std::string>& arguments) {
    std::fflush(stdout); // the child must not print this process's buffered text again
    const pid_t child = fork();
    if (child == 0) {
        std::vector<char*> argv;
        for (const auto& a : arguments) argv.push_back(const_cast<char*>(a.c_str()));
        argv.push_back(nullptr);
        if (std::freopen("/dev/null", "w", stdout) == nullptr) _exit(127);
        execv(argv[0], argv.data());
        _exit(127);
    }
    int status = 0;
    rusage usage{};
    if (child < 0 || wait4(child, &status, 0, &usage) != child || !WIFEXITED(status) ||
        WEXITSTATUS(status) != 0)
        return -1.0;
    return double(usage.ru_maxrss) / 1024.0;
}

void benchMemory(int replications) {
    const std::string malang = std::string(NK_SCENARIO_DIR) + "/001_malang_cookies_2023.yaml";
    const std::string reps = std::to_string(replications);
    const std::string out =
        (std::filesystem::temp_directory_path() / "nk_bench_seed_runs_memory").string();
    std::printf("\nPeak memory of `naikkelas run` on Malang, %d replications, 1 thread "
                "(goal: <= 64 MB for the summary)\n",
                replications);
    const double summary = peakMegabytes(
        {NK_CLI, "run", malang, "--mode", "montecarlo", "--replications", reps, "--threads", "1"});
    const double written = peakMegabytes({NK_CLI, "run", malang, "--mode", "montecarlo",
                                          "--replications", reps, "--threads", "1", "--out", out});
    std::filesystem::remove_all(out);
    std::printf("  summary (indicator bands): %.1f MB (x%.2f of the goal)\n", summary,
                summary / 64.0);
    std::printf("  with --out (every series' bands): %.1f MB\n", written);
}

} // namespace

int main(int argc, char** argv) {
    const bool quick = argc > 1 && std::strcmp(argv[1], "--quick") == 0;
    PluginRegistry registry;
    bench::loadBuiltinPlugins(registry);
    // Memory first: a child's peak includes this process's pages until its exec, so the
    // measurement is taken while this process is still small.
    benchMemory(quick ? 500 : 10000);
    benchMonteCarlo(registry, quick ? 100 : 2000);
    benchExpected(registry, quick ? 5 : 200);
    return 0;
}
