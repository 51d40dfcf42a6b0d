#include "naikkelas/decision/exploration.hpp"

#include "naikkelas/decision/factors.hpp"
#include "naikkelas/decision/sensitivity.hpp"

#include <algorithm>
#include <cmath>

namespace nk::decision {

DesignPlan planDesign(const Experiment& e, const Point& oatBase) {
    DesignPlan plan;
    plan.kind = e.design.kind;
    const int k = static_cast<int>(e.factors.size());
    switch (e.design.kind) {
    case DesignKind::Oat:
        plan.points = oneAtATime(oatBase.empty() ? Point(std::size_t(k), 0.5) : oatBase);
        break;
    case DesignKind::Grid:
    case DesignKind::Frontier: {
        std::vector<int> levels;
        for (const Factor& f : e.factors) levels.push_back(gridLevels(f, e.design.levels));
        plan.points = grid(levels);
        break;
    }
    case DesignKind::Uncertainty: {
        plan.plans = std::max<std::size_t>(1, e.design.plans.size());
        const Points draws = randomSample(e.design.samples, k, e.seed);
        for (const Point& draw : draws)
            for (std::size_t p = 0; p < plan.plans; ++p) plan.points.push_back(draw);
        break;
    }
    case DesignKind::Lhs:
        plan.points = latinHypercube(e.design.samples, k, e.seed);
        break;
    case DesignKind::Morris:
        plan.morris = morris(e.design.trajectories, k, e.design.levels, e.seed);
        plan.points = plan.morris.points;
        break;
    case DesignKind::Sobol:
        plan.saltelli = saltelli(e.design.samples, k, e.seed);
        plan.points = plan.saltelli.points;
        break;
    }
    return plan;
}

std::vector<std::string> pointColumns(const Experiment& e) {
    std::vector<std::string> columns;
    if (e.design.kind == DesignKind::Uncertainty) columns = {"plan", "draw"};
    for (const Factor& f : e.factors) columns.push_back(f.path);
    return columns;
}

std::vector<std::vector<double>> pointValues(const Experiment& e, const DesignPlan& plan) {
    std::vector<std::vector<double>> values;
    values.reserve(plan.points.size());
    for (std::size_t i = 0; i < plan.points.size(); ++i) {
        std::vector<double> row;
        if (plan.kind == DesignKind::Uncertainty)
            row = {double(i % plan.plans), double(i / plan.plans)};
        const auto factors = factorValues(e.factors, plan.points[i]);
        row.insert(row.end(), factors.begin(), factors.end());
        values.push_back(std::move(row));
    }
    return values;
}

std::vector<SensitivityRow> analyzeDesign(const Experiment& e, const DesignPlan& plan,
                                          const std::vector<std::string>& indicators,
                                          std::size_t stride,
                                          const std::vector<std::vector<double>>& outputs) {
    const int k = static_cast<int>(e.factors.size());
    // Per indicator, its mean at every point.
    std::vector<std::vector<double>> means(indicators.size());
    for (std::size_t j = 0; j < indicators.size(); ++j)
        for (const auto& o : outputs) means[j].push_back(o[j * stride]);
    using Measures = std::vector<std::pair<const char*, double>>;
    std::vector<std::vector<Measures>> byFactor(k, std::vector<Measures>(indicators.size()));
    for (std::size_t j = 0; j < indicators.size(); ++j) {
        // An indicator without a value at some point (a cost per additional enterprise
        // where the program adds none) has no variance to apportion: its measures are NaN.
        const bool defined = std::all_of(means[j].begin(), means[j].end(),
                                         [](double v) { return std::isfinite(v); });
        const double undefined = std::nan("");
        if (plan.kind == DesignKind::Oat) {
            const auto swings = oatSwings(k, means[j]);
            for (int f = 0; f < k; ++f)
                byFactor[f][j] = {{"swing_low", swings[f].low}, {"swing_high", swings[f].high}};
        } else if (plan.kind == DesignKind::Morris) {
            const auto idx = morrisIndices(plan.morris, means[j]);
            for (int f = 0; f < k; ++f)
                byFactor[f][j] = {
                    {"mu_star", idx[f].muStar}, {"mu", idx[f].mu}, {"sigma", idx[f].sigma}};
        } else if (plan.kind == DesignKind::Sobol) {
            const auto idx = sobolIndices(plan.saltelli, means[j], e.design.bootstrap, 0.9, e.seed);
            for (int f = 0; f < k; ++f)
                byFactor[f][j] = {{"S1", idx[f].s1},        {"S1_lo", idx[f].s1Low},
                                  {"S1_hi", idx[f].s1High}, {"ST", idx[f].st},
                                  {"ST_lo", idx[f].stLow},  {"ST_hi", idx[f].stHigh}};
        }
        if (!defined && plan.kind != DesignKind::Oat) // OAT's swings carry the NaN themselves
            for (int f = 0; f < k; ++f)
                for (auto& measure : byFactor[f][j]) measure.second = undefined;
    }
    std::vector<SensitivityRow> rows;
    for (int f = 0; f < k; ++f)
        for (std::size_t j = 0; j < indicators.size(); ++j)
            for (const auto& [measure, value] : byFactor[f][j])
                rows.push_back({e.factors[f].path, indicators[j], measure, value});
    return rows;
}

} // namespace nk::decision
