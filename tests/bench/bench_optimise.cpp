// The optimiser on the Malang oven allocation (scenarios/experiments/malang_ovens.yaml:
// five clusters x 0-3 deck ovens under the envelope and fiscal-year limits), solved in
// expected mode and robustly (the 5 % quantile of 200 Monte Carlo replications), on 1
// and 2 threads; prints times and the number of model runs.
//   bench_optimise           the full benchmark
//   bench_optimise --quick   20 replications and 2 threads only, to check that it works
#include "bench_setup.hpp"
#include "naikkelas/decision/engine_candidates.hpp"
#include "naikkelas/decision/optimiser.hpp"
#include "naikkelas/io/scenario_yaml.hpp"

#include <chrono>
#include <cstdio>
#include <cstring>

using namespace nk;
using namespace nk::decision;

namespace {

void solve(const char* label, const Experiment& e, const Scenario& scenario,
           const PluginRegistry& registry, int threads) {
    const auto start = std::chrono::steady_clock::now();
    const EngineCandidates model(scenario, registry, e);
    Optimiser optimiser(model, e.factors, *e.optimise);
    OptimiseOptions options;
    options.threads = threads;
    const OptimiseResult r = optimiser.solve(options);
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::printf("%-34s %d thread%s  %7.2f s  %5zu runs  %5zu priced  best %.3f", label, threads,
                threads == 1 ? " " : "s", seconds, r.evaluations, r.costChecks,
                r.best ? r.best->objective : 0.0);
    if (r.heuristicObjective)
        std::printf("  heuristic %.3f (%zu runs)", *r.heuristicObjective, r.heuristicEvaluations);
    std::printf("\n");
}

} // namespace

int main(int argc, char** argv) {
    const bool quick = argc > 1 && std::strcmp(argv[1], "--quick") == 0;
    PluginRegistry registry;
    bench::loadBuiltinPlugins(registry);
    ExperimentLoad loaded = loadExperimentFile(NK_SCENARIO_DIR "/experiments/malang_ovens.yaml");
    io::LoadResult scenario = io::loadScenarioFile(NK_SCENARIO_DIR "/001_malang_cookies_2023.yaml");
    if (!loaded.experiment || !scenario.scenario) {
        std::fprintf(stderr, "cannot read the Malang experiment or scenario\n");
        return 1;
    }
    Experiment expected = *loaded.experiment;
    Experiment robust = expected;
    robust.mode = RunMode::MonteCarlo;
    robust.replications = quick ? 20 : 200;
    robust.optimise->objective.quantile = 0.05;
    char robustLabel[64];
    std::snprintf(robustLabel, sizeof robustLabel, "robust (q05, %d replications)",
                  robust.replications);
    for (int threads : quick ? std::vector<int>{2} : std::vector<int>{1, 2}) {
        solve("expected mode", expected, *scenario.scenario, registry, threads);
        solve(robustLabel, robust, *scenario.scenario, registry, threads);
    }
    return 0;
}
