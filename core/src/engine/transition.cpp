#include "transition.hpp"

#include "naikkelas/engine/grid.hpp"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>

namespace nk::engine {

namespace {

constexpr double kTwo32 = 4294967296.0;
// Move probabilities below this are dropped: they change no reported figure by more
// than 1e-20 relative, and keep the expected-mode loop short.
constexpr double kNegligibleMass = 1e-30;

std::uint64_t threshold(double probability) {
    // Compared with a 32-bit draw: probability 1 gives 2^32, above every draw.
    return static_cast<std::uint64_t>(std::clamp(probability, 0.0, 1.0) * kTwo32);
}

bool sameModifiers(const Modifiers& a, const Modifiers& b) {
    return std::memcmp(&a, &b, sizeof(Modifiers)) == 0;
}

} // namespace

void moveOffsets(const CompiledScenario& s, const Modifiers& m, MoveOffsets& out) {
    const int bins = s.grid.bins();
    const double delta = s.grid.delta();
    const double mu = s.spec.parameters.drift_monthly + m.drift_add;
    const double sigma = s.spec.parameters.volatility_monthly * m.sigma_mult;
    const int dLow = -(bins - 1);
    const int dHigh = bins - 1;
    if (sigma <= 0.0) {
        // Moves to the bin holding x_k + mu: d = floor(1/2 + mu / delta).
        out.min =
            static_cast<int>(std::clamp(std::floor(0.5 + mu / delta), double(dLow), double(dHigh)));
        out.mass.assign(1, 1.0);
        return;
    }
    const double inf = std::numeric_limits<double>::infinity();
    auto zLow = [&](int d) { return d == dLow ? -inf : ((d - 0.5) * delta - mu) / sigma; };
    // Beyond 12 standard deviations a move has mass below Phi(-12) = 1.8e-33, which the
    // kNegligibleMass cut drops anyway: only the moves within are evaluated.
    const double centre = mu / delta, reach = 12.0 * sigma / delta + 2.0;
    const int from = static_cast<int>(std::max(double(dLow), std::floor(centre - reach)));
    const int to = static_cast<int>(std::min(double(dHigh), std::ceil(centre + reach)));
    out.mass.resize(static_cast<std::size_t>(to - from + 1));
    NormalTail lower(zLow(from));
    for (int d = from; d <= to; ++d) {
        const NormalTail upper(d == dHigh ? inf : zLow(d + 1));
        out.mass[d - from] = lower.massTo(upper);
        lower = upper;
    }
    int first = 0, last = to - from;
    while (first < last && out.mass[first] < kNegligibleMass) ++first;
    while (last > first && out.mass[last] < kNegligibleMass) --last;
    out.min = from + first;
    out.mass.erase(out.mass.begin() + last + 1, out.mass.end());
    out.mass.erase(out.mass.begin(), out.mass.begin() + first);
}

DiscreteSampler::DiscreteSampler(const std::vector<double>& probabilities) {
    double total = 0.0;
    for (double p : probabilities) total += p;
    m_cdf.resize(probabilities.size());
    double cumulative = 0.0;
    for (std::size_t i = 0; i < probabilities.size(); ++i) {
        cumulative += probabilities[i];
        m_cdf[i] = static_cast<std::uint64_t>(std::min(1.0, cumulative / total) * kTwo32);
    }
    // Every draw lands on an outcome of positive probability, whatever the rounding.
    std::size_t lastPositive = probabilities.size() - 1;
    while (lastPositive > 0 && probabilities[lastPositive] <= 0.0) --lastPositive;
    for (std::size_t i = lastPositive; i < m_cdf.size(); ++i)
        m_cdf[i] = static_cast<std::uint64_t>(kTwo32);
    std::uint16_t i = 0;
    for (std::size_t slice = 0; slice < m_guide.size(); ++slice) {
        const std::uint64_t lowest = std::uint64_t(slice) << (32 - kGuideBits);
        const std::uint64_t next = lowest + (std::uint64_t(1) << (32 - kGuideBits));
        while (m_cdf[i] <= lowest) ++i;
        m_guide[slice] = m_cdf[i] >= next ? static_cast<std::uint16_t>(i | kPure) : i;
    }
}

namespace {

void monteCarloTables(int bins, TransitionTables& t) {
    const int moves = t.moves();
    const int states = bins + 2;
    t.closed = closedState(bins);
    t.eventThreshold.fill(0);
    t.eventThreshold[kProspectState] = threshold(t.startProb);
    t.moveTable.assign(std::size_t(states) * moves, t.closed);
    std::fill(t.moveTable.begin(), t.moveTable.begin() + moves, kProspectState);
    for (int k = 0; k < bins; ++k) {
        t.eventThreshold[1 + k] = threshold(t.closure[k]);
        const int cap = std::max(t.capacityBin, k);
        for (int i = 0; i < moves; ++i) {
            const int j = std::min(std::clamp(k + t.offsetMin + i, 0, bins - 1), cap);
            t.moveTable[std::size_t(1 + k) * moves + i] = static_cast<std::uint8_t>(1 + j);
        }
    }
    t.moveSampler = DiscreteSampler(t.offsetMass);
    t.startSampler = DiscreteSampler(t.startBins);
    // A slice is direct when its lowest and highest draws lead to the same state: moves
    // and destinations only grow with the draw. The slices' move ranges are the same
    // for every state, so they are sampled once.
    std::array<std::uint16_t, 256> lowMove{}, highMove{};
    for (std::uint32_t slice = 0; slice < 256; ++slice) {
        lowMove[slice] = static_cast<std::uint16_t>(t.moveSampler.sample(slice << 24));
        highMove[slice] =
            static_cast<std::uint16_t>(t.moveSampler.sample((slice << 24) | 0xFFFFFFu));
    }
    t.directTable.assign(std::size_t(states) << 8, TransitionTables::kMixedSlice);
    for (int s = 0; s < states; ++s) {
        const std::uint8_t* row = t.moveTable.data() + std::size_t(s) * moves;
        std::uint8_t* direct = t.directTable.data() + (std::size_t(s) << 8);
        for (std::uint32_t slice = 0; slice < 256; ++slice)
            if (row[lowMove[slice]] == row[highMove[slice]]) direct[slice] = row[lowMove[slice]];
    }
}

} // namespace

TransitionTables buildTransitionTables(const CompiledScenario& s, const Modifiers& m) {
    const CoreParameters& p = s.spec.parameters;
    const int bins = s.grid.bins();
    TransitionTables t;
    t.modifiers = m;
    t.startProb = std::clamp(p.start_prob_monthly * m.start_mult, 0.0, 1.0);
    t.closure.resize(bins);
    for (int k = 0; k < bins; ++k)
        t.closure[k] = std::clamp(s.closureBase[k] * m.exit_mult, 0.0, 1.0);
    const double capacity = std::max(p.home_capacity + m.capacity_add, s.spec.grid.r_min);
    t.capacityBin = s.grid.binOfLog(std::log(capacity));
    MoveOffsets moves;
    moveOffsets(s, m, moves);
    t.offsetMin = moves.min;
    t.offsetMass = std::move(moves.mass);
    t.startBins =
        s.grid.lognormal(p.start_revenue_median * std::exp(m.start_shift), p.start_revenue_log_sd);
    monteCarloTables(bins, t);
    return t;
}

const TransitionTables& TransitionCache::get(const Modifiers& m) {
    for (auto& entry : m_entries)
        if (sameModifiers(entry.tables->modifiers, m)) {
            entry.lastUsed = m_month;
            return *entry.tables;
        }
    // Past the capacity, the least recently used table goes, unless every table was
    // handed out this month (callers still hold them): then the cache grows.
    constexpr std::size_t kCapacity = 64;
    if (m_entries.size() >= kCapacity) {
        const auto oldest = std::min_element(
            m_entries.begin(), m_entries.end(),
            [](const Entry& a, const Entry& b) { return a.lastUsed < b.lastUsed; });
        if (oldest->lastUsed < m_month) m_entries.erase(oldest);
    }
    m_entries.push_back(
        {std::make_unique<TransitionTables>(buildTransitionTables(m_scenario, m)), m_month});
    return *m_entries.back().tables;
}

} // namespace nk::engine
