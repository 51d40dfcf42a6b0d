// What the builtin plugins cost (issue #3): expected mode of every seed scenario with
// and without its plugins (the GUI reruns it on every edit), binding time, and Monte
// Carlo throughput with plugins. Prints figures and ratios; asserts nothing.
//   bench_plugins            all benchmarks
//   bench_plugins --quick    fewer repeats, to check that the benchmark itself works
#include "bench_setup.hpp"
#include "naikkelas/engine/engine.hpp"
#include "naikkelas/io/scenario_yaml.hpp"
#include "naikkelas/registry/plugin_run.hpp"

#include "scenario_files.hpp"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <thread>

using namespace nk;
using Clock = std::chrono::steady_clock;

namespace {

template <class F> double bestSeconds(int repeats, F&& work) {
    double best = 1e300;
    for (int i = 0; i < repeats; ++i) {
        const auto start = Clock::now();
        work();
        best = std::min(best, std::chrono::duration<double>(Clock::now() - start).count());
    }
    return best;
}

void benchExpected(const PluginRegistry& registry, int repeats) {
    std::printf("Expected mode per seed scenario, with its plugins against none (goal: <= 1 ms)\n");
    for (const auto& file : nk::test::scenarioFiles()) {
        const auto loaded = io::loadScenarioFile(file.string());
        if (!loaded.scenario) continue;
        const auto compiled = compileScenario(*loaded.scenario).compiled;
        if (!compiled) continue;
        RunOptions bare = defaultRunOptions(*compiled);
        bare.mode = RunMode::Expected;
        RunOptions plugged = bare;
        double bindMs = 1000 * bestSeconds(repeats, [&] { PluginBinding(compiled, registry); });
        const PluginBinding binding(compiled, registry);
        binding.apply(plugged);
        const double without = 1000 * bestSeconds(repeats, [&] { runScenario(*compiled, bare); });
        const double with = 1000 * bestSeconds(repeats, [&] { runScenario(*compiled, plugged); });
        std::printf("  %-42s %7.3f ms with %zu plugins, %7.3f ms without (x%.1f); bind %.3f ms\n",
                    file.filename().c_str(), with, compiled->spec.plugins.size(), without,
                    with / without, bindMs);
    }
}

void benchMonteCarlo(const PluginRegistry& registry, int replications) {
    const auto loaded = io::loadScenarioFile(std::string(NK_SCENARIO_DIR) + "/default.yaml");
    const auto compiled = compileScenario(*loaded.scenario).compiled;
    RunOptions bare = defaultRunOptions(*compiled);
    bare.mode = RunMode::MonteCarlo;
    bare.replications = replications;
    bare.threads = 1;
    RunOptions plugged = bare;
    const PluginBinding binding(compiled, registry);
    binding.apply(plugged);
    const double without = bestSeconds(3, [&] { runScenario(*compiled, bare); });
    const double with = bestSeconds(3, [&] { runScenario(*compiled, plugged); });
    std::printf("Monte Carlo, default scenario, %d replications, 1 thread\n", replications);
    std::printf("  with plugins %.3f s, without %.3f s (x%.1f)\n", with, without, with / without);
}

} // namespace

int main(int argc, char** argv) {
    const bool quick = argc > 1 && std::strcmp(argv[1], "--quick") == 0;
    PluginRegistry registry;
    bench::loadBuiltinPlugins(registry);
    std::printf("builtin plugins loaded: %zu\n", registry.modules().size());
    benchExpected(registry, quick ? 3 : 100);
    benchMonteCarlo(registry, quick ? 10 : 200);
    return 0;
}
