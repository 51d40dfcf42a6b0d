// Probabilistic sensitivity analysis, as health-economics decision models report it:
// every plan is run on the same draws of the uncertain parameters (and, in Monte Carlo,
// on the same replication per draw), so plans are compared draw by draw. Per plan: each
// indicator's mean and 90 % band over the draws; on the design's outcome, the paired
// difference from the first plan and the probability of beating it; and the
// acceptability curve: the probability that the cost per additional unit of outcome
// stays under a threshold.
#pragma once

#include "naikkelas/decision/exploration.hpp"

#include <string>
#include <vector>

namespace nk::decision {

struct PlanUncertainty {
    std::string name;
    // Per indicator, over the draws (undefined draws, a ratio over nothing, left out).
    std::vector<double> mean, q05, q50, q95;
    // The outcome of this plan minus the first plan's, draw by draw.
    double differenceMean = 0.0, differenceQ05 = 0.0, differenceQ95 = 0.0;
    // Share of draws where this plan's outcome exceeds the first plan's (ties count
    // half); 0.5 for the first plan itself.
    double probabilityBetter = 0.5;
};

struct AcceptabilityPoint {
    double threshold = 0.0;          // rupiah of discounted cost per unit of outcome
    std::vector<double> probability; // per plan: share of draws at or under the threshold
};

struct UncertaintyReport {
    std::string outcome;
    std::vector<PlanUncertainty> plans;
    std::vector<AcceptabilityPoint> acceptability;
};

// `outputs[p]` is point p's outputs (one per indicator: a draw is one replication).
UncertaintyReport analyzeUncertainty(const Experiment& experiment, const DesignPlan& plan,
                                     const std::vector<std::string>& indicators,
                                     const std::vector<std::vector<double>>& outputs);

// Thresholds for the acceptability curve: `count` + 1 evenly spaced from 0 to a round
// number at or above `largest`.
std::vector<double> acceptabilityThresholds(double largest, int count);

} // namespace nk::decision
