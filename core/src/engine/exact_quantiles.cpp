#include "exact_quantiles.hpp"

#include <algorithm>
#include <bit>
#include <cmath>
#include <limits>

namespace nk::engine {

namespace {

// Two ranks per level, so at most two buckets per level are needed; levels are taken
// kLevelsAtOnce at a time.
constexpr std::size_t kMaxWanted = 32;

// Unsigned integers in the order of the floating-point values they encode (-0 as +0).
template <class Key, class Value> Key orderKey(Value v) {
    constexpr Key sign = Key(1) << (8 * sizeof(Key) - 1);
    const auto bits = std::bit_cast<Key>(v + Value(0));
    return bits & sign ? ~bits : bits | sign;
}

template <class Key, class Value> Value valueOfKey(Key key) {
    constexpr Key sign = Key(1) << (8 * sizeof(Key) - 1);
    return std::bit_cast<Value>(key & sign ? key & ~sign : ~key);
}

// Type 7: linear between the order statistics around level (n - 1), from a function
// giving the value of a rank.
template <class OrderStatistic>
void interpolate(std::span<const double> levels, std::size_t n, OrderStatistic&& orderStatistic,
                 double* out) {
    for (std::size_t l = 0; l < levels.size(); ++l) {
        const double position = levels[l] * double(n - 1);
        const auto lower = static_cast<std::size_t>(std::floor(position));
        const double low = orderStatistic(lower);
        out[l] = lower + 1 >= n
                     ? low
                     : low + (position - double(lower)) * (orderStatistic(lower + 1) - low);
    }
}

} // namespace

constexpr std::size_t kLevelsAtOnce = kMaxWanted / 2;

void ExactQuantiles::compute(std::span<const float> values, std::span<const double> levels,
                             double* out) {
    for (std::size_t l = 0; l < levels.size(); l += kLevelsAtOnce)
        select<std::uint32_t, float>(values,
                                     levels.subspan(l, std::min(kLevelsAtOnce, levels.size() - l)),
                                     out + l, m_keys32, m_gathered32);
}

void ExactQuantiles::compute(std::span<const double> values, std::span<const double> levels,
                             double* out) {
    for (std::size_t l = 0; l < levels.size(); l += kLevelsAtOnce)
        select<std::uint64_t, double>(values,
                                      levels.subspan(l, std::min(kLevelsAtOnce, levels.size() - l)),
                                      out + l, m_keys64, m_gathered64);
}

void ExactQuantiles::computeWhole(std::span<const float> values, float lowest, std::uint32_t span,
                                  std::span<const double> levels, double* out) {
    m_occurrences.assign(std::size_t(span) + 1, 0);
    for (float v : values) ++m_occurrences[static_cast<std::uint32_t>(v - lowest)];
    const std::size_t n = values.size();
    // The value of rank r: walk the occurrences from where the previous, smaller rank
    // ended (levels need not be sorted, so restart when a rank is smaller).
    std::size_t value = 0, seen = 0;
    auto orderStatistic = [&](std::size_t r) {
        if (r < seen) value = seen = 0;
        while (seen + m_occurrences[value] <= r) seen += m_occurrences[value++];
        return double(lowest + float(value)) + 0.0;
    };
    interpolate(levels, n, orderStatistic, out);
}

template <class Key, class Value>
void ExactQuantiles::select(std::span<const Value> values, std::span<const double> levels,
                            double* out, std::vector<Key>& keys, std::vector<Key>& gathered) {
    keys.resize(values.size());
    std::size_t n = 0;
    for (Value v : values)
        if (!std::isnan(v)) keys[n++] = orderKey<Key>(v);
    keys.resize(n);
    if (n == 0) {
        std::fill_n(out, levels.size(), std::numeric_limits<double>::quiet_NaN());
        return;
    }
    const auto [minIt, maxIt] = std::minmax_element(keys.begin(), keys.end());
    const Key lowest = *minIt;
    const Key range = *maxIt - lowest;
    if (range == 0) {
        std::fill_n(out, levels.size(), double(valueOfKey<Key, Value>(lowest)));
        return;
    }
    // About two values a bucket.
    const int bucketBits = std::max(4, int(std::bit_width(n)) - 1);
    const int shift = std::max(0, int(std::bit_width(range)) - bucketBits);
    auto bucketOf = [&](Key k) { return static_cast<std::size_t>((k - lowest) >> shift); };
    m_histogram.assign(bucketOf(*maxIt) + 1, 0);
    for (Key k : keys) ++m_histogram[bucketOf(k)];

    // The ranks needed, each level's order statistic and the next one, and their buckets.
    m_ranks.clear();
    for (double level : levels) {
        const auto lower = static_cast<std::size_t>(std::floor(level * double(n - 1)));
        m_ranks.push_back(lower);
        if (lower + 1 < n) m_ranks.push_back(lower + 1);
    }
    std::sort(m_ranks.begin(), m_ranks.end());
    m_wanted.clear();
    m_below.clear();
    std::size_t seen = 0, bucket = 0;
    for (std::size_t r : m_ranks) {
        while (seen + m_histogram[bucket] <= r) seen += m_histogram[bucket++];
        if (m_wanted.empty() || m_wanted.back() != bucket) {
            m_wanted.push_back(bucket);
            m_below.push_back(seen);
        }
    }
    // The smallest and largest key of each needed bucket; only a bucket holding more
    // than one distinct value needs its values sorted.
    m_slot.assign(m_histogram.size(), 0);
    for (std::size_t i = 0; i < m_wanted.size(); ++i) m_slot[m_wanted[i]] = std::uint8_t(1 + i);
    Key least[kMaxWanted], most[kMaxWanted];
    std::fill_n(least, m_wanted.size(), std::numeric_limits<Key>::max());
    std::fill_n(most, m_wanted.size(), Key(0));
    for (Key k : keys)
        if (const int slot = m_slot[bucketOf(k)]) {
            least[slot - 1] = std::min(least[slot - 1], k);
            most[slot - 1] = std::max(most[slot - 1], k);
        }
    gathered.clear();
    bool mixed = false;
    for (std::size_t i = 0; i < m_wanted.size(); ++i)
        if (least[i] != most[i])
            mixed = true;
        else
            m_slot[m_wanted[i]] = 0;
    if (mixed) {
        for (Key k : keys)
            if (m_slot[bucketOf(k)]) gathered.push_back(k);
        std::sort(gathered.begin(), gathered.end());
    }
    auto orderStatistic = [&](std::size_t r) {
        std::size_t offset = 0; // gathered values in the mixed buckets before r's
        std::size_t i = 0;
        for (; r >= m_below[i] + m_histogram[m_wanted[i]]; ++i)
            if (least[i] != most[i]) offset += m_histogram[m_wanted[i]];
        const Key key = least[i] == most[i] ? least[i] : gathered[offset + (r - m_below[i])];
        return double(valueOfKey<Key, Value>(key));
    };
    interpolate(levels, n, orderStatistic, out);
}

} // namespace nk::engine
