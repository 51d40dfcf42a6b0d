// Counter-based randomness (docs/model.md 2.6): every draw is a pure function of
// (seed, replication, enterprise, month), so results do not depend on thread count or
// scheduling, and both arms read the same numbers (common random numbers).
//
// One 64-bit output per (replication, enterprise, month) is the SplitMix64 output at
// counter position (replication << 44 | enterprise << 10 | month) of the stream keyed
// by the seed; its two 32-bit halves are draws 0 and 1.
#pragma once

#include <cstdint>

namespace nk {

inline constexpr int kMonthBits = 10;      // months 0..1023 (horizon <= 600)
inline constexpr int kEnterpriseBits = 34; // up to 17 billion enterprises
inline constexpr int kReplicationBits = 64 - kMonthBits - kEnterpriseBits;

constexpr std::uint64_t mix64(std::uint64_t z) {
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

class RandomStream {
    static constexpr std::uint64_t kGamma = 0x9E3779B97F4A7C15ull; // SplitMix64's increment

public:
    constexpr RandomStream(std::uint64_t seed, std::uint64_t replication)
        : m_key(mix64(seed ^ 0x6E61696B6B656C61ull)),
          m_base(replication << (kEnterpriseBits + kMonthBits)) {}

    // The stream of one group (a cohort): its own key, the same replication. Enterprises
    // are then numbered within the group.
    constexpr RandomStream forGroup(std::uint64_t groupKey) const {
        RandomStream group = *this;
        group.m_key = mix64(m_key ^ mix64(groupKey));
        return group;
    }

    // Draw 0 in the low 32 bits, draw 1 in the high 32 bits.
    constexpr std::uint64_t bits(std::uint64_t enterprise, std::uint64_t month) const {
        const std::uint64_t counter = m_base | (enterprise << kMonthBits) | month;
        return mix64(m_key + (counter + 1) * kGamma);
    }

    // Walks bits(first, month), bits(first + 1, month), ...: from one enterprise to the
    // next the mixed-in counter grows by a constant, so each step is one addition.
    class Cursor {
    public:
        constexpr Cursor(std::uint64_t start, std::uint64_t step) : m_z(start), m_step(step) {}
        constexpr std::uint64_t next() {
            const std::uint64_t bits = mix64(m_z);
            m_z += m_step;
            return bits;
        }

    private:
        std::uint64_t m_z;
        std::uint64_t m_step;
    };

    constexpr Cursor cursor(std::uint64_t first, std::uint64_t month) const {
        return {m_key + ((m_base | (first << kMonthBits) | month) + 1) * kGamma,
                kGamma << kMonthBits};
    }

private:
    std::uint64_t m_key;
    std::uint64_t m_base;
};

inline constexpr std::uint32_t draw0(std::uint64_t bits) {
    return static_cast<std::uint32_t>(bits);
}
inline constexpr std::uint32_t draw1(std::uint64_t bits) {
    return static_cast<std::uint32_t>(bits >> 32);
}

} // namespace nk
