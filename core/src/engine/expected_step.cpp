#include "expected_step.hpp"

#include <algorithm>
#include <cmath>

namespace nk::engine {

namespace {
// Expected counts below this are not moved: they can never matter, and their products
// would become denormal numbers, a hundred times slower.
constexpr double kNegligibleCount = 1e-200;
} // namespace

ExpectedStep::ExpectedStep(const CompiledScenario& s, const Modifiers& m,
                           const std::vector<double>& startBins)
    : m_scenario(s), m_startBins(startBins), m_exitMult(m.exit_mult) {
    const CoreParameters& p = s.spec.parameters;
    m_startProb = std::clamp(p.start_prob_monthly * m.start_mult, 0.0, 1.0);
    const double capacity = std::max(p.home_capacity + m.capacity_add, s.spec.grid.r_min);
    m_capacityBin = s.grid.binOfLog(std::log(capacity));
    moveOffsets(s, m, m_moves);
}

void ExpectedStep::advance(const std::vector<double>& now, std::vector<double>& then) const {
    const int bins = m_scenario.grid.bins();
    const double* closureBase = m_scenario.closureBase.data();
    const double* mass = m_moves.mass.data();
    const int moves = static_cast<int>(m_moves.mass.size());
    const double starters = now[0] * m_startProb;
    then[0] = now[0] - starters;
    double* active = then.data() + 1;
    for (int j = 0; j < bins; ++j) active[j] = starters * m_startBins[j];
    double closed = now[bins + 1];
    for (int k = 0; k < bins; ++k) {
        const double count = now[1 + k];
        if (count == 0.0) continue;
        const double q = std::clamp(closureBase[k] * m_exitMult, 0.0, 1.0);
        closed += count * q;
        if (count < kNegligibleCount) continue;
        const double survivors = count * (1.0 - q);
        // Destination min(clamp(k + d, 0, B - 1), cap): offsets landing at or below bin 0
        // lump there, those at or above the cap lump at the cap, the rest land as moved.
        const int cap = std::max(m_capacityBin, k);
        const int shift = k + m_moves.min; // destination of offset i is shift + i
        const int belowEnd = std::clamp(1 - shift, 0, moves);
        const int capBegin = std::max(belowEnd, std::clamp(cap - shift, 0, moves));
        double lumped = 0.0;
        for (int i = 0; i < belowEnd; ++i) lumped += mass[i];
        active[0] += survivors * lumped;
        double* landing = active + shift;
        for (int i = belowEnd; i < capBegin; ++i) landing[i] += survivors * mass[i];
        lumped = 0.0;
        for (int i = capBegin; i < moves; ++i) lumped += mass[i];
        active[cap] += survivors * lumped;
    }
    then[bins + 1] = closed;
}

const std::vector<double>& StartDistributions::get(double startShift) {
    for (const auto& [shift, bins] : m_byShift)
        if (shift == startShift) return *bins;
    // A shift that follows counts (agglomeration) changes every month: keep the latest
    // few. Only the distribution just returned is in use, so the oldest may go.
    constexpr std::size_t kKept = 16;
    if (m_byShift.size() >= kKept) m_byShift.erase(m_byShift.begin());
    const CoreParameters& p = m_scenario.spec.parameters;
    m_byShift.emplace_back(
        startShift, std::make_unique<std::vector<double>>(m_scenario.grid.lognormal(
                        p.start_revenue_median * std::exp(startShift), p.start_revenue_log_sd)));
    return *m_byShift.back().second;
}

} // namespace nk::engine
