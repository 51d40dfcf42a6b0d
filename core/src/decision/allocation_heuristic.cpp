// Integer budget allocation without trying every point: greedy by marginal gain per
// Rupiah (what a planner does by hand), then local search by single steps and swaps,
// which the greedy misses when one step alone gains nothing but two together do, then
// the same local search from deterministic random starts. Each step runs its whole
// neighbourhood as one batch and picks by a fixed order, never by arrival.
#include "candidate_search.hpp"

#include "naikkelas/engine/random_stream.hpp"

#include <limits>

namespace nk::decision {

namespace {

using Levels = std::vector<std::vector<double>>;
using Index = std::vector<std::size_t>;

constexpr std::uint64_t kRestartSeed = 0x6F7074696D697365ull; // the restarts' own stream

Values valuesOf(const Levels& levels, const Values& fixed, const Index& at) {
    Values v = fixed;
    for (std::size_t i = 0; i < levels.size(); ++i)
        if (!levels[i].empty()) v[i] = levels[i][at[i]];
    return v;
}

// The greedy: from `at`, take the step up with the highest gain per Rupiah until no
// step up gains.
Index greedy(Optimiser::Search& s, const Levels& levels, const Values& fixed, Index at) {
    for (;;) {
        const Values here = valuesOf(levels, fixed, at);
        std::vector<Index> moves;
        for (std::size_t i = 0; i < levels.size(); ++i)
            if (!levels[i].empty() && at[i] + 1 < levels[i].size()) {
                moves.push_back(at);
                ++moves.back()[i];
            }
        std::vector<Values> batch = {here};
        for (const Index& m : moves) batch.push_back(valuesOf(levels, fixed, m));
        s.run(batch);
        if (s.stopped()) return at;
        const auto base = s.score(here);
        const Rupiah baseCost = s.feasible(here) ? s.cache.at(here).costs->total : 0;
        std::optional<std::size_t> pick;
        double pickRatio = -1.0;
        for (std::size_t m = 0; m < moves.size(); ++m) {
            const auto sc = s.score(batch[m + 1]);
            if (!sc || (base && *sc <= *base)) continue;
            const double gain = base ? *sc - *base : std::numeric_limits<double>::infinity();
            const double dc = double(s.cache.at(batch[m + 1]).costs->total - baseCost);
            const double ratio = dc > 0 ? gain / dc : std::numeric_limits<double>::infinity();
            if (!pick || ratio > pickRatio ||
                (ratio == pickRatio && s.better(batch[m + 1], batch[*pick + 1]))) {
                pick = m;
                pickRatio = ratio;
            }
        }
        if (!pick) return at;
        at = moves[*pick];
    }
}

// Local search: move to the best of the single steps and the swaps (one factor up, one
// down) while it ranks before the current allocation.
Index climb(Optimiser::Search& s, const Levels& levels, const Values& fixed, Index at) {
    for (;;) {
        std::vector<Index> moves;
        for (std::size_t i = 0; i < levels.size(); ++i) {
            if (levels[i].empty()) continue;
            if (at[i] + 1 < levels[i].size()) {
                moves.push_back(at);
                ++moves.back()[i];
            }
            if (at[i] > 0) {
                moves.push_back(at);
                --moves.back()[i];
            }
            for (std::size_t j = 0; j < levels.size(); ++j)
                if (j != i && !levels[j].empty() && at[i] + 1 < levels[i].size() && at[j] > 0) {
                    moves.push_back(at);
                    ++moves.back()[i];
                    --moves.back()[j];
                }
        }
        std::vector<Values> batch = {valuesOf(levels, fixed, at)};
        for (const Index& m : moves) batch.push_back(valuesOf(levels, fixed, m));
        s.run(batch);
        if (s.stopped()) return at;
        std::size_t best = 0;
        for (std::size_t m = 1; m < batch.size(); ++m)
            if (s.better(batch[m], batch[best])) best = m;
        if (best == 0) return at;
        at = moves[best - 1];
    }
}

} // namespace

std::optional<Values> heuristicSearch(Optimiser::Search& s, const Levels& levels,
                                      const Values& fixed) {
    std::optional<Values> best;
    const auto keep = [&](const Index& at) {
        const Values v = valuesOf(levels, fixed, at);
        if (s.score(v) && (!best || s.better(v, *best))) best = v;
    };
    keep(climb(s, levels, fixed, greedy(s, levels, fixed, Index(levels.size(), 0))));
    for (int r = 0; r < s.spec.restarts && !s.stopped(); ++r) {
        const RandomStream stream(kRestartSeed, std::uint64_t(r));
        Index at(levels.size(), 0);
        for (std::size_t i = 0; i < levels.size(); ++i) {
            const double u = double(stream.bits(i, 0) >> 11) * 0x1.0p-53;
            if (!levels[i].empty())
                at[i] = std::min(levels[i].size() - 1, std::size_t(u * double(levels[i].size())));
        }
        // Too dear a start: lower its highest factor (the first of equals) until it fits.
        for (;;) {
            const Values v = valuesOf(levels, fixed, at);
            s.run({v}, false, false);
            if (s.stopped() || s.feasible(v)) break;
            std::size_t top = 0;
            for (std::size_t i = 1; i < at.size(); ++i)
                if (at[i] > at[top]) top = i;
            if (at[top] == 0) break;
            --at[top];
        }
        keep(climb(s, levels, fixed, at));
    }
    return best;
}

} // namespace nk::decision
