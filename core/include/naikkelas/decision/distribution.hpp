// What is believed about an uncertain factor, as probabilistic sensitivity analysis in
// health-economics models states it: a distribution per parameter, drawn by its quantile
// function from a uniform coordinate, so that every design over the unit cube (LHS,
// Saltelli, an uncertainty sample) draws from it unchanged.
#pragma once

#include <string>

namespace nk::decision {

enum class DistributionKind { Uniform, Triangular, Normal, Lognormal, Beta };

struct Distribution {
    DistributionKind kind = DistributionKind::Uniform;
    // uniform: low, high; triangular: low, mode, high; normal: mean, sd;
    // lognormal: median, log_sd; beta: alpha, beta on [low, high] (default [0, 1]).
    double mean = 0.0, sd = 0.0;      // normal
    double median = 0.0, logSd = 0.0; // lognormal
    double alpha = 0.0, beta = 0.0;   // beta
    double mode = 0.0;                // triangular
    // Bounds: required for uniform and triangular, [0, 1] by default for beta, and for
    // normal and lognormal optional truncation (infinite when absent).
    double low = 0.0, high = 0.0;
};

const char* distributionName(DistributionKind kind); // uniform, triangular, ...

// The value below which a share u of the distribution lies, u in [0, 1]; the truncated
// distribution's for normal and lognormal with bounds.
double quantile(const Distribution& distribution, double u);

// The regularized incomplete beta function I_x(a, b), a, b > 0.
double incompleteBeta(double a, double b, double x);

} // namespace nk::decision
