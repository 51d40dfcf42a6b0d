// What an exploration costs end to end (issue 13): the Sobol design of
// malang_sobol_11.yaml (11 factors, N = 512: 6 656 runs of the Malang scenario with its
// plugins in expected mode), on one thread and on two, as evaluations per second, with
// the share of each evaluation spent preparing the variant (factors applied, compiled,
// plugins bound) and the analysis time. Prints figures and ratios; asserts nothing.
//   bench_explore            the whole design (goal: <= 10 s on 2 cores)
//   bench_explore --quick    N = 16, to check that the benchmark itself works
#include "bench_setup.hpp"
#include "naikkelas/decision/analysis.hpp"
#include "naikkelas/decision/evaluator.hpp"
#include "naikkelas/engine/engine.hpp"
#include "naikkelas/io/scenario_yaml.hpp"
#include "naikkelas/registry/plugin_run.hpp"

#include <chrono>
#include <cstdio>
#include <cstring>
#include <thread>

using namespace nk;
using namespace nk::decision;
using Clock = std::chrono::steady_clock;

namespace {

double secondsSince(Clock::time_point start) {
    return std::chrono::duration<double>(Clock::now() - start).count();
}

struct Timed {
    double seconds = 0;
    std::vector<std::vector<double>> outputs;
};

Timed evaluateAll(const Evaluator& evaluator, const std::vector<std::vector<double>>& values,
                  int threads) {
    Timed timed;
    EvaluationOptions options;
    options.threads = threads;
    options.onPoint = [&](std::size_t, const PointOutcome& o) {
        timed.outputs.push_back(o.outputs);
    };
    const auto start = Clock::now();
    const EvaluationRun run = evaluatePoints(evaluator, values, 0, values.size(), options);
    timed.seconds = secondsSince(start);
    if (!run.error.empty()) std::printf("  error: %s\n", run.error.c_str());
    return timed;
}

// One variant's preparation alone: what each evaluation pays before its run.
double preparationSeconds(const Scenario& base, const PluginRegistry& registry, int repeats) {
    const auto start = Clock::now();
    for (int i = 0; i < repeats; ++i) {
        CompileResult compiled = compileScenario(base);
        PluginBinding plugins(compiled.compiled, registry);
        if (!plugins.ok()) std::printf("  binding failed\n");
    }
    return secondsSince(start) / repeats;
}

// Equal value for value, NaN (a ratio over no additional enterprise) included.
bool sameOutputs(const std::vector<std::vector<double>>& a,
                 const std::vector<std::vector<double>>& b) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (a[i].size() != b[i].size() ||
            std::memcmp(a[i].data(), b[i].data(), a[i].size() * sizeof(double)) != 0)
            return false;
    return true;
}

} // namespace

int main(int argc, char** argv) {
    const bool quick = argc > 1 && std::strcmp(argv[1], "--quick") == 0;
    PluginRegistry registry;
    bench::loadBuiltinPlugins(registry);
    const std::string file = std::string(NK_BENCH_DIR) + "/malang_sobol_11.yaml";
    ExperimentLoad loaded = loadExperimentFile(file);
    if (!loaded.experiment) {
        for (const auto& d : loaded.diagnostics.items())
            std::printf("%s\n", formatDiagnostic(d).c_str());
        return 1;
    }
    Experiment e = *loaded.experiment;
    if (quick) e.design.samples = 16;
    const auto scenario = io::loadScenarioFile(scenarioPathOf(e, file));
    if (!scenario.scenario) return 1;

    const DesignPlan plan = planDesign(e);
    const auto values = pointValues(e, plan);
    const Evaluator evaluator(*scenario.scenario, registry, e);
    std::printf("Sobol design on %s: %zu factors, N = %d, %zu evaluations (expected mode)\n",
                scenario.scenario->scenario.id.c_str(), e.factors.size(), e.design.samples,
                values.size());
    const Timed one = evaluateAll(evaluator, values, 1);
    const Timed two = evaluateAll(evaluator, values, 2);
    const double n = double(values.size());
    std::printf("  1 thread : %7.2f s  %8.0f evaluations/s  %.3f ms each\n", one.seconds,
                n / one.seconds, 1000 * one.seconds / n);
    std::printf("  2 threads: %7.2f s  %8.0f evaluations/s  x%.2f (goal: <= 10 s)\n", two.seconds,
                n / two.seconds, one.seconds / two.seconds);
    std::printf("  identical outputs on 1 and 2 threads: %s\n",
                sameOutputs(one.outputs, two.outputs) ? "yes" : "NO");
    const double prepare = preparationSeconds(*scenario.scenario, registry, quick ? 5 : 200);
    std::printf(
        "  preparing a variant (compile + bind plugins): %.3f ms, %.0f %% of an evaluation\n",
        1000 * prepare, 100 * prepare / (one.seconds / n));
    const auto start = Clock::now();
    const ExplorationAnalysis analysis =
        analyzeExploration(e, plan, evaluator.indicators(), evaluator.stride(), two.outputs);
    std::printf("  Sobol indices with %d bootstrap resamples: %.3f s (%zu measures)\n",
                e.design.bootstrap, secondsSince(start), analysis.sensitivity.size());
    return 0;
}
