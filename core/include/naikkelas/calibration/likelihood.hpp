// What expected mode predicts for one follow-up row, and how likely the row is under it
// (docs/calibration.md). The prediction reads the program arm's exact state distribution
// (StateHistory), weighting each cohort of the row's scope by its participants: a
// participant of a KUBE of k members runs a business when the KUBE's enterprise is
// active. Log-likelihoods leave out the terms that do not depend on the model.
#pragma once

#include "naikkelas/calibration/followup_data.hpp"
#include "naikkelas/engine/state_history.hpp"
#include "naikkelas/scenario/compiled_scenario.hpp"

#include <vector>

namespace nk::calibration {

struct ScopePrediction {
    double running = 0.0; // P(a surveyed participant runs a business)
    double atUmk = 0.0;   // P(a surveyed participant earns at least the UMK)
    // Monthly sales among those running, per revenue bin (sums to 1; all 0 when the model
    // has nobody running). Within a bin, log sales are taken as uniform.
    std::vector<double> sales;
};

ScopePrediction predictRow(const CompiledScenario& scenario, const StateHistory& states,
                           const FollowupRow& row);

// Sales distribution helpers on the grid, piecewise uniform in log sales within a bin.
double salesCdf(const RevenueGrid& grid, const std::vector<double>& sales, double rupiah);
double salesQuantile(const RevenueGrid& grid, const std::vector<double>& sales, double level);

// Binomial: `successes` of `trials` with probability p (floored away from 0 and 1).
double binomialLogLikelihood(int successes, int trials, double p);

// The reported sample quartiles of `running` sales, as the order statistics of ranks
// floor(level (n + 1)) (clamped to 1..n): the joint density of those order statistics
// under the model's sales distribution. A quartile whose rank repeats the one below it
// adds nothing. Zero when no quartile is given.
double salesLogLikelihood(const RevenueGrid& grid, const std::vector<double>& sales,
                          const FollowupRow& row);

// The row's log-likelihood: running of surveyed, at_umk of surveyed, sales quartiles.
double rowLogLikelihood(const RevenueGrid& grid, const ScopePrediction& prediction,
                        const FollowupRow& row);

} // namespace nk::calibration
