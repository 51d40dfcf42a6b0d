// The month's transition of MODEL.md 2.3 for one group and arm, sampled enterprise by
// enterprise straight from the modifiers, with no per-month tables. Plugins change the
// modifiers of a small group nearly every month, and building tables for a dozen
// enterprises costs far more than it saves; large groups keep the tables
// (TransitionTables), which the same draws sample from the same distribution.
#pragma once

#include "normal_floor.hpp"
#include "transition.hpp"

#include <algorithm>
#include <cstdint>

namespace nk::engine {

class SampledStep {
public:
    SampledStep(const CompiledScenario& scenario, const Modifiers& m);

    std::uint8_t next(std::uint8_t s, std::uint32_t u0, std::uint32_t u1) const {
        if (s == kProspectState) {
            if (u0 >= m_startThreshold) return kProspectState;
            const int bin = NormalFloor::sample(m_startA, m_startB, u1);
            return static_cast<std::uint8_t>(1 + std::clamp(bin, 0, m_bins - 1));
        }
        if (s == m_closed) return m_closed;
        const int k = s - 1;
        if (u0 < closureThreshold(k)) return m_closed;
        const int j = std::clamp(k + NormalFloor::sample(m_moveA, m_moveB, u1), 0, m_bins - 1);
        return static_cast<std::uint8_t>(1 + std::min(j, std::max(m_capacityBin, k)));
    }

    const Modifiers& modifiers() const { return m_modifiers; }

private:
    // As TransitionTables' thresholds: the clamped probability times 2^32, truncated.
    std::uint64_t closureThreshold(int k) const {
        return static_cast<std::uint64_t>(std::clamp(m_closureBase[k] * m_exitMult, 0.0, 1.0) *
                                          4294967296.0);
    }

    Modifiers m_modifiers;
    const double* m_closureBase;
    double m_exitMult;
    std::uint64_t m_startThreshold;
    double m_moveA, m_moveB;   // move d = floor(moveA + moveB·Z)
    double m_startA, m_startB; // starter's bin = floor(startA + startB·Z)
    int m_capacityBin;
    int m_bins;
    std::uint8_t m_closed;
};

} // namespace nk::engine
