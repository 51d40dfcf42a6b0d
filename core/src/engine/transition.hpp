// The monthly transition of MODEL.md 2.3 for one group and arm, tabulated once per
// distinct set of modifiers: closure per bin, the move offset distribution, the
// capacity cap and the starting-revenue distribution, in double precision (expected
// mode) and as 32-bit fixed-point thresholds with guide tables (Monte Carlo).
#pragma once

#include "naikkelas/engine/modifiers.hpp"
#include "naikkelas/scenario/compiled_scenario.hpp"

#include <array>
#include <cstdint>
#include <memory>
#include <vector>

namespace nk::engine {

// Inverse-CDF sampling of a discrete distribution from a 32-bit uniform, in O(1)
// expected steps: the guide gives a first candidate for each of 256 slices of the range.
class DiscreteSampler {
public:
    DiscreteSampler() = default;
    explicit DiscreteSampler(const std::vector<double>& probabilities);
    int sample(std::uint32_t u) const {
        std::uint32_t i = m_guide[u >> 24];
        while (m_cdf[i] <= u) ++i;
        return static_cast<int>(i);
    }

private:
    std::vector<std::uint64_t> m_cdf; // cumulative * 2^32, the last being 2^32
    std::array<std::uint32_t, 256> m_guide{};
};

struct TransitionTables {
    Modifiers modifiers;
    double startProb = 0.0;
    std::vector<double> closure;    // q_k
    int capacityBin = 0;            // kappa
    int offsetMin = 0;              // smallest move d = j - k with non-negligible mass
    std::vector<double> offsetMass; // P(move = offsetMin + i), tails lumped at +-(B-1)
    std::vector<double> startBins;  // starting-revenue distribution over bins

    // Monte Carlo forms.
    std::uint64_t startThreshold = 0;           // draw < threshold: starts
    std::vector<std::uint64_t> closeThreshold;  // per bin
    DiscreteSampler offsetSampler;              // index into offsetMass
    DiscreteSampler startSampler;               // bin

    int destination(int k, int offsetIndex, int bins) const {
        int j = k + offsetMin + offsetIndex;
        j = j < 0 ? 0 : (j >= bins ? bins - 1 : j);
        const int cap = capacityBin > k ? capacityBin : k;
        return j < cap ? j : cap;
    }
};

TransitionTables buildTransitionTables(const CompiledScenario& scenario, const Modifiers& m);

// Remembers the tables of recently seen modifiers: with no plugin, or plugins whose
// effects depend only on the month, few distinct sets occur in a run.
class TransitionCache {
public:
    explicit TransitionCache(const CompiledScenario& scenario) : m_scenario(scenario) {}
    const TransitionTables& get(const Modifiers& m);

private:
    const CompiledScenario& m_scenario;
    std::vector<std::unique_ptr<TransitionTables>> m_entries; // most recent last
};

// Expected mode: one month of a group's probability (or count) vector over
// (P, A_0..A_{B-1}, X), into `next` (same size, overwritten).
void advanceExpected(const TransitionTables& t, const std::vector<double>& current,
                     std::vector<double>& next);

} // namespace nk::engine
