// The log-revenue grid of docs/model.md 2.1 and its discretised lognormal.
#pragma once

#include <vector>

namespace nk {

struct GridSpec;

class RevenueGrid {
public:
    RevenueGrid() = default;
    explicit RevenueGrid(const GridSpec& spec);

    int bins() const { return m_bins; }
    double delta() const { return m_delta; }
    double edge(int k) const { return m_logMin + k * m_delta; }           // l_k, k = 0..B
    double centre(int k) const { return m_logMin + (k + 0.5) * m_delta; } // x_k
    double value(int k) const { return m_values[k]; }                     // v_k = exp(x_k)
    const std::vector<double>& values() const { return m_values; }

    // The bin whose [l_k, l_{k+1}) holds the log value, clamped to 0..B-1.
    int binOfLog(double logValue) const;

    // pi_k of docs/model.md 2.1: lognormal(median, logSd) with the tails folded into the
    // first and last bins; logSd = 0 puts all mass in the bin holding ln(median).
    std::vector<double> lognormal(double median, double logSd) const;

private:
    double m_logMin = 0.0;
    double m_delta = 1.0;
    int m_bins = 0;
    std::vector<double> m_values;
};

// Standard normal CDF, accurate in both tails (erfc based).
double normalCdf(double x);
// Its inverse, to full double precision; -inf at 0 and +inf at 1.
double normalQuantile(double p);
// P(a < Z < b) for a standard normal Z, a <= b (either may be infinite).
double normalMass(double a, double b);

// One point z of the standard normal with the probability of its smaller tail, so that
// the mass between consecutive edges of a grid costs one erfc per edge, not two.
class NormalTail {
public:
    explicit NormalTail(double z);
    // P(z < Z < upper.z), upper.z >= z, with normalMass's precision in the tails.
    double massTo(const NormalTail& upper) const;

private:
    double m_z;
    double m_tail; // Phi(z) left of 0, Phi(-z) right of it
};

} // namespace nk
