#include "monte_carlo.hpp"

#include "transition.hpp"

#include "naikkelas/engine/random_stream.hpp"

#include <algorithm>
#include <array>
#include <atomic>
#include <cstdint>
#include <mutex>

namespace nk::engine {

namespace {

constexpr std::uint8_t kProspect = kProspectState;
constexpr std::size_t kChunk = std::size_t(1) << 16; // enterprises per parallel task

using Histogram = std::array<std::int64_t, 256>; // enterprises by state byte

// Run-wide, read-only: where each group's enterprises sit and how they start.
struct McShared {
    const CompiledScenario& scenario;
    const SeriesLayout& layout;
    const RunOptions& options;
    std::vector<std::size_t> firstEnterprise; // per group, global enterprise index
    std::vector<DiscreteSampler> initialSamplers;
    std::vector<std::uint64_t> businessThresholds;
};

// Advances enterprises [begin, end) of one group by one month in both arms. Counts go
// to four interleaved histograms so that runs of equal states do not wait on each
// other's increments. When both arms have the same tables (no program effect this
// month), an enterprise in the same state in both arms moves the same way in both:
// common random numbers make that the usual case, and it is computed once.
template <bool kSameTables>
void advanceRange(const TransitionTables& programTables, const TransitionTables& baselineTables,
                  const RandomStream& stream, int month, std::size_t begin, std::size_t end,
                  std::uint8_t* states[2], Histogram histograms[2]) {
    std::array<std::array<std::uint32_t, 256>, 4> counts[2] = {};
    const MonteCarloStep program(programTables);
    const MonteCarloStep baseline(baselineTables);
    std::uint8_t* __restrict programStates = states[0];
    std::uint8_t* __restrict baselineStates = states[1];
    RandomStream::Cursor cursor = stream.cursor(begin, static_cast<std::uint64_t>(month));
    for (std::size_t e = begin; e < end; ++e) {
        const std::uint64_t bits = cursor.next();
        const std::uint32_t u0 = draw0(bits);
        const std::uint32_t u1 = draw1(bits);
        const std::uint8_t ps = programStates[e];
        const std::uint8_t bs = baselineStates[e];
        const std::uint8_t p = program.next(ps, u0, u1);
        std::uint8_t b;
        if constexpr (kSameTables)
            b = bs == ps ? p : baseline.next(bs, u0, u1);
        else
            b = baseline.next(bs, u0, u1);
        programStates[e] = p;
        baselineStates[e] = b;
        ++counts[0][e & 3][p];
        ++counts[1][e & 3][b];
    }
    for (int a = 0; a < 2; ++a)
        for (const auto& lane : counts[a])
            for (std::size_t s = 0; s < 256; ++s) histograms[a][s] += lane[s];
}

void advanceRange(const TransitionTables* tables[2], const RandomStream& stream, int month,
                  std::size_t begin, std::size_t end, std::uint8_t* states[2],
                  Histogram histograms[2]) {
    if (tables[0] == tables[1])
        advanceRange<true>(*tables[0], *tables[1], stream, month, begin, end, states, histograms);
    else
        advanceRange<false>(*tables[0], *tables[1], stream, month, begin, end, states, histograms);
}

class Replication {
public:
    Replication(const McShared& shared, int replication)
        : m_shared(shared), m_stream(shared.options.seed, static_cast<std::uint64_t>(replication)),
          m_cache(shared.scenario) {
        const std::size_t enterprises = shared.firstEnterprise.back();
        for (auto& s : m_states) s.assign(enterprises, kProspect);
        const std::size_t groups = shared.scenario.groups.size();
        for (auto& h : m_histograms) h.assign(groups, Histogram{});
        m_initialActive.assign(groups, 0.0);
        if (shared.options.pipelines) m_pipeline = shared.options.pipelines(replication);
    }

    // Runs all months; innerPool (may be null) splits each month's enterprises.
    bool run(ArmFrames& frames, ThreadPool* innerPool, std::string& error,
             const std::function<void()>& afterMonth) {
        const SeriesLayout& layout = m_shared.layout;
        const int months = layout.months();
        std::vector<double>* armFrames[2] = {&frames.program, &frames.baseline};
        for (int a = 0; a < 2; ++a) {
            armFrames[a]->assign(static_cast<std::size_t>(months) * layout.width(), 0.0);
            layout.fillCosts(kSimulatedArms[a], armFrames[a]->data());
        }
        for (int t = 0; t < months; ++t) {
            enterGroups(t);
            if (!record(t, armFrames, error)) return false;
            if (t + 1 == months) break;
            if (m_shared.options.cancel && m_shared.options.cancel->load()) return false;
            if (!advance(t, innerPool, error)) return false;
            if (afterMonth) afterMonth();
        }
        return true;
    }

private:
    void enterGroups(int t) {
        const CompiledScenario& s = m_shared.scenario;
        for (std::size_t g = 0; g < s.groups.size(); ++g) {
            if (s.groups[g].entryMonth != t) continue;
            Histogram& h = m_histograms[0][g];
            for (std::size_t e = m_shared.firstEnterprise[g]; e < m_shared.firstEnterprise[g + 1];
                 ++e) {
                const std::uint64_t bits = m_stream.bits(e, static_cast<std::uint64_t>(t));
                std::uint8_t state = kProspect;
                if (draw0(bits) < m_shared.businessThresholds[g]) {
                    state = static_cast<std::uint8_t>(
                        1 + m_shared.initialSamplers[g].sample(draw1(bits)));
                    m_initialActive[g] += 1.0;
                }
                m_states[0][e] = m_states[1][e] = state;
                ++h[state];
            }
            m_histograms[1][g] = h;
        }
    }

    void toCounts(const Histogram& h, std::vector<double>& counts) const {
        const int bins = m_shared.scenario.grid.bins();
        counts.resize(static_cast<std::size_t>(bins) + 2);
        for (int i = 0; i <= bins + 1; ++i) counts[i] = static_cast<double>(h[i]);
    }

    // Tabulates month t and lets the plugins observe it.
    bool record(int t, std::vector<double>* armFrames[2], std::string& error) {
        const SeriesLayout& layout = m_shared.layout;
        const std::size_t groups = m_shared.scenario.groups.size();
        m_bases.resize(groups * layout.baseSize());
        m_counts.resize(2 * groups);
        for (int a = 0; a < 2; ++a) {
            for (std::size_t g = 0; g < groups; ++g) {
                auto& counts = m_counts[a * groups + g];
                toCounts(m_histograms[a][g], counts);
                layout.groupBase(static_cast<int>(g), counts.data(), m_initialActive[g],
                                 m_bases.data() + g * layout.baseSize());
            }
            layout.fillStates(m_bases, t, armFrames[a]->data());
            if (m_pipeline) {
                m_views.resize(groups);
                for (std::size_t g = 0; g < groups; ++g)
                    m_views[g] = {static_cast<int>(g), m_counts[a * groups + g]};
                const std::span<double> series(layout.pluginSeries(armFrames[a]->data(), t),
                                               layout.pluginSeriesCount());
                if (!m_pipeline->observe(kSimulatedArms[a], t, m_views, series, error))
                    return false;
            }
        }
        return true;
    }

    bool advance(int t, ThreadPool* innerPool, std::string& error) {
        const CompiledScenario& s = m_shared.scenario;
        const std::size_t groups = s.groups.size();
        std::vector<const TransitionTables*> tables(2 * groups, nullptr);
        m_cache.newMonth();
        for (int a = 0; a < 2; ++a) {
            const Arm arm = kSimulatedArms[a];
            for (std::size_t g = 0; g < groups; ++g) {
                if (s.groups[g].entryMonth > t) continue;
                Modifiers m;
                if (!groupModifiers(m_pipeline.get(), s, arm, t, int(g), m, error)) return false;
                const int size = s.groups[g].enterprises;
                tables[a * groups + g] = &m_cache.get(m, size >= kDirectTableMinEnterprises
                                                             ? TableUse::MonteCarlo
                                                             : TableUse::MonteCarloCompact);
            }
        }
        std::uint8_t* states[2] = {m_states[0].data(), m_states[1].data()};
        for (std::size_t g = 0; g < groups; ++g) {
            if (s.groups[g].entryMonth > t) continue;
            const TransitionTables* pair[2] = {tables[g], tables[groups + g]};
            const std::size_t begin = m_shared.firstEnterprise[g];
            const std::size_t end = m_shared.firstEnterprise[g + 1];
            Histogram totals[2] = {};
            const std::size_t chunks = (end - begin + kChunk - 1) / kChunk;
            if (innerPool && chunks > 1) {
                std::vector<Histogram> partial(2 * chunks, Histogram{});
                innerPool->parallelFor(chunks, [&](std::size_t c) {
                    const std::size_t from = begin + c * kChunk;
                    advanceRange(pair, m_stream, t + 1, from, std::min(end, from + kChunk), states,
                                 &partial[2 * c]);
                });
                for (std::size_t c = 0; c < chunks; ++c)
                    for (int a = 0; a < 2; ++a)
                        for (std::size_t i = 0; i < 256; ++i) totals[a][i] += partial[2 * c + a][i];
            } else {
                for (std::size_t from = begin; from < end; from += kChunk)
                    advanceRange(pair, m_stream, t + 1, from, std::min(end, from + kChunk), states,
                                 totals);
            }
            m_histograms[0][g] = totals[0];
            m_histograms[1][g] = totals[1];
        }
        return true;
    }

    const McShared& m_shared;
    RandomStream m_stream;
    TransitionCache m_cache;
    std::unique_ptr<ModifierPipeline> m_pipeline;
    std::vector<std::uint8_t> m_states[2];
    std::vector<Histogram> m_histograms[2];    // per group
    std::vector<double> m_initialActive;       // per group
    std::vector<std::vector<double>> m_counts; // per arm and group, at the recorded month
    std::vector<double> m_bases;
    std::vector<GroupState> m_views;
};

// Folds finished replications into the output in replication order, so that sums are
// the same whatever thread finished first.
class OrderedCollector {
public:
    OrderedCollector(const SeriesLayout& layout, int replications, double discountMonthly,
                     MonteCarloOutput& out)
        : m_layout(layout), m_replications(replications), m_discount(discountMonthly), m_out(out),
          m_pending(static_cast<std::size_t>(replications)) {
        m_cells = static_cast<std::size_t>(layout.months()) * layout.width();
        for (int a = 0; a < 3; ++a) {
            out.mean[a].assign(m_cells, 0.0);
            out.draws[a].reset(new float[m_cells * static_cast<std::size_t>(replications)]);
        }
        out.indicators.assign(indicatorSpecs().size() * static_cast<std::size_t>(replications),
                              0.0);
    }

    void add(int replication, ArmFrames frames) {
        std::lock_guard lock(m_mutex);
        m_pending[replication] = std::move(frames);
        while (m_next < m_replications && !m_pending[m_next].program.empty()) {
            fold(m_next, m_pending[m_next]);
            m_pending[m_next] = {};
            ++m_next;
        }
    }

    void finish() {
        for (auto& mean : m_out.mean)
            for (double& v : mean) v /= m_replications;
    }

private:
    void fold(int r, const ArmFrames& f) {
        const std::size_t offset = m_cells * static_cast<std::size_t>(r);
        for (std::size_t i = 0; i < m_cells; ++i) {
            const double impact = f.program[i] - f.baseline[i];
            m_out.mean[0][i] += f.program[i];
            m_out.mean[1][i] += f.baseline[i];
            m_out.mean[2][i] += impact;
            m_out.draws[0][offset + i] = static_cast<float>(f.program[i]);
            m_out.draws[1][offset + i] = static_cast<float>(f.baseline[i]);
            m_out.draws[2][offset + i] = static_cast<float>(impact);
        }
        const auto values = computeIndicators(m_layout, f, m_discount);
        std::copy(values.begin(), values.end(), m_out.indicators.begin() + r * values.size());
    }

    const SeriesLayout& m_layout;
    int m_replications;
    double m_discount;
    MonteCarloOutput& m_out;
    std::size_t m_cells = 0;
    std::mutex m_mutex;
    std::vector<ArmFrames> m_pending;
    int m_next = 0;
};

} // namespace

bool runMonteCarlo(const CompiledScenario& s, const SeriesLayout& layout, const RunOptions& options,
                   ThreadPool& pool, MonteCarloOutput& out, std::string& error) {
    McShared shared{s, layout, options, {0}, {}, {}};
    for (const Group& g : s.groups) {
        shared.firstEnterprise.push_back(shared.firstEnterprise.back() + g.enterprises);
        shared.initialSamplers.emplace_back(g.initialBins);
        shared.businessThresholds.push_back(
            static_cast<std::uint64_t>(std::clamp(g.businessShare, 0.0, 1.0) * 4294967296.0));
    }
    const int replications = options.replications;
    const int months = layout.months();
    OrderedCollector collector(layout, replications, s.discountMonthly, out);
    std::atomic<bool> failed{false};
    std::mutex errorMutex;
    std::atomic<long> monthsDone{0};
    const double totalMonths = double(replications) * std::max(1, months - 1);
    auto report = [&] {
        if (options.progress) options.progress(double(monthsDone.load()) / totalMonths);
    };

    auto runOne = [&](int r, ThreadPool* inner, const std::function<void()>& afterMonth) {
        if (failed.load()) return;
        Replication replication(shared, r);
        ArmFrames frames;
        std::string message;
        if (!replication.run(frames, inner, message, afterMonth)) {
            std::lock_guard lock(errorMutex);
            if (!failed.exchange(true)) error = message;
            return;
        }
        collector.add(r, std::move(frames));
    };

    // Many replications: one per task. Few replications of many enterprises: split the
    // enterprises of each month instead. Either way the numbers are the same.
    const std::size_t enterprises = shared.firstEnterprise.back();
    if (replications >= pool.threads() || enterprises < 2 * kChunk) {
        pool.parallelFor(
            static_cast<std::size_t>(replications),
            [&](std::size_t r) {
                runOne(static_cast<int>(r), nullptr, [&] { monthsDone.fetch_add(1); });
            },
            report);
    } else {
        for (int r = 0; r < replications; ++r)
            runOne(r, &pool, [&] {
                monthsDone.fetch_add(1);
                report();
            });
    }
    if (failed.load()) return false;
    collector.finish();
    return true;
}

} // namespace nk::engine
