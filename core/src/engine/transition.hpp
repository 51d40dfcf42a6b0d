// The monthly transition of MODEL.md 2.3 for one group and arm: the distribution of a
// survivor's move, shared by both modes, and for Monte Carlo of large groups the month
// tabulated once per distinct set of modifiers (closure per bin, the capacity cap, the
// starting-revenue distribution as 32-bit fixed-point thresholds with guide and direct
// tables). Small groups and expected mode go without tables (SampledStep, ExpectedStep).
#pragma once

#include "naikkelas/engine/modifiers.hpp"
#include "naikkelas/scenario/compiled_scenario.hpp"

#include <array>
#include <cstdint>
#include <memory>
#include <vector>

namespace nk::engine {

// Monte Carlo state of one enterprise in one arm, one byte, the index of the state in
// (P, A_0..A_{B-1}, X): 0 prospect, 1 + k active in bin k, B + 1 closed (B <= 250).
inline constexpr std::uint8_t kProspectState = 0;
inline std::uint8_t closedState(int bins) {
    return static_cast<std::uint8_t>(bins + 1);
}

// Inverse-CDF sampling of a discrete distribution from a 32-bit uniform in O(1): the
// guide names the first candidate for each of 1024 slices of the range. Most slices
// hold no step of the CDF ("pure": flagged in the top bit), and give the outcome at once.
class DiscreteSampler {
public:
    DiscreteSampler() = default;
    explicit DiscreteSampler(const std::vector<double>& probabilities);
    int sample(std::uint32_t u) const {
        const std::uint16_t guide = m_guide[u >> (32 - kGuideBits)];
        if (guide & kPure) [[likely]]
            return guide & ~kPure;
        std::uint32_t i = guide;
        while (m_cdf[i] <= u) ++i;
        return static_cast<int>(i);
    }

private:
    static constexpr int kGuideBits = 10;
    static constexpr std::uint16_t kPure = 0x8000;
    std::vector<std::uint64_t> m_cdf; // cumulative * 2^32, the last being 2^32
    std::array<std::uint16_t, std::size_t(1) << kGuideBits> m_guide{};
};

// The move d = j - k of a survivor before clamping and the cap: P(d = min + i) = mass[i],
// over the offsets whose mass is not negligible (MODEL.md 2.3's kernel; the tails
// beyond +-(B - 1) are lumped at the ends, where the clamped destination puts them).
struct MoveOffsets {
    int min = 0;
    std::vector<double> mass;
};
void moveOffsets(const CompiledScenario& scenario, const Modifiers& m, MoveOffsets& out);

struct TransitionTables {
    Modifiers modifiers;
    double startProb = 0.0;
    std::vector<double> closure;    // q_k
    int capacityBin = 0;            // kappa
    int offsetMin = 0;              // smallest move d = j - k with non-negligible mass
    std::vector<double> offsetMass; // P(move = offsetMin + i), tails lumped at +-(B-1)
    std::vector<double> startBins;  // starting-revenue distribution over bins

    // Monte Carlo, by state byte s. Draw 0 below eventThreshold[s] means the event of
    // the state (a prospect starts, an active firm closes); otherwise the next state is
    // moveTable[s * moves + i] with i the move sampled from draw 1. directTable[s * 256 +
    // (draw 1 >> 24)] has that next state at once wherever the 256th of the range of
    // draw 1 leads to one state only, else kMixedSlice.
    static constexpr std::uint8_t kMixedSlice = 255;
    std::uint8_t closed = 0;
    std::array<std::uint64_t, 256> eventThreshold{};
    std::vector<std::uint8_t> moveTable;
    std::vector<std::uint8_t> directTable;
    DiscreteSampler moveSampler;  // index into offsetMass
    DiscreteSampler startSampler; // bin of a starter, from draw 1

    int moves() const { return static_cast<int>(offsetMass.size()); }
};

// The Monte Carlo transition of one arm as plain pointers and sizes, copied into the hot
// loop's locals: through the tables' vectors, every store of a state byte (which may
// alias anything) would make the compiler load them again.
struct MonteCarloStep {
    explicit MonteCarloStep(const TransitionTables& t)
        : directTable(t.directTable.data()), moveTable(t.moveTable.data()),
          moves(t.offsetMass.size()), eventThreshold(t.eventThreshold.data()),
          moveSampler(&t.moveSampler), startSampler(&t.startSampler), closed(t.closed) {}

    std::uint8_t next(std::uint8_t s, std::uint32_t u0, std::uint32_t u1) const {
        std::uint8_t n = directTable[(std::size_t(s) << 8) | (u1 >> 24)];
        if (n == TransitionTables::kMixedSlice) [[unlikely]]
            n = moveTable[std::size_t(s) * moves + moveSampler->sample(u1)];
        if (u0 < eventThreshold[s]) [[unlikely]]
            n = s == kProspectState ? static_cast<std::uint8_t>(1 + startSampler->sample(u1))
                                    : closed;
        return n;
    }

    const std::uint8_t* directTable;
    const std::uint8_t* moveTable;
    std::size_t moves;
    const std::uint64_t* eventThreshold;
    const DiscreteSampler* moveSampler;
    const DiscreteSampler* startSampler;
    std::uint8_t closed;
};

// Groups of at least this many enterprises are moved with Monte Carlo tables; smaller
// ones sample each move from the modifiers (SampledStep), which costs no table build
// when plugins change the modifiers every month (tests/bench/bench_plugins).
inline constexpr int kDirectTableMinEnterprises = 4096;

TransitionTables buildTransitionTables(const CompiledScenario& scenario, const Modifiers& m);

// Remembers the tables of recently seen modifiers: with no plugin, or plugins whose
// effects depend only on the month, few distinct sets occur in a run.
class TransitionCache {
public:
    explicit TransitionCache(const CompiledScenario& scenario) : m_scenario(scenario) {}
    // Starts a month: tables returned from now on stay valid until the next newMonth(),
    // however many distinct modifiers the month brings.
    void newMonth() { ++m_month; }
    const TransitionTables& get(const Modifiers& m);

private:
    struct Entry {
        std::unique_ptr<TransitionTables> tables;
        std::uint64_t lastUsed = 0; // the month it was last handed out
    };
    const CompiledScenario& m_scenario;
    std::uint64_t m_month = 0;
    std::vector<Entry> m_entries;
};

} // namespace nk::engine
