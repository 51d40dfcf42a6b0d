#include "naikkelas/calibration/likelihood.hpp"

#include <algorithm>
#include <cmath>

namespace nk::calibration {

namespace {

// Keeps the logarithm finite where the model gives an observation no probability: the
// fit is then pushed away from such values rather than stopped.
constexpr double kFloor = 1e-12;

double safeLog(double p) {
    return std::log(std::max(p, kFloor));
}

bool inScope(const CompiledScenario& s, const Group& g, const FollowupRow& row) {
    return row.cohort == kTotalScope ? g.entryMonth <= row.month
                                     : s.spec.cohorts[g.cohort].id == row.cohort;
}

} // namespace

ScopePrediction predictRow(const CompiledScenario& s, const StateHistory& states,
                           const FollowupRow& row) {
    const int bins = s.grid.bins();
    ScopePrediction out;
    out.sales.assign(bins, 0.0);
    double participants = 0.0, running = 0.0, atUmk = 0.0;
    for (int g = 0; g < int(s.groups.size()); ++g) {
        const Group& group = s.groups[g];
        if (!inScope(s, group, row)) continue;
        const auto counts = states.counts(row.month, 0, g); // the program arm
        participants += group.participants;
        for (int k = 0; k < bins; ++k) {
            const double members = counts[1 + k] * group.kubeSize;
            running += members;
            out.sales[k] += members;
            if (group.atUmk[k]) atUmk += members;
        }
    }
    if (participants > 0) {
        out.running = running / participants;
        out.atUmk = atUmk / participants;
    }
    if (running > 0)
        for (double& p : out.sales) p /= running;
    return out;
}

double salesCdf(const RevenueGrid& grid, const std::vector<double>& sales, double rupiah) {
    const double x = std::log(rupiah);
    if (x <= grid.edge(0)) return 0.0;
    if (x >= grid.edge(grid.bins())) return 1.0;
    const int k = grid.binOfLog(x);
    double below = 0.0;
    for (int j = 0; j < k; ++j) below += sales[j];
    return std::min(1.0, below + sales[k] * (x - grid.edge(k)) / grid.delta());
}

double salesQuantile(const RevenueGrid& grid, const std::vector<double>& sales, double level) {
    double below = 0.0;
    for (int k = 0; k < grid.bins(); ++k) {
        if (sales[k] > 0 && below + sales[k] >= level)
            return std::exp(grid.edge(k) + grid.delta() * (level - below) / sales[k]);
        below += sales[k];
    }
    return std::exp(grid.edge(grid.bins()));
}

double binomialLogLikelihood(int successes, int trials, double p) {
    p = std::clamp(p, kFloor, 1.0 - kFloor);
    return successes * std::log(p) + (trials - successes) * std::log1p(-p);
}

double salesLogLikelihood(const RevenueGrid& grid, const std::vector<double>& sales,
                          const FollowupRow& row) {
    const int n = row.running;
    const std::optional<double> quartiles[3] = {row.salesQ25, row.salesMedian, row.salesQ75};
    constexpr double kLevels[3] = {0.25, 0.5, 0.75};
    double logLik = 0.0, lastCdf = 0.0;
    int lastRank = 0;
    for (int i = 0; i < 3; ++i) {
        if (!quartiles[i]) continue;
        const int rank = std::clamp(int(std::floor(kLevels[i] * (n + 1))), 1, n);
        if (rank == lastRank) continue;
        const double cdf = salesCdf(grid, sales, *quartiles[i]);
        const double x = std::log(*quartiles[i]);
        // Density in log sales: the bin's mass over its width (0 off the grid).
        const bool onGrid = x >= grid.edge(0) && x < grid.edge(grid.bins());
        const double density = onGrid ? sales[grid.binOfLog(x)] / grid.delta() : 0.0;
        logLik += (rank - lastRank - 1) * safeLog(cdf - lastCdf) + safeLog(density);
        lastRank = rank;
        lastCdf = cdf;
    }
    if (lastRank > 0) logLik += (n - lastRank) * safeLog(1.0 - lastCdf);
    return logLik;
}

double rowLogLikelihood(const RevenueGrid& grid, const ScopePrediction& prediction,
                        const FollowupRow& row) {
    double logLik = binomialLogLikelihood(row.running, row.surveyed, prediction.running);
    if (row.atUmk) logLik += binomialLogLikelihood(*row.atUmk, row.surveyed, prediction.atUmk);
    return logLik + salesLogLikelihood(grid, prediction.sales, row);
}

} // namespace nk::calibration
