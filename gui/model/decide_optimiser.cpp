#include "model/decide_optimiser.hpp"

#include "naikkelas/decision/engine_candidates.hpp"

namespace nk::gui {

OptimiserOutcome runOptimiser(const Scenario& scenario, const PluginRegistry& registry,
                              std::vector<decision::Factor> levers, const OptimiserRequest& request,
                              int threads, const std::atomic<bool>* cancel,
                              std::atomic<double>* progress) {
    OptimiserOutcome out;
    out.factors = std::move(levers);
    if (out.factors.empty()) {
        out.error = "no plan levers among the factors";
        return out;
    }
    decision::Experiment e;
    e.mode = request.robust ? RunMode::MonteCarlo : RunMode::Expected;
    e.replications = request.replications;
    e.seed = scenario.scenario.seed;
    e.factors = out.factors;
    decision::OptimiseSpec spec;
    spec.objective.indicator = request.indicator;
    if (request.robust) spec.objective.quantile = 0.05;
    e.optimise = spec;

    const decision::EngineCandidates model(scenario, registry, e);
    decision::Optimiser optimiser(model, e.factors, spec);
    decision::OptimiseOptions options;
    options.threads = threads;
    options.cancel = cancel;
    // The main search, then the two searches for the value of money (which reuse its runs).
    double phaseStart = 0.0, phaseWeight = 0.8;
    options.progress = [&](std::size_t done, std::size_t expected) {
        const double f =
            expected ? double(done) / double(expected) : double(done) / (double(done) + 200.0);
        if (progress) *progress = phaseStart + phaseWeight * f;
    };
    bool known = true;
    for (const auto& v : decision::scenarioValues(scenario, e.factors)) {
        known &= bool(v);
        out.current.push_back(v.value_or(0.0));
    }
    if (known) optimiser.preferOnTies(out.current);
    const decision::OptimiseResult result = optimiser.solve(options);
    out.indicators = model.indicators();
    out.units = model.evaluator().units();
    out.stride = model.stride();
    out.evaluations = result.evaluations;
    out.cancelled = result.cancelled;
    out.constraints = result.constraints;
    if (!result.error.empty()) {
        out.error = result.error;
        return out;
    }
    if (!result.best) {
        out.error = "no allocation within the limits";
        return out;
    }
    out.best = result.best;
    if (out.cancelled) return out;
    phaseStart = 0.8;
    phaseWeight = 0.15;
    bool cancelled = false;
    std::string error;
    out.money = decision::marginalValueOfMoney(optimiser, model, result, options, cancelled, error);
    if (known && !cancelled) out.baseline = optimiser.evaluate(out.current, options, error);
    out.cancelled = cancelled;
    if (progress) *progress = 1.0;
    return out;
}

Scenario withBest(const Scenario& scenario, const OptimiserOutcome& outcome) {
    if (!outcome.best) return scenario;
    return decision::withValues(scenario, outcome.factors, outcome.best->values);
}

} // namespace nk::gui
