#include "naikkelas/decision/sensitivity.hpp"

#include "naikkelas/engine/random_stream.hpp"

#include <algorithm>
#include <cmath>

namespace nk::decision {

std::vector<Swing> oatSwings(int factors, const std::vector<double>& outputs) {
    std::vector<Swing> swings(static_cast<std::size_t>(factors));
    for (int f = 0; f < factors; ++f)
        swings[f] = {outputs[1 + 2 * f] - outputs[0], outputs[2 + 2 * f] - outputs[0]};
    return swings;
}

std::vector<MorrisIndex> morrisIndices(const MorrisDesign& d, const std::vector<double>& outputs) {
    std::vector<std::vector<double>> effects(static_cast<std::size_t>(d.factors));
    const int k = d.factors;
    for (int t = 0; t < d.trajectories; ++t)
        for (int s = 0; s < k; ++s) {
            const std::size_t from = std::size_t(t) * (k + 1) + s;
            const int f = d.movedFactor[std::size_t(t) * k + s];
            const double step = d.points[from + 1][f] - d.points[from][f];
            effects[f].push_back((outputs[from + 1] - outputs[from]) / step);
        }
    std::vector<MorrisIndex> out(static_cast<std::size_t>(k));
    for (int f = 0; f < k; ++f) {
        const auto& e = effects[f];
        const double n = double(e.size());
        double sum = 0.0, absolute = 0.0;
        for (double v : e) {
            sum += v;
            absolute += std::fabs(v);
        }
        out[f].mu = sum / n;
        out[f].muStar = absolute / n;
        double squares = 0.0;
        for (double v : e) squares += (v - out[f].mu) * (v - out[f].mu);
        out[f].sigma = e.size() > 1 ? std::sqrt(squares / (n - 1)) : 0.0;
    }
    return out;
}

namespace {

struct SobolSums {
    std::vector<double> s1, st;
};

// Indices from the samples j in `rows` (a bootstrap resample, or 0..n-1).
SobolSums sobolOf(const SaltelliDesign& d, const std::vector<double>& y,
                  const std::vector<int>& rows) {
    const std::size_t n = static_cast<std::size_t>(d.samples);
    const double m = double(rows.size());
    double mean = 0.0;
    for (int j : rows) mean += y[j] + y[n + j];
    mean /= 2.0 * m;
    double variance = 0.0;
    for (int j : rows)
        variance += (y[j] - mean) * (y[j] - mean) + (y[n + j] - mean) * (y[n + j] - mean);
    variance /= 2.0 * m - 1.0;
    SobolSums out;
    for (int f = 0; f < d.factors; ++f) {
        const std::size_t ab = (2 + std::size_t(f)) * n;
        double first = 0.0, total = 0.0;
        for (int j : rows) {
            first += y[n + j] * (y[ab + j] - y[j]);
            total += (y[j] - y[ab + j]) * (y[j] - y[ab + j]);
        }
        out.s1.push_back(variance > 0.0 ? first / m / variance : 0.0);
        out.st.push_back(variance > 0.0 ? total / (2.0 * m) / variance : 0.0);
    }
    return out;
}

double quantile(std::vector<double> values, double level) {
    std::sort(values.begin(), values.end());
    const double position = level * double(values.size() - 1);
    const auto lower = static_cast<std::size_t>(std::floor(position));
    if (lower + 1 >= values.size()) return values[lower];
    return values[lower] + (position - double(lower)) * (values[lower + 1] - values[lower]);
}

} // namespace

std::vector<SobolIndex> sobolIndices(const SaltelliDesign& d, const std::vector<double>& outputs,
                                     int bootstrap, double level, std::uint64_t seed) {
    const int n = d.samples;
    std::vector<int> rows(static_cast<std::size_t>(n));
    for (int j = 0; j < n; ++j) rows[j] = j;
    const SobolSums point = sobolOf(d, outputs, rows);
    std::vector<std::vector<double>> s1(d.factors), st(d.factors);
    const RandomStream stream(seed, 4 << 16);
    for (int b = 0; b < bootstrap; ++b) {
        for (int j = 0; j < n; ++j)
            rows[j] = static_cast<int>(
                double(stream.bits(std::uint64_t(b) * std::uint64_t(n) + j, 0) >> 32) * n /
                4294967296.0);
        const SobolSums resampled = sobolOf(d, outputs, rows);
        for (int f = 0; f < d.factors; ++f) {
            s1[f].push_back(resampled.s1[f]);
            st[f].push_back(resampled.st[f]);
        }
    }
    const double tail = (1.0 - level) / 2.0;
    std::vector<SobolIndex> out(static_cast<std::size_t>(d.factors));
    for (int f = 0; f < d.factors; ++f) {
        out[f].s1 = point.s1[f];
        out[f].st = point.st[f];
        if (bootstrap < 2) continue;
        out[f].s1Low = quantile(s1[f], tail);
        out[f].s1High = quantile(s1[f], 1.0 - tail);
        out[f].stLow = quantile(st[f], tail);
        out[f].stHigh = quantile(st[f], 1.0 - tail);
    }
    return out;
}

} // namespace nk::decision
