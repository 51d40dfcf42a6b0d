// Expected mode (MODEL.md 2.5): per group and arm, expected counts over
// (P, A_0..A_{B-1}, X) evolved by the exact transition; count-dependent modifiers see
// expected counts.
#pragma once

#include "run_parts.hpp"

namespace nk::engine {

// Every group's expected counts of every month and arm, for Monte Carlo's month views:
// counts(t, a, g) has B + 2 values.
class MeanFieldHistory {
public:
    void reset(int months, int groups, int states) {
        m_groups = groups;
        m_states = states;
        m_counts.assign(std::size_t(months) * 2 * groups * states, 0.0);
    }
    std::span<const double> counts(int t, int arm, int g) const {
        return {m_counts.data() + offset(t, arm, g), std::size_t(m_states)};
    }
    double* at(int t, int arm, int g) { return m_counts.data() + offset(t, arm, g); }

private:
    std::size_t offset(int t, int arm, int g) const {
        return ((std::size_t(t) * 2 + arm) * m_groups + g) * m_states;
    }
    int m_groups = 0;
    int m_states = 0;
    std::vector<double> m_counts;
};

// Fills frames (and history, when given); false on a plugin error (message in error) or
// when cancelled.
bool runExpected(const CompiledScenario& scenario, const SeriesLayout& layout,
                 const RunOptions& options, ArmFrames& frames, std::string& error,
                 MeanFieldHistory* history = nullptr);

} // namespace nk::engine
