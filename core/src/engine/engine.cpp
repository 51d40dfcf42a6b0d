#include "naikkelas/engine/engine.hpp"

#include "expected_mode.hpp"
#include "monte_carlo.hpp"

#include "naikkelas/io/results_export.hpp"

#include <algorithm>
#include <cmath>
#include <thread>

namespace nk {

namespace {

using engine::ArmFrames;
using engine::SeriesLayout;

constexpr Arm kAllArms[3] = {Arm::Program, Arm::Baseline, Arm::Impact};
constexpr double kMaxRunBytes = 4.0 * (1 << 30);

// Quantile of sorted-in-place values, linear between order statistics (Hyndman & Fan
// type 7, the default of R and numpy). NaNs are left out.
double quantileOf(std::vector<double>& values, double level) {
    values.erase(
        std::remove_if(values.begin(), values.end(), [](double v) { return std::isnan(v); }),
        values.end());
    if (values.empty()) return std::nan("");
    const double position = level * double(values.size() - 1);
    const auto lower = static_cast<std::size_t>(std::floor(position));
    std::nth_element(values.begin(), values.begin() + lower, values.end());
    const double low = values[lower];
    if (lower + 1 >= values.size()) return low;
    const double high = *std::min_element(values.begin() + lower + 1, values.end());
    return low + (position - double(lower)) * (high - low);
}

SeriesBand makeBand(Arm arm, const SeriesLayout& layout, int column) {
    SeriesBand band;
    band.arm = arm;
    band.scope = layout.columnScope(column);
    band.name = layout.columnSeries(column);
    band.mean.resize(layout.months());
    return band;
}

void assembleExpected(const SeriesLayout& layout, const ArmFrames& frames, double discount,
                      ResultSet& out) {
    const int width = layout.width();
    for (Arm arm : kAllArms)
        for (int c = 0; c < width; ++c) {
            SeriesBand band = makeBand(arm, layout, c);
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

bool assembleMonteCarlo(const SeriesLayout& layout, const engine::MonteCarloOutput& mc,
                        int replications, const std::atomic<bool>* cancel, ResultSet& out) {
    const int width = layout.width();
    const std::size_t cells = std::size_t(layout.months()) * width;
    const auto& levels = out.quantileLevels;
    std::vector<double> values;
    for (int a = 0; a < 3; ++a)
        for (int c = 0; c < width; ++c) {
            // Bands of many replications take a while: a cancel stops between series.
            if (cancel && cancel->load()) return false;
            SeriesBand band = makeBand(kAllArms[a], layout, c);
            band.quantiles.assign(levels.size(), std::vector<double>(layout.months()));
            for (int t = 0; t < layout.months(); ++t) {
                const std::size_t cell = std::size_t(t) * width + c;
                band.mean[t] = mc.mean[a][cell];
                // quantileOf drops NaNs and reorders, which keeps the values' multiset:
                // one copy per cell serves every level.
                values.resize(static_cast<std::size_t>(replications));
                for (int r = 0; r < replications; ++r)
                    values[r] = mc.draws[a][std::size_t(r) * cells + cell];
                for (std::size_t l = 0; l < levels.size(); ++l)
                    band.quantiles[l][t] = quantileOf(values, levels[l]);
            }
            out.series.push_back(std::move(band));
        }
    // Counts and amounts: mean over replications. Ratios: ratio of the means, which
    // stays defined when a replication has no additional enterprise.
    const auto& specs = engine::indicatorSpecs();
    const std::size_t n = specs.size();
    std::vector<double> means(n, 0.0);
    for (std::size_t i = 0; i < n; ++i) {
        for (int r = 0; r < replications; ++r) means[i] += mc.indicators[r * n + i];
        means[i] /= replications;
    }
    engine::fillRatios(means);
    for (std::size_t i = 0; i < n; ++i) {
        Indicator indicator{specs[i].key, specs[i].unit, means[i], {}};
        for (double level : levels) {
            values.resize(replications);
            for (int r = 0; r < replications; ++r) values[r] = mc.indicators[r * n + i];
            indicator.quantiles.push_back(quantileOf(values, level));
        }
        out.indicators.push_back(std::move(indicator));
    }
    return true;
}

RunManifest manifestOf(const CompiledScenario& s, const RunOptions& options, int threads) {
    RunManifest m;
    m.version = NK_VERSION;
    m.scenarioId = s.spec.scenario.id;
    m.scenarioSha256 = s.specSha256;
    m.seed = options.seed;
    m.threads = threads;
    m.replications = options.mode == RunMode::MonteCarlo ? options.replications : 0;
    m.mode = io::modeName(options.mode);
    m.plugins = options.plugins;
    return m;
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
    if (options.mode == RunMode::MonteCarlo && options.replications < 1) {
        outcome.error = "Monte Carlo needs at least one replication";
        return outcome;
    }
    const int threads = options.threads > 0
                            ? options.threads
                            : std::max(1, static_cast<int>(std::thread::hardware_concurrency()));
    const SeriesLayout layout(s, options.costs, options.pluginSeries);
    if (options.mode == RunMode::MonteCarlo) {
        // Replications are kept for the bands (4 bytes per value, 3 arms) and every
        // enterprise holds 2 bytes of state: refuse what this machine cannot hold
        // rather than fail halfway.
        double enterprises = 0;
        for (const Group& g : s.groups) enterprises += g.enterprises;
        const double bytes = 12.0 * layout.months() * layout.width() * options.replications +
                             2.0 * enterprises * std::min(threads, options.replications);
        if (bytes > kMaxRunBytes) {
            outcome.error = "a Monte Carlo run of " + std::to_string(options.replications) +
                            " replications would need about " +
                            std::to_string(static_cast<long long>(bytes / (1 << 20))) +
                            " MiB; use fewer replications (at most " +
                            std::to_string(static_cast<long long>(
                                kMaxRunBytes / (12.0 * layout.months() * layout.width()))) +
                            " for this scenario)";
            return outcome;
        }
    }
    ResultSet& results = outcome.results;
    results.mode = options.mode;
    results.months = layout.months();
    results.start = s.spec.scenario.start;
    results.manifest = manifestOf(s, options, threads);

    bool ok = false;
    if (options.mode == RunMode::Expected) {
        ArmFrames frames;
        ok = engine::runExpected(s, layout, options, frames, outcome.error);
        if (ok) assembleExpected(layout, frames, s.discountMonthly, results);
    } else {
        results.replications = options.replications;
        results.quantileLevels = options.quantiles;
        ThreadPool pool(threads);
        engine::MonteCarloOutput mc;
        ok = engine::runMonteCarlo(s, layout, options, pool, mc, outcome.error);
        ok = ok && assembleMonteCarlo(layout, mc, options.replications, options.cancel, results);
    }
    outcome.cancelled = !ok && options.cancel && options.cancel->load();
    outcome.ok = ok;
    if (outcome.cancelled) outcome.error = "cancelled";
    return outcome;
}

} // namespace nk
