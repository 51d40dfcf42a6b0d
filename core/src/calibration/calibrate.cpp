#include "naikkelas/calibration/calibrate.hpp"

#include <nlopt.h>

#include <cmath>
#include <memory>

namespace nk::calibration {

namespace {

constexpr double kFailed = -1e300; // what the optimiser sees after it has been told to stop
constexpr double kFitStep = 0.1;   // BOBYQA's first step, in box units
constexpr double kProfileStep = 0.05;
constexpr double kFitTolerance = 1e-5;     // box units
constexpr double kProfileTolerance = 1e-4; // box units, for the free parameters
constexpr double kEndTolerance = 1e-3;     // box units, for an interval's end
constexpr int kMaxEndSteps = 30;

// The optimiser's view of the model: every parameter in box units, of which `free` move.
class Search {
public:
    Search(const ModelLikelihood& model, const CalibrationOptions& options, double stages)
        : m_model(model), m_options(options), m_stages(stages) {
        for (const auto& p : model.parameters()) m_unit.push_back(p.toUnit(p.start));
    }

    std::vector<double>& unit() { return m_unit; }
    bool failed() const { return m_cancelled || !m_error.empty(); }
    bool cancelled() const { return m_cancelled; }
    const std::string& error() const { return m_error; }
    void nextStage() { ++m_stage; }

    std::vector<double> values(const std::vector<double>& unit) const {
        std::vector<double> out;
        for (std::size_t i = 0; i < unit.size(); ++i)
            out.push_back(m_model.parameters()[i].fromUnit(unit[i]));
        return out;
    }

    ModelEvaluation evaluate(const std::vector<double>& unit) {
        ModelEvaluation e = m_model.evaluate(values(unit), m_options.cancel);
        if (e.cancelled) m_cancelled = true;
        if (!e.ok && !e.cancelled && m_error.empty()) m_error = e.error;
        if (m_options.progress) m_options.progress(m_stage / m_stages, m_model.evaluations());
        return e;
    }

    // Maximises over the parameters `free` from the current unit(); leaves the best point
    // in unit() and returns its log-likelihood.
    double maximise(const std::vector<std::size_t>& free, double step, double tolerance) {
        if (free.empty()) {
            const ModelEvaluation e = evaluate(m_unit);
            return e.ok ? e.logLikelihood : kFailed;
        }
        const auto n = static_cast<unsigned>(free.size());
        const std::unique_ptr<nlopt_opt_s, void (*)(nlopt_opt)> opt(
            nlopt_create(NLOPT_LN_BOBYQA, n), nlopt_destroy);
        std::vector<double> lower(n, 0.0), upper(n, 1.0), x(n);
        for (unsigned i = 0; i < n; ++i) x[i] = m_unit[free[i]];
        nlopt_set_lower_bounds(opt.get(), lower.data());
        nlopt_set_upper_bounds(opt.get(), upper.data());
        nlopt_set_initial_step1(opt.get(), step);
        nlopt_set_xtol_abs1(opt.get(), tolerance);
        nlopt_set_ftol_abs(opt.get(), 1e-7);
        nlopt_set_maxeval(opt.get(), m_options.maxEvaluationsPerSearch);
        Objective objective{*this, free, opt.get()};
        nlopt_set_max_objective(opt.get(), &Objective::call, &objective);
        double best = kFailed;
        nlopt_optimize(opt.get(), x.data(), &best);
        for (unsigned i = 0; i < n; ++i) m_unit[free[i]] = x[i];
        return failed() ? kFailed : best;
    }

private:
    struct Objective {
        Search& search;
        const std::vector<std::size_t>& free;
        nlopt_opt opt;
        static double call(unsigned n, const double* x, double*, void* data) {
            auto& self = *static_cast<Objective*>(data);
            std::vector<double> unit = self.search.m_unit;
            for (unsigned i = 0; i < n; ++i) unit[self.free[i]] = x[i];
            const ModelEvaluation e = self.search.evaluate(unit);
            if (!e.ok) {
                nlopt_force_stop(self.opt);
                return kFailed;
            }
            return e.logLikelihood;
        }
    };

    const ModelLikelihood& m_model;
    const CalibrationOptions& m_options;
    double m_stages;
    double m_stage = 0;
    std::vector<double> m_unit;
    std::string m_error;
    bool m_cancelled = false;
};

std::vector<std::size_t> allBut(std::size_t count, std::size_t skip) {
    std::vector<std::size_t> out;
    for (std::size_t i = 0; i < count; ++i)
        if (i != skip) out.push_back(i);
    return out;
}

// One end of parameter p's interval, searching from the estimate towards `edge` (0 or
// 1 in box units): where the profile has dropped by kProfileDrop, or the edge itself.
double intervalEnd(Search& search, const std::vector<double>& fitted, double maxLogLik,
                   std::size_t p, double edge, bool& atBound) {
    const auto others = allBut(fitted.size(), p);
    // Above zero outside the interval; the other parameters start from their fit.
    const auto excess = [&](double u) {
        search.unit() = fitted;
        search.unit()[p] = u;
        return maxLogLik - search.maximise(others, kProfileStep, kProfileTolerance) - kProfileDrop;
    };
    atBound = true;
    if (std::fabs(edge - fitted[p]) < kEndTolerance) return edge;
    double outer = edge, outerValue = excess(edge);
    if (search.failed() || outerValue <= 0) return edge;
    atBound = false;
    // Illinois false position between the estimate (excess -drop) and the edge.
    double inner = fitted[p], innerValue = -kProfileDrop;
    int lastSide = 0;
    for (int step = 0; step < kMaxEndSteps && std::fabs(outer - inner) > kEndTolerance; ++step) {
        const double u = outer - outerValue * (outer - inner) / (outerValue - innerValue);
        const double value = excess(u);
        if (search.failed()) break;
        if (value > 0) {
            outer = u;
            outerValue = value;
            if (lastSide == 1) innerValue /= 2;
            lastSide = 1;
        } else {
            inner = u;
            innerValue = value;
            if (lastSide == -1) outerValue /= 2;
            lastSide = -1;
        }
    }
    return (inner + outer) / 2;
}

RowFit rowFit(const ModelEvaluation& e, const FollowupRow& row, std::size_t i) {
    RowFit fit;
    fit.observed = row;
    const ScopePrediction& prediction = e.predictions[i];
    fit.running = prediction.running;
    fit.atUmk = prediction.atUmk;
    fit.logLikelihood = e.rowLogLikelihoods[i];
    const std::optional<double> quartiles[3] = {row.salesQ25, row.salesMedian, row.salesQ75};
    constexpr double kLevels[3] = {0.25, 0.5, 0.75};
    for (int q = 0; q < 3; ++q) {
        if (!quartiles[q]) continue;
        fit.fittedSales[q] = salesQuantile(e.grid, prediction.sales, kLevels[q]);
        fit.observedPercentile[q] = salesCdf(e.grid, prediction.sales, *quartiles[q]);
    }
    return fit;
}

} // namespace

CalibrationResult calibrate(const ModelLikelihood& model, const CalibrationOptions& options) {
    CalibrationResult result;
    const std::size_t d = model.parameters().size();
    Search search(model, options, 1.0 + 2.0 * double(d));
    const auto finish = [&] {
        result.cancelled = search.cancelled();
        result.error = search.cancelled() ? "cancelled" : search.error();
        result.evaluations = model.evaluations();
        return result;
    };

    const ModelEvaluation start = search.evaluate(search.unit());
    if (!start.ok) return finish();
    result.startLogLikelihood = start.logLikelihood;
    result.logLikelihood = search.maximise(allBut(d, d), kFitStep, kFitTolerance);
    if (search.failed()) return finish();
    const std::vector<double> fitted = search.unit();
    const std::vector<double> estimates = search.values(fitted);

    for (std::size_t p = 0; p < d; ++p) {
        const FitParameter& parameter = model.parameters()[p];
        ParameterEstimate estimate{parameter.path, parameter.unit, parameter.start, estimates[p]};
        search.nextStage();
        estimate.low = parameter.fromUnit(
            intervalEnd(search, fitted, result.logLikelihood, p, 0.0, estimate.lowAtBound));
        search.nextStage();
        estimate.high = parameter.fromUnit(
            intervalEnd(search, fitted, result.logLikelihood, p, 1.0, estimate.highAtBound));
        if (search.failed()) return finish();
        result.estimates.push_back(estimate);
    }

    search.unit() = fitted;
    const ModelEvaluation best = search.evaluate(fitted);
    if (!best.ok) return finish();
    for (std::size_t i = 0; i < model.rows().size(); ++i)
        result.rows.push_back(rowFit(best, model.rows()[i], i));
    result.ok = true;
    return finish();
}

} // namespace nk::calibration
