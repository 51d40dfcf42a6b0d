// Every group's expected counts over (P, A_0..A_{B-1}, X) at every month and arm, as
// expected mode computes them (docs/model.md 2.5). Monte Carlo reads them for its
// mean-field modifiers; calibration (naikkelas/calibration/) reads the exact state
// distribution of each cohort that a likelihood needs and the reported series only sum.
#pragma once

#include <cstddef>
#include <span>
#include <vector>

namespace nk {

class StateHistory {
public:
    void reset(int months, int groups, int states) {
        m_months = months;
        m_groups = groups;
        m_states = states;
        m_counts.assign(std::size_t(months) * 2 * groups * states, 0.0);
    }
    int months() const { return m_months; }
    int groups() const { return m_groups; }
    // counts(t, arm, g): B + 2 expected counts, P first and X last; arm 0 is the program
    // arm, 1 the baseline (engine.hpp's kSimulatedArms). A group before its entry month
    // holds zeros.
    std::span<const double> counts(int t, int arm, int g) const {
        return {m_counts.data() + offset(t, arm, g), std::size_t(m_states)};
    }
    double* at(int t, int arm, int g) { return m_counts.data() + offset(t, arm, g); }

private:
    std::size_t offset(int t, int arm, int g) const {
        return ((std::size_t(t) * 2 + arm) * m_groups + g) * m_states;
    }
    int m_months = 0;
    int m_groups = 0;
    int m_states = 0;
    std::vector<double> m_counts;
};

} // namespace nk
