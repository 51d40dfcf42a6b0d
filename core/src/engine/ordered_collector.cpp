#include "ordered_collector.hpp"

#include <algorithm>

namespace nk::engine {

OrderedCollector::OrderedCollector(const SeriesLayout& layout, int replications,
                                   double discountMonthly, RunProfile* profile,
                                   std::size_t reusable, MonteCarloOutput& out)
    : m_layout(layout), m_replications(replications), m_discount(discountMonthly),
      m_profile(profile), m_reusable(reusable), m_out(out),
      m_pending(static_cast<std::size_t>(replications)) {
    m_cells = static_cast<std::size_t>(layout.months()) * layout.width();
    for (int c = 0; c < layout.width(); ++c) {
        if (layout.sourceColumn(c) != c) continue;
        if (!m_foldRuns.empty() && m_foldRuns.back().second == std::size_t(c))
            ++m_foldRuns.back().second;
        else
            m_foldRuns.emplace_back(c, c + 1);
    }
    m_storedCells = static_cast<std::size_t>(layout.months()) * out.bandColumns.size();
    for (int a = 0; a < 3; ++a) {
        out.mean[a].assign(m_cells, 0.0);
        out.draws[a].reset(new float[m_storedCells * static_cast<std::size_t>(replications)]);
    }
    out.indicators.assign(indicatorSpecs().size() * static_cast<std::size_t>(replications), 0.0);
}

void OrderedCollector::add(int replication, ArmFrames frames) {
    {
        const PhaseTimer timer(m_profile, RunPhase::Series);
        store(replication, frames);
    }
    std::lock_guard lock(m_mutex);
    const PhaseTimer timer(m_profile, RunPhase::Series);
    m_pending[replication] = std::move(frames);
    while (m_next < m_replications && !m_pending[m_next].program.empty()) {
        const ArmFrames& f = m_pending[m_next];
        // Columns that repeat another's numbers are left at 0: their mean is their
        // source's (SeriesLayout::sourceColumn).
        const std::size_t width = m_layout.width();
        for (std::size_t row = 0; row < m_cells; row += width)
            for (const auto& [begin, end] : m_foldRuns)
                for (std::size_t i = row + begin; i < row + end; ++i) {
                    m_out.mean[0][i] += f.program[i];
                    m_out.mean[1][i] += f.baseline[i];
                    m_out.mean[2][i] += f.program[i] - f.baseline[i];
                }
        if (m_free.size() < m_reusable) m_free.push_back(std::move(m_pending[m_next]));
        m_pending[m_next] = {};
        ++m_next;
    }
}

ArmFrames OrderedCollector::takeFrames() {
    std::lock_guard lock(m_mutex);
    if (m_free.empty()) return {};
    ArmFrames frames = std::move(m_free.back());
    m_free.pop_back();
    return frames;
}

void OrderedCollector::finish() {
    for (auto& mean : m_out.mean)
        for (double& v : mean) v /= m_replications;
}

void OrderedCollector::store(int r, const ArmFrames& f) {
    const std::vector<int>& columns = m_out.bandColumns;
    const std::size_t width = m_layout.width();
    float* draws[3];
    for (int a = 0; a < 3; ++a) draws[a] = m_out.draws[a].get() + m_storedCells * r;
    for (int t = 0; t < m_layout.months(); ++t)
        for (int column : columns) {
            const std::size_t i = t * width + column;
            *draws[0]++ = static_cast<float>(f.program[i]);
            *draws[1]++ = static_cast<float>(f.baseline[i]);
            *draws[2]++ = static_cast<float>(f.program[i] - f.baseline[i]);
        }
    const auto values = computeIndicators(m_layout, f, m_discount);
    std::copy(values.begin(), values.end(), m_out.indicators.begin() + r * values.size());
}

} // namespace nk::engine
