// Exact quantiles (Hyndman & Fan type 7, as R and numpy by default) of one series cell
// over the replications, without sorting: a radix histogram of the values' order-
// preserving bit patterns finds the bucket of each order statistic needed; a bucket
// holding one distinct value (ties are the rule for counts) gives it at once, and only
// the values of the other needed buckets are sorted. The result equals selection by sorting, bit
// for bit; NaNs are left out.
#pragma once

#include <cstdint>
#include <span>
#include <vector>

namespace nk::engine {

class ExactQuantiles {
public:
    // out[l] gets the quantile at levels[l] (NaN when every value is NaN). Series draws
    // are floats; the key indicators keep doubles.
    void compute(std::span<const float> values, std::span<const double> levels, double* out);
    void compute(std::span<const double> values, std::span<const double> levels, double* out);
    // The same for values known to be whole numbers from lowest to lowest + span (no
    // NaN, span small: counts of enterprises), by counting each value's occurrences.
    void computeWhole(std::span<const float> values, float lowest, std::uint32_t span,
                      std::span<const double> levels, double* out);

private:
    template <class Key, class Value>
    void select(std::span<const Value> values, std::span<const double> levels, double* out,
                std::vector<Key>& keys, std::vector<Key>& gathered);

    std::vector<std::uint32_t> m_keys32, m_gathered32;
    std::vector<std::uint64_t> m_keys64, m_gathered64;
    std::vector<std::uint32_t> m_histogram;
    std::vector<std::size_t> m_ranks;
    std::vector<std::size_t> m_wanted; // sorted bucket indices holding a needed rank
    std::vector<std::size_t> m_below;  // values in the buckets before m_wanted[i]
    std::vector<std::uint8_t> m_slot;  // per bucket: 1 + its index in m_wanted, or 0
    std::vector<std::uint32_t> m_occurrences;
};

} // namespace nk::engine
