#include "naikkelas/calibration/model_likelihood.hpp"

#include "naikkelas/decision/factors.hpp"
#include "naikkelas/engine/engine.hpp"
#include "naikkelas/registry/plugin_run.hpp"

namespace nk::calibration {

namespace {

std::string firstError(const Diagnostics& diagnostics) {
    for (const auto& d : diagnostics.items())
        if (d.severity == Severity::Error) return formatDiagnostic(d);
    return {};
}

} // namespace

ModelLikelihood::ModelLikelihood(Scenario base, const PluginRegistry& registry,
                                 std::vector<FollowupRow> rows,
                                 std::vector<FitParameter> parameters)
    : m_base(std::move(base)), m_registry(registry), m_rows(std::move(rows)),
      m_parameters(std::move(parameters)) {}

Scenario ModelLikelihood::variant(const std::vector<double>& values, std::string& error) const {
    Scenario out = m_base;
    for (std::size_t i = 0; i < m_parameters.size(); ++i) {
        const Diagnostics applied = decision::applyFactor(out, m_parameters[i].path, values[i]);
        if (applied.hasErrors()) {
            error = firstError(applied);
            break;
        }
    }
    return out;
}

ModelEvaluation ModelLikelihood::evaluate(const std::vector<double>& values,
                                          const std::atomic<bool>* cancel) const {
    ++m_evaluations;
    ModelEvaluation out;
    const Scenario scenario = variant(values, out.error);
    if (!out.error.empty()) return out;
    const CompileResult compiled = compileScenario(scenario);
    if (!compiled.compiled) {
        out.error = firstError(compiled.diagnostics);
        return out;
    }
    const PluginBinding plugins(compiled.compiled, m_registry);
    if (!plugins.ok()) {
        out.error = firstError(plugins.diagnostics());
        return out;
    }
    RunOptions options = defaultRunOptions(*compiled.compiled);
    options.mode = RunMode::Expected;
    options.threads = 1;
    options.bands = BandScope::None;
    options.scenarioDigest = false;
    options.cancel = cancel;
    StateHistory states;
    options.states = &states;
    plugins.apply(options);
    const RunOutcome run = runScenario(*compiled.compiled, options);
    out.cancelled = run.cancelled;
    if (!run.ok) {
        out.error = run.error;
        return out;
    }
    out.grid = compiled.compiled->grid;
    for (const FollowupRow& row : m_rows) {
        out.predictions.push_back(predictRow(*compiled.compiled, states, row));
        out.rowLogLikelihoods.push_back(rowLogLikelihood(out.grid, out.predictions.back(), row));
        out.logLikelihood += out.rowLogLikelihoods.back();
    }
    out.ok = true;
    return out;
}

} // namespace nk::calibration
