// Engine benchmarks (issue #2 speed goals). Prints figures and ratios; asserts nothing.
//   bench_engine            all benchmarks (the 10-million-enterprise scale run takes ~10 s)
//   bench_engine --quick    small sizes, to check that the benchmark itself works
#include "naikkelas/engine/engine.hpp"
#include "naikkelas/engine/random_stream.hpp"
#include "naikkelas/io/scenario_yaml.hpp"

#include "scenario_files.hpp"

#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <thread>

using namespace nk;
using Clock = std::chrono::steady_clock;

namespace {

double secondsSince(Clock::time_point start) {
    return std::chrono::duration<double>(Clock::now() - start).count();
}

// Best of several timings: the least disturbed by whatever else the machine does.
template <class F> double bestSeconds(int repeats, F&& work) {
    double best = 1e300;
    for (int i = 0; i < repeats; ++i) {
        const auto start = Clock::now();
        work();
        best = std::min(best, secondsSince(start));
    }
    return best;
}

long peakRssKiB() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

// One program cohort of n enterprises (no plugins), horizon in months.
std::shared_ptr<const CompiledScenario> syntheticScenario(int enterprises, int horizon) {
    Scenario s;
    s.scenario.id = "bench";
    s.scenario.horizon_months = horizon;
    s.programs.push_back({"p", "P", "kue", 5, 0, 1.0, 0, 0, ""});
    Cohort c;
    c.id = "c";
    c.participants = enterprises;
    c.program = "p";
    c.business_share = 0.3;
    s.cohorts.push_back(c);
    auto compiled = compileScenario(s).compiled;
    if (!compiled) {
        std::fprintf(stderr, "synthetic scenario does not compile\n");
        std::exit(1);
    }
    return compiled;
}

void benchExpectedSeeds(int repeats) {
    std::printf("Expected mode, per seed scenario (goal: <= 1 ms each)\n");
    for (const auto& file : nk::test::scenarioFiles()) {
        const auto loaded = io::loadScenarioFile(file.string());
        if (!loaded.scenario) continue;
        const auto compiled = compileScenario(*loaded.scenario).compiled;
        if (!compiled) continue;
        RunOptions options = defaultRunOptions(*compiled);
        options.mode = RunMode::Expected;
        const double ms = 1000 * bestSeconds(repeats, [&] { runScenario(*compiled, options); });
        std::printf("  %-48s %7.3f ms  (%zu cohorts, %d months)\n", file.filename().c_str(), ms,
                    compiled->groups.size(), compiled->horizon);
    }
}

// A program effect in every month (training-like: more starts, upward drift), so that
// the two arms never share their transition tables: the general path.
class ProgramEffect : public ModifierPipeline {
public:
    bool observe(Arm, int, std::span<const GroupState>, std::span<double>, std::string&) override {
        return true;
    }
    bool modifiers(Arm arm, int, int, Modifiers& out, std::string&) override {
        out = Modifiers{};
        if (arm == Arm::Program) {
            out.start_mult = 2.7;
            out.drift_add = 0.005;
        }
        return true;
    }
};

void benchMonteCarloThroughput(int enterprises, int horizon, bool programEffect) {
    std::printf("Monte Carlo throughput, 1 thread, %d enterprises x %d months, both arms, %s\n",
                enterprises, horizon,
                programEffect ? "program effect in every month" : "no plugin (arms share tables)");
    const auto compiled = syntheticScenario(enterprises, horizon);
    RunOptions options = defaultRunOptions(*compiled);
    options.mode = RunMode::MonteCarlo;
    options.replications = 1;
    options.threads = 1;
    if (programEffect) options.pipelines = [](int) { return std::make_unique<ProgramEffect>(); };
    const double simulate = bestSeconds(5, [&] { runScenario(*compiled, options); });
    const double enterpriseMonths = double(enterprises) * horizon;

    // The same random numbers, drawn the same way and summed, nothing else.
    const RandomStream stream(options.seed, 0);
    std::uint64_t sink = 0;
    const double drawOnly = bestSeconds(5, [&] {
        for (int t = 1; t <= horizon; ++t) {
            RandomStream::Cursor cursor = stream.cursor(0, t);
            for (int e = 0; e < enterprises; ++e) sink += cursor.next();
        }
    });
    const double rate = enterpriseMonths / simulate;
    std::printf("  simulation: %.3f s, %.3g enterprise-months/s (goal >= 1e8)\n", simulate, rate);
    std::printf("  draws only: %.3f s, %.3g draws/s (checksum %llu)\n", drawOnly,
                enterpriseMonths / drawOnly, static_cast<unsigned long long>(sink % 1000));
    std::printf("  ratio simulation/draw-only speed: %.0f %% per enterprise-month (goal >= 40 %%), "
                "%.0f %% per arm-enterprise-month (one draw serves both arms)\n",
                100 * drawOnly / simulate, 200 * drawOnly / simulate);
}

void benchScale(int enterprises, int horizon, int threads) {
    std::printf("Scale: %d enterprises x %d months, 1 replication, %d threads (goal <= 10 s, "
                "<= 16 bytes/enterprise)\n",
                enterprises, horizon, threads);
    const auto compiled = syntheticScenario(enterprises, horizon);
    RunOptions options = defaultRunOptions(*compiled);
    options.mode = RunMode::MonteCarlo;
    options.replications = 1;
    options.threads = threads;
    const long rssBefore = peakRssKiB();
    const auto start = Clock::now();
    const RunOutcome outcome = runScenario(*compiled, options);
    const double seconds = secondsSince(start);
    const long rssAfter = peakRssKiB();
    std::printf("  %.2f s, %.3g enterprise-months/s; peak memory growth %.2f bytes/enterprise\n",
                seconds, double(enterprises) * horizon / seconds,
                double(rssAfter - rssBefore) * 1024.0 / enterprises);
    if (outcome.ok)
        std::printf("  active at horizon: %.0f of %d\n",
                    outcome.results.find(Arm::Program, "total", "active")->mean.back(),
                    enterprises);
}

} // namespace

int main(int argc, char** argv) {
    const bool quick = argc > 1 && std::strcmp(argv[1], "--quick") == 0;
    std::printf("machine: %u hardware threads\n", std::thread::hardware_concurrency());
    benchExpectedSeeds(quick ? 5 : 200);
    for (bool programEffect : {false, true})
        benchMonteCarloThroughput(quick ? 20'000 : 500'000, 60, programEffect);
    benchScale(quick ? 200'000 : 10'000'000, 120, 2);
    return 0;
}
