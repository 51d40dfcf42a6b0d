#include "naikkelas/engine/engine.hpp"
#include "naikkelas/engine/split_run.hpp"

#include "expected_mode.hpp"
#include "run_parts.hpp"

namespace nk {

namespace {

using engine::ArmFrames;
using engine::SeriesLayout;

void assembleExpected(const SeriesLayout& layout, const ArmFrames& frames, double discount,
                      ResultSet& out) {
    const int width = layout.width();
    for (Arm arm : engine::kAllArms)
        for (int c = 0; c < width; ++c) {
            SeriesBand band = engine::makeBand(arm, layout, c);
            for (int t = 0; t < layout.months(); ++t) {
                const std::size_t i = std::size_t(t) * width + c;
                band.mean[t] = arm == Arm::Program    ? frames.program[i]
                               : arm == Arm::Baseline ? frames.baseline[i]
                                                      : frames.program[i] - frames.baseline[i];
            }
            out.series.push_back(std::move(band));
        }
    const auto values = engine::computeIndicators(layout, frames, discount);
    const auto& specs = engine::indicatorSpecs();
    for (std::size_t i = 0; i < specs.size(); ++i)
        out.indicators.push_back({specs[i].key, specs[i].unit, values[i], {}});
}

} // namespace

RunOptions defaultRunOptions(const CompiledScenario& scenario) {
    const SimulationSettings& sim = scenario.spec.simulation;
    RunOptions options;
    options.mode = sim.mode == RunMode::MonteCarlo ? RunMode::MonteCarlo : RunMode::Expected;
    options.replications = sim.replications;
    options.seed = scenario.spec.scenario.seed;
    options.threads = sim.threads;
    options.quantiles = sim.quantiles;
    return options;
}

RunOutcome runScenario(const CompiledScenario& s, const RunOptions& options) {
    RunOutcome outcome;
    if (options.mode == RunMode::Both) {
        outcome.error = "runScenario runs one mode at a time; run expected and montecarlo in turn";
        return outcome;
    }
    if (options.mode == RunMode::MonteCarlo) {
        MonteCarloAssembly assembly(s, options);
        if (!assembly.error().empty()) {
            outcome.error = assembly.error();
            return outcome;
        }
        if (assembly.run(options.firstReplication, options.replications, outcome.error))
            return assembly.finish();
        outcome.cancelled = options.cancel && options.cancel->load();
        if (outcome.cancelled) outcome.error = "cancelled";
        return outcome;
    }
    const SeriesLayout layout(s, options.costs, options.pluginSeries);
    ResultSet& results = outcome.results;
    results.mode = options.mode;
    results.months = layout.months();
    results.start = s.spec.scenario.start;
    results.manifest = engine::manifestOf(s, options);
    ArmFrames frames;
    outcome.ok = engine::runExpected(s, layout, options, frames, outcome.error, options.states);
    if (outcome.ok) assembleExpected(layout, frames, s.discountMonthly, results);
    outcome.cancelled = !outcome.ok && options.cancel && options.cancel->load();
    if (outcome.cancelled) outcome.error = "cancelled";
    return outcome;
}

} // namespace nk
