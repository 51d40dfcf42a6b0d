#include "monte_carlo.hpp"

#include "expected_mode.hpp"
#include "expected_moved_up.hpp"
#include "sampled_step.hpp"
#include "transition.hpp"

#include "naikkelas/engine/random_stream.hpp"
#include "naikkelas/results/sales_ladder.hpp"

#include <algorithm>
#include <array>
#include <atomic>
#include <cstdint>
#include <functional>
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
    // Per state: the highest state of its band on the sales ladder. The ladder rises with
    // the revenue bins, so an enterprise has moved up exactly when its state lies above
    // that of its entry state and below closed.
    std::vector<std::uint8_t> bandTop;
    StateHistory meanField; // expected mode's counts, when there are plugins
};

// Moves enterprises [begin, end) of one group by one month in both arms on the same
// draws, and hands each enterprise's new states to count(e, program, baseline). When
// both arms move alike (kSameSteps: no program effect this month), an enterprise in the
// same state in both arms moves the same way in both: common random numbers make that
// the usual case, and it is computed once.
template <bool kSameSteps, class Step, class Count>
void moveBothArms(const Step& program, const Step& baseline, const RandomStream& stream, int month,
                  std::size_t begin, std::size_t end, std::uint8_t* states[2], Count&& count) {
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
        if constexpr (kSameSteps)
            b = bs == ps ? p : baseline.next(bs, u0, u1);
        else
            b = baseline.next(bs, u0, u1);
        programStates[e] = p;
        baselineStates[e] = b;
        count(e, p, b);
    }
}

// A large group's range through its tables. Counts go to four interleaved histograms so
// that runs of equal states do not wait on each other's increments.
template <bool kSameTables>
void advanceRange(const TransitionTables& programTables, const TransitionTables& baselineTables,
                  const RandomStream& stream, int month, std::size_t begin, std::size_t end,
                  std::uint8_t* states[2], Histogram histograms[2]) {
    std::array<std::array<std::uint32_t, 256>, 4> counts[2] = {};
    moveBothArms<kSameTables>(MonteCarloStep(programTables), MonteCarloStep(baselineTables), stream,
                              month, begin, end, states,
                              [&](std::size_t e, std::uint8_t p, std::uint8_t b) {
                                  ++counts[0][e & 3][p];
                                  ++counts[1][e & 3][b];
                              });
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

// The realised counts of one group and arm over (P, A_0..A_{B-1}, X), and the range of
// states that holds them (the series then read only the occupied bins).
struct GroupCounts {
    std::vector<double> counts;
    int lowest = 0;  // state index
    int highest = 0; // state index, inclusive
};

// Advances a small group (below kDirectTableMinEnterprises) by one month in both arms,
// sampling each enterprise's move from the modifiers (SampledStep), counting as it goes.
template <bool kSameSteps>
void advanceSmallGroup(const SampledStep& program, const SampledStep& baseline,
                       const RandomStream& stream, int month, std::size_t begin, std::size_t end,
                       std::uint8_t* stateBytes[2], GroupCounts* counts[2]) {
    double* __restrict programCounts = counts[0]->counts.data();
    double* __restrict baselineCounts = counts[1]->counts.data();
    std::fill(counts[0]->counts.begin(), counts[0]->counts.end(), 0.0);
    std::fill(counts[1]->counts.begin(), counts[1]->counts.end(), 0.0);
    std::uint8_t low[2] = {255, 255}, high[2] = {0, 0};
    moveBothArms<kSameSteps>(program, baseline, stream, month, begin, end, stateBytes,
                             [&](std::size_t, std::uint8_t p, std::uint8_t b) {
                                 programCounts[p] += 1.0;
                                 baselineCounts[b] += 1.0;
                                 low[0] = std::min(low[0], p);
                                 high[0] = std::max(high[0], p);
                                 low[1] = std::min(low[1], b);
                                 high[1] = std::max(high[1], b);
                             });
    for (int a = 0; a < 2; ++a) {
        counts[a]->lowest = low[a];
        counts[a]->highest = high[a];
    }
}

// McShared::bandTop: per state, the highest active state of the same ladder band (0 for a
// band without active states).
std::vector<std::uint8_t> bandTops(const CompiledScenario& s) {
    const std::vector<std::uint8_t> ladder = ladderOfStates(s);
    std::array<std::uint8_t, 256> highest{};
    for (int state = 1; state <= s.grid.bins(); ++state)
        highest[ladder[std::size_t(state)]] = static_cast<std::uint8_t>(state);
    std::vector<std::uint8_t> top(ladder.size());
    for (std::size_t state = 0; state < ladder.size(); ++state) top[state] = highest[ladder[state]];
    return top;
}

class Replication {
public:
    Replication(const McShared& shared, int replication)
        : m_shared(shared), m_cache(shared.scenario) {
        const std::size_t enterprises = shared.firstEnterprise.back();
        for (auto& s : m_states) s.assign(enterprises, kProspect);
        m_entryTops.assign(enterprises, 0);
        m_movedUp.assign(2 * shared.scenario.groups.size(),
                         shared.options.movedUp ? 0.0 : kNotFollowed);
        const std::size_t groups = shared.scenario.groups.size();
        const int states = shared.scenario.grid.bins() + 2;
        m_counts.assign(2 * groups, {std::vector<double>(std::size_t(states), 0.0), 0, 0});
        m_initialActive.assign(groups, 0.0);
        const RandomStream stream(shared.options.seed, static_cast<std::uint64_t>(replication));
        for (const Group& group : shared.scenario.groups)
            m_groupStreams.push_back(stream.forGroup(group.streamKey));
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
        const std::size_t groups = s.groups.size();
        for (std::size_t g = 0; g < groups; ++g) {
            if (s.groups[g].entryMonth != t) continue;
            GroupCounts& entered = m_counts[g];
            for (std::size_t e = m_shared.firstEnterprise[g]; e < m_shared.firstEnterprise[g + 1];
                 ++e) {
                const std::uint64_t bits =
                    m_groupStreams[g].bits(e - m_shared.firstEnterprise[g], std::uint64_t(t));
                std::uint8_t state = kProspect;
                if (draw0(bits) < m_shared.businessThresholds[g]) {
                    state = static_cast<std::uint8_t>(
                        1 + m_shared.initialSamplers[g].sample(draw1(bits)));
                    m_initialActive[g] += 1.0;
                }
                m_states[0][e] = m_states[1][e] = state;
                m_entryTops[e] = m_shared.bandTop[state];
                entered.counts[state] += 1.0;
            }
            entered.lowest = 0;
            entered.highest = static_cast<int>(entered.counts.size()) - 1;
            m_counts[groups + g] = entered;
            if (m_shared.options.movedUp) // every band is the entry band
                m_movedUp[g] = m_movedUp[groups + g] = 0.0;
        }
    }

    // Tabulates month t and lets the plugins observe it.
    bool record(int t, std::vector<double>* armFrames[2], std::string& error) {
        const SeriesLayout& layout = m_shared.layout;
        const std::size_t groups = m_shared.scenario.groups.size();
        const int bins = m_shared.scenario.grid.bins();
        {
            const PhaseTimer timer(m_shared.options.profile, RunPhase::Series);
            m_bases.resize(groups * layout.baseSize());
            for (int a = 0; a < 2; ++a) {
                for (std::size_t g = 0; g < groups; ++g) {
                    const GroupCounts& c = m_counts[a * groups + g];
                    layout.groupBase(static_cast<int>(g), c.counts.data(), m_initialActive[g],
                                     m_movedUp[a * groups + g],
                                     m_bases.data() + g * layout.baseSize(),
                                     std::max(c.lowest, 1) - 1, std::min(c.highest, bins) - 1);
                }
                layout.fillStates(m_bases, t, armFrames[a]->data());
            }
        }
        if (!m_pipeline) return true;
        const PhaseTimer timer(m_shared.options.profile, RunPhase::Plugins);
        m_views.resize(groups);
        for (int a = 0; a < 2; ++a) {
            for (std::size_t g = 0; g < groups; ++g)
                m_views[g] = {static_cast<int>(g), m_counts[a * groups + g].counts,
                              m_shared.meanField.counts(t, a, static_cast<int>(g))};
            const std::span<double> series(layout.pluginSeries(armFrames[a]->data(), t),
                                           layout.pluginSeriesCount());
            if (!m_pipeline->observe(kSimulatedArms[a], t, m_views, series, error)) return false;
        }
        return true;
    }

    // Enterprises in [from, to) of the whole run whose band in each arm is above their
    // band at entry, added to moved[0] (program) and moved[1] (baseline). Counted right
    // after their move, while their states are in cache.
    void countMovedUp(std::size_t from, std::size_t to, std::size_t moved[2]) const {
        if (!m_shared.options.movedUp) return;
        const std::uint8_t* top = m_entryTops.data();
        const std::uint8_t closed = closedState(m_shared.scenario.grid.bins());
        for (int a = 0; a < 2; ++a) {
            const std::uint8_t* states = m_states[a].data();
            std::size_t count = 0;
            for (std::size_t e = from; e < to; ++e)
                count += static_cast<std::size_t>((states[e] > top[e]) & (states[e] < closed));
            moved[a] += count;
        }
    }

    void storeMovedUp(std::size_t g, const std::size_t moved[2]) {
        if (!m_shared.options.movedUp) return;
        const std::size_t groups = m_shared.scenario.groups.size();
        m_movedUp[g] = static_cast<double>(moved[0]);
        m_movedUp[groups + g] = static_cast<double>(moved[1]);
    }

    bool advance(int t, ThreadPool* innerPool, std::string& error) {
        const CompiledScenario& s = m_shared.scenario;
        const std::size_t groups = s.groups.size();
        RunProfile* profile = m_shared.options.profile;
        auto entered = [&](std::size_t g) { return s.groups[g].entryMonth <= t; };
        auto large = [&](std::size_t g) {
            return s.groups[g].enterprises >= kDirectTableMinEnterprises;
        };
        // Every group's modifiers of month t first, from the states at t (MODEL.md 2.3).
        m_modifiers.resize(2 * groups);
        if (m_pipeline) {
            const PhaseTimer timer(profile, RunPhase::Plugins);
            for (int a = 0; a < 2; ++a)
                for (std::size_t g = 0; g < groups; ++g)
                    if (entered(g) && !groupModifiers(m_pipeline.get(), s, kSimulatedArms[a], t,
                                                      int(g), m_modifiers[a * groups + g], error))
                        return false;
        }
        m_tables.assign(2 * groups, nullptr);
        {
            const PhaseTimer timer(profile, RunPhase::Tables);
            m_cache.newMonth();
            for (std::size_t i = 0; i < 2 * groups; ++i)
                if (entered(i % groups) && large(i % groups))
                    m_tables[i] = &m_cache.get(m_modifiers[i]);
        }
        const PhaseTimer timer(profile, RunPhase::Moves);
        for (std::size_t g = 0; g < groups; ++g) {
            if (!entered(g)) continue;
            if (large(g))
                advanceLargeGroup(g, t, innerPool);
            else
                advanceSmallGroup(g, t);
        }
        return true;
    }

    void advanceSmallGroup(std::size_t g, int t) {
        const CompiledScenario& s = m_shared.scenario;
        const std::size_t groups = s.groups.size();
        const Modifiers& programModifiers = m_modifiers[g];
        const Modifiers& baselineModifiers = m_modifiers[groups + g];
        // Enterprises are numbered within the group, as its random stream counts them.
        const std::size_t first = m_shared.firstEnterprise[g];
        const std::size_t size = m_shared.firstEnterprise[g + 1] - first;
        std::uint8_t* states[2] = {m_states[0].data() + first, m_states[1].data() + first};
        GroupCounts* counts[2] = {&m_counts[g], &m_counts[groups + g]};
        const SampledStep program(s, programModifiers);
        if (programModifiers == baselineModifiers) {
            engine::advanceSmallGroup<true>(program, program, m_groupStreams[g], t + 1, 0, size,
                                            states, counts);
        } else {
            const SampledStep baseline(s, baselineModifiers);
            engine::advanceSmallGroup<false>(program, baseline, m_groupStreams[g], t + 1, 0, size,
                                             states, counts);
        }
        std::size_t moved[2] = {0, 0};
        countMovedUp(first, first + size, moved);
        storeMovedUp(g, moved);
    }

    void advanceLargeGroup(std::size_t g, int t, ThreadPool* innerPool) {
        const std::size_t groups = m_shared.scenario.groups.size();
        const TransitionTables* pair[2] = {m_tables[g], m_tables[groups + g]};
        const std::size_t first = m_shared.firstEnterprise[g];
        std::uint8_t* states[2] = {m_states[0].data() + first, m_states[1].data() + first};
        const std::size_t begin = 0;
        const std::size_t end = m_shared.firstEnterprise[g + 1] - first;
        const RandomStream& stream = m_groupStreams[g];
        Histogram totals[2] = {};
        std::size_t moved[2] = {0, 0};
        const std::size_t chunks = (end - begin + kChunk - 1) / kChunk;
        if (innerPool && chunks > 1) {
            std::vector<Histogram> partial(2 * chunks, Histogram{});
            std::vector<std::size_t> partialMoved(2 * chunks, 0);
            innerPool->parallelFor(chunks, [&](std::size_t c) {
                const std::size_t from = begin + c * kChunk;
                const std::size_t to = std::min(end, from + kChunk);
                advanceRange(pair, stream, t + 1, from, to, states, &partial[2 * c]);
                countMovedUp(first + from, first + to, &partialMoved[2 * c]);
            });
            for (std::size_t c = 0; c < chunks; ++c)
                for (int a = 0; a < 2; ++a) {
                    for (std::size_t i = 0; i < 256; ++i) totals[a][i] += partial[2 * c + a][i];
                    moved[a] += partialMoved[2 * c + a];
                }
        } else {
            for (std::size_t from = begin; from < end; from += kChunk) {
                const std::size_t to = std::min(end, from + kChunk);
                advanceRange(pair, stream, t + 1, from, to, states, totals);
                countMovedUp(first + from, first + to, moved);
            }
        }
        storeMovedUp(g, moved);
        for (int a = 0; a < 2; ++a) {
            GroupCounts& c = m_counts[a * groups + g];
            for (std::size_t i = 0; i < c.counts.size(); ++i)
                c.counts[i] = static_cast<double>(totals[a][i]);
            c.lowest = 0;
            c.highest = static_cast<int>(c.counts.size()) - 1;
        }
    }

    const McShared& m_shared;
    std::vector<RandomStream> m_groupStreams; // per group: keyed by its cohort
    TransitionCache m_cache;
    std::unique_ptr<ModifierPipeline> m_pipeline;
    std::vector<std::uint8_t> m_states[2];
    std::vector<std::uint8_t> m_entryTops; // per enterprise: the top state of its entry band
    std::vector<double> m_movedUp;         // per arm and group: above their entry band, this month
    std::vector<GroupCounts> m_counts;     // per arm and group, at the month being recorded
    std::vector<double> m_initialActive;   // per group
    std::vector<double> m_bases;
    std::vector<GroupState> m_views;
    std::vector<Modifiers> m_modifiers;            // per arm and group, of the month being advanced
    std::vector<const TransitionTables*> m_tables; // likewise, for large groups
};

} // namespace

bool runMonteCarlo(const CompiledScenario& s, const SeriesLayout& layout, const RunOptions& options,
                   ThreadPool& pool, ReplicationSink& sink, std::string& error) {
    McShared shared{s, layout, options, {0}, {}, {}, bandTops(s), {}};
    if (options.pipelines) {
        RunOptions quiet = options; // a millisecond: no progress of its own
        quiet.progress = nullptr;
        ArmFrames expected;
        if (!runExpected(s, layout, quiet, expected, error, &shared.meanField)) return false;
    }
    for (const Group& g : s.groups) {
        shared.firstEnterprise.push_back(shared.firstEnterprise.back() + g.enterprises);
        shared.initialSamplers.emplace_back(g.initialBins);
        shared.businessThresholds.push_back(
            static_cast<std::uint64_t>(std::clamp(g.businessShare, 0.0, 1.0) * 4294967296.0));
    }
    const int replications = options.replications;
    const int months = layout.months();
    std::atomic<bool> failed{false};
    std::mutex errorMutex;
    std::atomic<long> monthsDone{0};
    const double totalMonths = double(replications) * std::max(1, months - 1);
    auto report = [&] {
        if (options.progress) options.progress(double(monthsDone.load()) / totalMonths);
    };

    auto runOne = [&](int r, ThreadPool* inner, const std::function<void()>& afterMonth) {
        if (failed.load()) return;
        Replication replication(shared, options.firstReplication + r);
        ArmFrames frames = sink.takeFrames();
        std::string message;
        if (!replication.run(frames, inner, message, afterMonth)) {
            std::lock_guard lock(errorMutex);
            if (!failed.exchange(true)) error = message;
            return;
        }
        sink.add(options.firstReplication + r, std::move(frames));
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
    return !failed.load();
}

} // namespace nk::engine
