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
        if (m_ladder[i] >= 1 && m_ladder[i] <= m_parts) parts[m_ladder[i] - 1][i] = counts[i];
}

void ExpectedMovedUp::advance(int slot, const ExpectedStep& step) {
    for (auto& part : m_byEntry[slot]) {
        if (std::all_of(part.begin(), part.end(), [](double v) { return v == 0.0; })) continue;
        step.advance(part, m_next);
        part.swap(m_next);
    }
}

double ExpectedMovedUp::movedUp(int slot, const std::vector<double>& whole) const {
    // Above band 0: the lowest entry band's part is the whole less the other parts.
    double sum = 0.0;
    for (std::size_t i = 0; i < whole.size(); ++i)
        if (m_ladder[i] > 0) sum += whole[i];
    const auto& parts = m_byEntry[slot];
    for (std::size_t p = 0; p < parts.size(); ++p) {
        const std::size_t band = p + 1;
        for (std::size_t i = 0; i < parts[p].size(); ++i) {
            if (m_ladder[i] > 0) sum -= parts[p][i];
            if (std::size_t(m_ladder[i]) > band) sum += parts[p][i];
        }
    }
    return std::max(0.0, sum);
}

} // namespace nk::engine
