#include "naikkelas/engine/engine.hpp"
#include "naikkelas/results/series_names.hpp"

#include "exact_quantiles.hpp"
#include "expected_mode.hpp"
#include "monte_carlo.hpp"

#include "naikkelas/io/results_export.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <thread>

namespace nk {

namespace {

using engine::ArmFrames;
using engine::SeriesLayout;

constexpr Arm kAllArms[3] = {Arm::Program, Arm::Baseline, Arm::Impact};
constexpr double kMaxRunBytes = 4.0 * (1 << 30);

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

bool wantsBand(const SeriesLayout& layout, BandScope scope, int column) {
    return scope == BandScope::All ||
           (scope == BandScope::Total && layout.columnScope(column) == names::kTotal);
}

// The columns whose replications are kept for bands.
std::vector<int> bandColumns(const SeriesLayout& layout, BandScope scope) {
    std::vector<int> columns;
    // A column repeating another's numbers keeps no replications of its own: its band is
    // its source's.
    for (int c = 0; c < layout.width(); ++c)
        if (wantsBand(layout, scope, c) && layout.sourceColumn(c) == c) columns.push_back(c);
    return columns;
}

// Bands of the kept columns. The draws are stored replication by replication; each task
// takes a block of cells of one arm, gathers their replications side by side (one pass
// over the draws in memory order) and selects each cell's quantiles. Cells are
// independent, so the result does not depend on the thread count.
bool assembleBands(const SeriesLayout& layout, const engine::MonteCarloOutput& mc, int replications,
                   const std::vector<double>& levels, ThreadPool& pool,
                   const std::atomic<bool>* cancel, std::vector<SeriesBand>& bands) {
    constexpr std::size_t kBlock = 256;
    const std::size_t stored = mc.bandColumns.size();
    const std::size_t cells = std::size_t(layout.months()) * stored;
    const std::size_t blocksPerArm = (cells + kBlock - 1) / kBlock;
    std::atomic<bool> stopped{false};
    pool.parallelFor(3 * blocksPerArm, [&](std::size_t task) {
        if (stopped.load() || (cancel && cancel->load())) {
            stopped = true;
            return;
        }
        const std::size_t arm = task / blocksPerArm;
        const std::size_t first = (task % blocksPerArm) * kBlock;
        const std::size_t count = std::min(kBlock, cells - first);
        // Transposed in tiles of 16 replications: each cell's 16 values fill one cache
        // line, and the 16 source rows stay in the first-level cache.
        constexpr int kTile = 16;
        std::vector<float> gathered(count * std::size_t(replications));
        for (int r0 = 0; r0 < replications; r0 += kTile) {
            const int tile = std::min(kTile, replications - r0);
            const float* rows = mc.draws[arm].get() + std::size_t(r0) * cells + first;
            for (std::size_t i = 0; i < count; ++i) {
                float* out = gathered.data() + i * replications + r0;
                for (int r = 0; r < tile; ++r) out[r] = rows[std::size_t(r) * cells + i];
            }
        }
        engine::ExactQuantiles selector;
        std::vector<double> quantiles(levels.size());
        constexpr float kWholeLimit = 16777216.0f; // 2^24: every whole float below is exact
        for (std::size_t i = 0; i < count; ++i) {
            const std::size_t cell = first + i;
            const int t = static_cast<int>(cell / stored);
            SeriesBand& band = bands[arm * stored + cell % stored];
            const std::span<const float> values(gathered.data() + i * replications,
                                                std::size_t(replications));
            // Many cells hold one value in every replication (nothing entered yet, a class
            // nobody reaches, planned costs) and need no selection; counts of enterprises
            // are whole and are counted rather than ordered. NaN is not whole, and min and
            // max pass over it.
            float lowest = values[0], highest = values[0];
            bool whole = true;
            for (float v : values) {
                lowest = v < lowest ? v : lowest;
                highest = v > highest ? v : highest;
                // Whole within 2^24 (beyond, and for NaN, `inside` fails): an integer
                // conversion, which vectorises where trunc would call the library.
                const bool inside = v >= -kWholeLimit && v <= kWholeLimit;
                const float clamped = inside ? v : 0.5f;
                whole &= inside & (clamped == float(std::int32_t(clamped)));
            }
            if (whole && lowest == highest)
                std::fill(quantiles.begin(), quantiles.end(), double(lowest + 0.0f));
            else if (whole && highest - lowest <= 65535.0f)
                selector.computeWhole(values, lowest, static_cast<std::uint32_t>(highest - lowest),
                                      levels, quantiles.data());
            else
                selector.compute(values, levels, quantiles.data());
            for (std::size_t l = 0; l < levels.size(); ++l) band.quantiles[l][t] = quantiles[l];
        }
    });
    return !stopped.load();
}

bool assembleMonteCarlo(const SeriesLayout& layout, const engine::MonteCarloOutput& mc,
                        int replications, BandScope bands, ThreadPool& pool,
                        const std::atomic<bool>* cancel, ResultSet& out) {
    const int width = layout.width();
    const auto& levels = out.quantileLevels;
    std::vector<SeriesBand> banded; // arm-major, as the kept columns
    for (int a = 0; a < 3; ++a)
        for (int c : mc.bandColumns) {
            banded.push_back(makeBand(kAllArms[a], layout, c));
            banded.back().quantiles.assign(levels.size(), std::vector<double>(layout.months()));
        }
    if (!assembleBands(layout, mc, replications, levels, pool, cancel, banded)) return false;
    std::vector<int> keptAt(std::size_t(width), -1); // column -> its place in bandColumns
    for (std::size_t i = 0; i < mc.bandColumns.size(); ++i) keptAt[mc.bandColumns[i]] = int(i);
    for (int a = 0; a < 3; ++a)
        for (int c = 0; c < width; ++c) {
            SeriesBand band = makeBand(kAllArms[a], layout, c);
            if (const int kept = keptAt[layout.sourceColumn(c)];
                kept >= 0 && wantsBand(layout, bands, c))
                band.quantiles = banded[a * mc.bandColumns.size() + kept].quantiles;
            const int source = layout.sourceColumn(c);
            for (int t = 0; t < layout.months(); ++t)
                band.mean[t] = mc.mean[a][std::size_t(t) * width + source];
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
    out.replicationIndicators = mc.indicators;
    const std::vector<double> errors = engine::standardErrors(mc.indicators, replications, means);
    engine::ExactQuantiles selector;
    std::vector<double> values(replications);
    for (std::size_t i = 0; i < n; ++i) {
        Indicator indicator{specs[i].key, specs[i].unit, means[i], {}, errors[i]};
        indicator.quantiles.resize(levels.size());
        for (int r = 0; r < replications; ++r) values[r] = mc.indicators[r * n + i];
        selector.compute(values, levels, indicator.quantiles.data());
        out.indicators.push_back(std::move(indicator));
    }
    return true;
}

RunManifest manifestOf(const CompiledScenario& s, const RunOptions& options, int threads) {
    RunManifest m;
    m.version = NK_VERSION;
    m.scenarioId = s.spec.scenario.id;
    if (options.scenarioDigest) m.scenarioSha256 = s.specSha256();
    m.seed = options.seed;
    m.threads = threads;
    m.replications = options.mode == RunMode::MonteCarlo ? options.replications : 0;
    m.mode = names::modeName(options.mode);
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
    const std::vector<int> kept = options.mode == RunMode::MonteCarlo
                                      ? bandColumns(layout, options.bands)
                                      : std::vector<int>{};
    if (options.mode == RunMode::MonteCarlo) {
        // Replications are kept for the bands (4 bytes per value, 3 arms) and every
        // enterprise holds 3 bytes (its state in each arm, its band at entry): refuse what
        // this machine cannot hold rather than fail halfway.
        double enterprises = 0;
        for (const Group& g : s.groups) enterprises += g.enterprises;
        const auto banded = static_cast<double>(kept.size());
        const double bytes = 12.0 * layout.months() * banded * options.replications +
                             3.0 * enterprises * std::min(threads, options.replications);
        if (bytes > kMaxRunBytes) {
            outcome.error = "a Monte Carlo run of " + std::to_string(options.replications) +
                            " replications would need about " +
                            std::to_string(static_cast<long long>(bytes / (1 << 20))) +
                            " MiB; use fewer replications (at most " +
                            std::to_string(static_cast<long long>(
                                kMaxRunBytes / (12.0 * layout.months() * std::max(1.0, banded)))) +
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
        ok = engine::runExpected(s, layout, options, frames, outcome.error, options.states);
        if (ok) assembleExpected(layout, frames, s.discountMonthly, results);
    } else {
        results.replications = options.replications;
        results.quantileLevels = options.quantiles;
        ThreadPool pool(threads);
        engine::MonteCarloOutput mc;
        mc.bandColumns = kept;
        ok = engine::runMonteCarlo(s, layout, options, pool, mc, outcome.error);
        const PhaseTimer timer(ok ? options.profile : nullptr, RunPhase::Bands);
        ok = ok && assembleMonteCarlo(layout, mc, options.replications, options.bands, pool,
                                      options.cancel, results);
    }
    outcome.cancelled = !ok && options.cancel && options.cancel->load();
    outcome.ok = ok;
    if (outcome.cancelled) outcome.error = "cancelled";
    return outcome;
}

} // namespace nk
