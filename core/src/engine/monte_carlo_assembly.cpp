#include "naikkelas/engine/split_run.hpp"

#include "exact_quantiles.hpp"
#include "monte_carlo.hpp"
#include "ordered_collector.hpp"

#include "naikkelas/results/series_names.hpp"

#include <algorithm>

namespace nk {

namespace {

using namespace engine;

constexpr double kMaxRunBytes = 4.0 * (1 << 30);

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

// Replications are kept for the bands (4 bytes per value, 3 arms) and every enterprise
// holds 3 bytes (its state in each arm, its band at entry): refuse what this machine
// cannot hold rather than fail halfway.
std::string memoryRefusal(const CompiledScenario& s, const SeriesLayout& layout,
                          const RunOptions& options, std::size_t bandedColumns) {
    double enterprises = 0;
    for (const Group& g : s.groups) enterprises += g.enterprises;
    const auto banded = static_cast<double>(bandedColumns);
    const double bytes = 12.0 * layout.months() * banded * options.replications +
                         3.0 * enterprises * std::min(runThreads(options), options.replications);
    if (bytes <= kMaxRunBytes) return {};
    return "a Monte Carlo run of " + std::to_string(options.replications) +
           " replications would need about " +
           std::to_string(static_cast<long long>(bytes / (1 << 20))) +
           " MiB; use fewer replications (at most " +
           std::to_string(static_cast<long long>(
               kMaxRunBytes / (12.0 * layout.months() * std::max(1.0, banded)))) +
           " for this scenario)";
}

// Keeps a block's replications, each in its slot.
class BlockSink final : public ReplicationSink {
public:
    BlockSink(int first, std::vector<ReplicationFrames>& frames)
        : m_first(first), m_frames(frames) {}
    ArmFrames takeFrames() override { return {}; }
    void add(int replication, ArmFrames frames) override {
        m_frames[std::size_t(replication - m_first)] = std::move(frames);
    }

private:
    int m_first;
    std::vector<ReplicationFrames>& m_frames;
};

// The whole run's collector, for replications numbered from the run's first.
class OffsetSink final : public ReplicationSink {
public:
    OffsetSink(int first, OrderedCollector& collector) : m_first(first), m_collector(collector) {}
    ArmFrames takeFrames() override { return m_collector.takeFrames(); }
    void add(int replication, ArmFrames frames) override {
        m_collector.add(replication - m_first, std::move(frames));
    }

private:
    int m_first;
    OrderedCollector& m_collector;
};

} // namespace

ReplicationBlock runReplications(const CompiledScenario& s, const RunOptions& options) {
    ReplicationBlock block;
    if (options.mode != RunMode::MonteCarlo || options.replications < 1) {
        block.error = "runReplications runs at least one Monte Carlo replication";
        return block;
    }
    const SeriesLayout layout(s, options.costs, options.pluginSeries);
    ThreadPool pool(runThreads(options));
    block.frames.resize(std::size_t(options.replications));
    BlockSink sink(options.firstReplication, block.frames);
    block.ok = runMonteCarlo(s, layout, options, pool, sink, block.error);
    block.cancelled = !block.ok && options.cancel && options.cancel->load();
    if (!block.ok) block.frames.clear();
    return block;
}

struct MonteCarloAssembly::State {
    State(const CompiledScenario& scenario, const RunOptions& whole)
        : s(scenario), options(whole), layout(s, whole.costs, whole.pluginSeries),
          pool(runThreads(whole)) {
        mc.bandColumns = bandColumns(layout, whole.bands);
        error = memoryRefusal(s, layout, whole, mc.bandColumns.size());
        if (error.empty())
            collector =
                std::make_unique<OrderedCollector>(layout, whole.replications, s.discountMonthly,
                                                   whole.profile, std::size_t(pool.threads()), mc);
    }

    const CompiledScenario& s;
    RunOptions options;
    SeriesLayout layout;
    ThreadPool pool;
    MonteCarloOutput mc;
    std::unique_ptr<OrderedCollector> collector;
    std::string error;
};

MonteCarloAssembly::MonteCarloAssembly(const CompiledScenario& scenario, const RunOptions& whole)
    : m(std::make_unique<State>(scenario, whole)) {}

MonteCarloAssembly::~MonteCarloAssembly() = default;

const std::string& MonteCarloAssembly::error() const {
    return m->error;
}

bool MonteCarloAssembly::run(int first, int count, std::string& error) {
    if (!m->error.empty()) {
        error = m->error;
        return false;
    }
    RunOptions part = m->options;
    part.firstReplication = first;
    part.replications = count;
    OffsetSink sink(m->options.firstReplication, *m->collector);
    return runMonteCarlo(m->s, m->layout, part, m->pool, sink, error);
}

void MonteCarloAssembly::add(int replication, ReplicationFrames frames) {
    m->collector->add(replication - m->options.firstReplication, std::move(frames));
}

RunOutcome MonteCarloAssembly::finish() {
    RunOutcome outcome;
    if (!m->error.empty() || !m->collector->complete()) {
        outcome.error = m->error.empty() ? "the Monte Carlo run lacks replications" : m->error;
        return outcome;
    }
    m->collector->finish();
    ResultSet& results = outcome.results;
    results.mode = RunMode::MonteCarlo;
    results.months = m->layout.months();
    results.start = m->s.spec.scenario.start;
    results.manifest = manifestOf(m->s, m->options);
    results.replications = m->options.replications;
    results.quantileLevels = m->options.quantiles;
    const PhaseTimer timer(m->options.profile, RunPhase::Bands);
    outcome.ok = assembleMonteCarlo(m->layout, m->mc, m->options.replications, m->options.bands,
                                    m->pool, m->options.cancel, results);
    outcome.cancelled = !outcome.ok;
    if (outcome.cancelled) outcome.error = "cancelled";
    return outcome;
}

} // namespace nk
