#include "naikkelas/decision/distribution.hpp"

#include "naikkelas/engine/grid.hpp"

#include <algorithm>
#include <cmath>

namespace nk::decision {

namespace {

// The continued fraction of I_x(a, b) by the modified Lentz method (converges for
// x < (a + 1) / (a + b + 2); the symmetry I_x(a, b) = 1 - I_{1-x}(b, a) covers the rest).
double betaFraction(double a, double b, double x) {
    constexpr double tiny = 1e-300;
    double c = 1.0;
    double d = 1.0 - (a + b) * x / (a + 1.0);
    d = 1.0 / (std::fabs(d) < tiny ? tiny : d);
    double f = d;
    for (int m = 1; m <= 500; ++m) {
        for (const bool even : {true, false}) {
            const double numerator =
                even ? m * (b - m) * x / ((a + 2.0 * m - 1.0) * (a + 2.0 * m))
                     : -(a + m) * (a + b + m) * x / ((a + 2.0 * m) * (a + 2.0 * m + 1.0));
            d = 1.0 + numerator * d;
            d = 1.0 / (std::fabs(d) < tiny ? tiny : d);
            c = 1.0 + numerator / c;
            if (std::fabs(c) < tiny) c = tiny;
            f *= c * d;
            if (!even && std::fabs(c * d - 1.0) < 1e-15) return f;
        }
    }
    return f;
}

// The u-quantile of the standard normal truncated to [lo, hi] (in z units).
double truncatedNormal(double u, double lo, double hi) {
    const double a = normalCdf(lo), b = normalCdf(hi);
    return normalQuantile(a + u * (b - a));
}

double betaQuantile(double a, double b, double u) {
    // I_x is increasing in x: bisection to double precision.
    double lo = 0.0, hi = 1.0;
    for (int i = 0; i < 100 && hi - lo > 1e-15; ++i) {
        const double mid = 0.5 * (lo + hi);
        (incompleteBeta(a, b, mid) < u ? lo : hi) = mid;
    }
    return 0.5 * (lo + hi);
}

} // namespace

const char* distributionName(DistributionKind kind) {
    static const char* const names[] = {"uniform", "triangular", "normal", "lognormal", "beta"};
    return names[static_cast<int>(kind)];
}

double incompleteBeta(double a, double b, double x) {
    if (x <= 0.0) return 0.0;
    if (x >= 1.0) return 1.0;
    const double front = std::exp(std::lgamma(a + b) - std::lgamma(a) - std::lgamma(b) +
                                  a * std::log(x) + b * std::log1p(-x));
    if (x < (a + 1.0) / (a + b + 2.0)) return front * betaFraction(a, b, x) / a;
    return 1.0 - front * betaFraction(b, a, 1.0 - x) / b;
}

double quantile(const Distribution& d, double u) {
    u = std::clamp(u, 0.0, 1.0);
    switch (d.kind) {
    case DistributionKind::Uniform:
        return d.low + u * (d.high - d.low);
    case DistributionKind::Triangular: {
        const double width = d.high - d.low;
        const double split = width > 0 ? (d.mode - d.low) / width : 0.0;
        return u < split ? d.low + std::sqrt(u * width * (d.mode - d.low))
                         : d.high - std::sqrt((1.0 - u) * width * (d.high - d.mode));
    }
    case DistributionKind::Normal:
        u = std::clamp(u, 1e-12, 1.0 - 1e-12); // the unbounded ends are infinite
        return d.mean +
               d.sd * truncatedNormal(u, (d.low - d.mean) / d.sd, (d.high - d.mean) / d.sd);
    case DistributionKind::Lognormal: {
        u = std::clamp(u, 1e-12, 1.0 - 1e-12);
        const double mu = std::log(d.median);
        const double lo = d.low > 0 ? (std::log(d.low) - mu) / d.logSd : -INFINITY;
        return std::exp(mu + d.logSd * truncatedNormal(u, lo, (std::log(d.high) - mu) / d.logSd));
    }
    case DistributionKind::Beta:
        return d.low + (d.high - d.low) * betaQuantile(d.alpha, d.beta, u);
    }
    return d.low;
}

} // namespace nk::decision
