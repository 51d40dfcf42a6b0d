#include "expected_moved_up.hpp"

#include "naikkelas/results/sales_ladder.hpp"

#include <algorithm>

namespace nk::engine {

ExpectedMovedUp::ExpectedMovedUp(const CompiledScenario& s, int slots)
    : m_ladder(ladderOfStates(s)), m_byEntry(static_cast<std::size_t>(slots)),
      m_next(m_ladder.size()) {
    const int bands = static_cast<int>(salesLadder(s).size());
    m_parts = std::max(0, bands - 1);
}

void ExpectedMovedUp::enter(int slot, const std::vector<double>& counts) {
    auto& parts = m_byEntry[slot];
    parts.assign(m_parts, std::vector<double>(counts.size(), 0.0));
    for (std::size_t i = 0; i < counts.size(); ++i)
        if (m_ladder[i] < m_parts) parts[m_ladder[i]][i] = counts[i];
}

void ExpectedMovedUp::advance(int slot, const ExpectedStep& step) {
    for (auto& part : m_byEntry[slot]) {
        if (std::all_of(part.begin(), part.end(), [](double v) { return v == 0.0; })) continue;
        step.advance(part, m_next);
        part.swap(m_next);
    }
}

double ExpectedMovedUp::movedUp(int slot) const {
    double sum = 0.0;
    const auto& parts = m_byEntry[slot];
    for (std::size_t band = 0; band < parts.size(); ++band)
        for (std::size_t i = 0; i < parts[band].size(); ++i)
            if (std::size_t(m_ladder[i]) > band) sum += parts[band][i];
    return sum;
}

} // namespace nk::engine
