#include "naikkelas/decision/uncertainty.hpp"

#include "naikkelas/decision/evaluator.hpp"
#include "naikkelas/results/paired_comparison.hpp"

#include <algorithm>
#include <cmath>

namespace nk::decision {

namespace {

constexpr int kThresholds = 20;

struct Band {
    double mean = NAN, q05 = NAN, q50 = NAN, q95 = NAN;
};

Band bandOf(std::vector<double> values) {
    std::erase_if(values, [](double v) { return !std::isfinite(v); });
    Band band;
    if (values.empty()) return band;
    std::sort(values.begin(), values.end());
    double sum = 0.0;
    for (double v : values) sum += v;
    band.mean = sum / double(values.size());
    band.q05 = quantileOfSorted(values, 0.05);
    band.q50 = quantileOfSorted(values, 0.5);
    band.q95 = quantileOfSorted(values, 0.95);
    return band;
}

std::size_t indexOf(const std::vector<std::string>& names, const std::string& name) {
    return static_cast<std::size_t>(std::find(names.begin(), names.end(), name) - names.begin());
}

} // namespace

std::vector<double> acceptabilityThresholds(double largest, int count) {
    double top = 1.0;
    if (largest > 0 && std::isfinite(largest)) {
        // The smallest of 1, 2, 5 times a power of ten at or above `largest`.
        const double power = std::pow(10.0, std::floor(std::log10(largest)));
        top = 10.0 * power;
        for (const double m : {1.0, 2.0, 5.0})
            if (m * power >= largest) {
                top = m * power;
                break;
            }
    }
    std::vector<double> thresholds;
    for (int i = 0; i <= count; ++i) thresholds.push_back(top * i / count);
    return thresholds;
}

UncertaintyReport analyzeUncertainty(const Experiment& e, const DesignPlan& plan,
                                     const std::vector<std::string>& indicators,
                                     const std::vector<std::vector<double>>& outputs) {
    UncertaintyReport report;
    report.outcome = e.design.outcome;
    const std::size_t plans = plan.plans;
    const std::size_t draws = outputs.size() / plans;
    const std::size_t outcome = indexOf(indicators, e.design.outcome);
    const std::size_t cost = indexOf(indicators, kCostIndicator);
    const auto value = [&](std::size_t p, std::size_t d, std::size_t i) {
        return outputs[d * plans + p][i];
    };
    // Cost per unit of outcome, draw by draw: never acceptable where nothing is gained.
    std::vector<std::vector<double>> ratios(plans);
    double largest = 0.0;
    for (std::size_t p = 0; p < plans; ++p) {
        PlanUncertainty u;
        u.name = e.design.plans.empty() ? "scenario" : e.design.plans[p].name;
        for (std::size_t i = 0; i < indicators.size(); ++i) {
            std::vector<double> values;
            for (std::size_t d = 0; d < draws; ++d) values.push_back(value(p, d, i));
            const Band band = bandOf(std::move(values));
            u.mean.push_back(band.mean);
            u.q05.push_back(band.q05);
            u.q50.push_back(band.q50);
            u.q95.push_back(band.q95);
        }
        std::vector<double> differences;
        double better = 0.0;
        for (std::size_t d = 0; d < draws; ++d) {
            const double mine = value(p, d, outcome), first = value(0, d, outcome);
            differences.push_back(mine - first);
            better += mine > first ? 1.0 : mine == first ? 0.5 : 0.0;
            ratios[p].push_back(mine > 0 ? value(p, d, cost) / mine : INFINITY);
        }
        const Band difference = bandOf(std::move(differences));
        u.differenceMean = difference.mean;
        u.differenceQ05 = difference.q05;
        u.differenceQ95 = difference.q95;
        u.probabilityBetter = draws ? better / double(draws) : NAN;
        report.plans.push_back(std::move(u));
        std::vector<double> finite = ratios[p];
        std::erase_if(finite, [](double v) { return !std::isfinite(v); });
        std::sort(finite.begin(), finite.end());
        if (!finite.empty()) largest = std::max(largest, quantileOfSorted(finite, 0.95));
    }
    for (const double threshold : acceptabilityThresholds(largest, kThresholds)) {
        AcceptabilityPoint point{threshold, {}};
        for (std::size_t p = 0; p < plans; ++p) {
            const auto under = std::count_if(ratios[p].begin(), ratios[p].end(),
                                             [&](double r) { return r <= threshold; });
            point.probability.push_back(draws ? double(under) / double(draws) : NAN);
        }
        report.acceptability.push_back(std::move(point));
    }
    return report;
}

} // namespace nk::decision
