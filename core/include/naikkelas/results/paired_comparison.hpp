// Two Monte Carlo runs on the same random numbers (the same seed; each cohort keyed by
// its id), compared replication by replication: the band of a difference is the band
// of the per-replication differences, far narrower than the difference of two
// independent bands. A difference whose band includes zero is not distinguishable at
// the band's level. In expected mode there is one value each, and no band.
#pragma once

#include "naikkelas/results/result_set.hpp"

#include <string>
#include <vector>

namespace nk {

struct IndicatorDifference {
    std::string key;
    std::string unit;
    double difference = 0.0;       // other - reference (Monte Carlo: mean of the pairs)
    std::vector<double> quantiles; // of the paired differences, at the reference's levels
    bool distinguishable = true;   // false when the band includes zero
};

// other - reference for every indicator both have. Monte Carlo pairs need the same
// number of replications; replications where either value is undefined (a ratio over no
// additional enterprise) are left out of that indicator's pairs.
// The type-7 quantile (R's default) of sorted, non-empty values at `level` in [0, 1].
double quantileOfSorted(const std::vector<double>& sorted, double level);

std::vector<IndicatorDifference> pairedDifferences(const ResultSet& reference,
                                                   const ResultSet& other);

} // namespace nk
