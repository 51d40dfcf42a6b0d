#include "naikkelas/engine/grid.hpp"

#include "naikkelas/scenario/scenario.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

namespace nk {

double normalCdf(double x) {
    return 0.5 * std::erfc(-x / std::sqrt(2.0));
}

double normalMass(double a, double b) {
    // Subtract upper-tail values when both ends are right of 0, so that tiny masses far
    // out keep their relative precision.
    return a > 0.0 ? normalCdf(-a) - normalCdf(-b) : normalCdf(b) - normalCdf(a);
}

// Inverse of the standard normal CDF: Abramowitz & Stegun 26.2.23 (error < 4.5e-4) as
// the start, then Newton steps on normalCdf to full double precision.
double normalQuantile(double p) {
    if (p <= 0.0) return -std::numeric_limits<double>::infinity();
    if (p >= 1.0) return std::numeric_limits<double>::infinity();
    const double tail = std::min(p, 1.0 - p);
    const double t = std::sqrt(-2.0 * std::log(tail));
    double z = t - (2.515517 + 0.802853 * t + 0.010328 * t * t) /
                       (1.0 + 1.432788 * t + 0.189269 * t * t + 0.001308 * t * t * t);
    if (p < 0.5) z = -z;
    for (int i = 0; i < 4; ++i) {
        const double density = std::exp(-0.5 * z * z) / std::sqrt(2.0 * M_PI);
        z -= (normalCdf(z) - p) / density;
    }
    return z;
}

NormalTail::NormalTail(double z) : m_z(z), m_tail(normalCdf(z > 0.0 ? -z : z)) {}

double NormalTail::massTo(const NormalTail& upper) const {
    // As normalMass: upper-tail values when both ends are right of 0.
    if (m_z > 0.0) return m_tail - upper.m_tail;
    const double cdfUpper = upper.m_z > 0.0 ? 1.0 - upper.m_tail : upper.m_tail;
    return cdfUpper - m_tail;
}

RevenueGrid::RevenueGrid(const GridSpec& spec)
    : m_logMin(std::log(spec.r_min)), m_delta(std::log(10.0) / spec.bins_per_decade),
      m_bins(static_cast<int>(
          std::lround(spec.bins_per_decade * std::log10(spec.r_max / spec.r_min)))) {
    m_values.resize(m_bins);
    for (int k = 0; k < m_bins; ++k) m_values[k] = std::exp(centre(k));
}

int RevenueGrid::binOfLog(double logValue) const {
    const double k = std::floor((logValue - m_logMin) / m_delta);
    if (!(k >= 0.0)) return 0; // also NaN
    return k >= m_bins - 1 ? m_bins - 1 : static_cast<int>(k);
}

std::vector<double> RevenueGrid::lognormal(double median, double logSd) const {
    std::vector<double> pi(m_bins, 0.0);
    const double mu = std::log(median);
    if (logSd <= 0.0) {
        pi[binOfLog(mu)] = 1.0;
        return pi;
    }
    // Interior edges l_1..l_{B-1}; bin 0 takes everything below l_1, bin B-1 everything
    // above l_{B-1}. Each edge's tail is computed once and serves both bins beside it.
    const double inf = std::numeric_limits<double>::infinity();
    NormalTail lower(-inf);
    for (int k = 0; k < m_bins; ++k) {
        const NormalTail upper(k == m_bins - 1 ? inf : (edge(k + 1) - mu) / logSd);
        pi[k] = lower.massTo(upper);
        lower = upper;
    }
    return pi;
}

} // namespace nk
