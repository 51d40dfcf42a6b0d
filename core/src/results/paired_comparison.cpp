#include "naikkelas/results/paired_comparison.hpp"

#include <algorithm>
#include <cmath>

namespace nk {

double quantileOfSorted(const std::vector<double>& sorted, double level) {
    const double position = level * double(sorted.size() - 1);
    const auto lower = static_cast<std::size_t>(std::floor(position));
    if (lower + 1 >= sorted.size()) return sorted[lower];
    return sorted[lower] + (position - double(lower)) * (sorted[lower + 1] - sorted[lower]);
}

std::vector<IndicatorDifference> pairedDifferences(const ResultSet& reference,
                                                   const ResultSet& other) {
    std::vector<IndicatorDifference> out;
    const bool paired =
        reference.mode == RunMode::MonteCarlo && other.mode == RunMode::MonteCarlo &&
        reference.replications == other.replications && !reference.replicationIndicators.empty() &&
        !other.replicationIndicators.empty();
    const std::size_t nRef = reference.indicators.size(), nOther = other.indicators.size();
    for (std::size_t i = 0; i < nRef; ++i) {
        const Indicator& r = reference.indicators[i];
        const auto found = std::find_if(other.indicators.begin(), other.indicators.end(),
                                        [&](const Indicator& o) { return o.key == r.key; });
        if (found == other.indicators.end()) continue;
        const std::size_t j = std::size_t(found - other.indicators.begin());
        IndicatorDifference d{r.key, r.unit, found->mean - r.mean, {}, true};
        if (paired) {
            std::vector<double> pairs;
            for (int rep = 0; rep < reference.replications; ++rep) {
                const double a = reference.replicationIndicators[rep * nRef + i];
                const double b = other.replicationIndicators[rep * nOther + j];
                if (std::isfinite(a) && std::isfinite(b)) pairs.push_back(b - a);
            }
            if (!pairs.empty()) {
                std::sort(pairs.begin(), pairs.end());
                for (double level : reference.quantileLevels)
                    d.quantiles.push_back(quantileOfSorted(pairs, level));
                d.distinguishable = !(d.quantiles.front() <= 0.0 && d.quantiles.back() >= 0.0);
            }
        }
        out.push_back(std::move(d));
    }
    return out;
}

} // namespace nk
