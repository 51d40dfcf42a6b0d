#include "naikkelas/decision/evaluator.hpp"

#include "naikkelas/decision/exploration.hpp"
#include "naikkelas/decision/factors.hpp"
#include "naikkelas/engine/engine.hpp"
#include "naikkelas/engine/thread_pool.hpp"
#include "naikkelas/registry/plugin_run.hpp"

#include "../engine/run_parts.hpp"

#include <algorithm>
#include <memory>
#include <mutex>
#include <optional>

namespace nk::decision {

namespace {

const std::vector<double> kQuantiles = {0.05, 0.5, 0.95};
const char* const kQuantileSuffixes[] = {"_q05", "_q50", "_q95"};

std::string firstErrors(const Diagnostics& diagnostics) {
    std::string out;
    for (const auto& d : diagnostics.items())
        if (d.severity == Severity::Error) out += (out.empty() ? "" : "; ") + formatDiagnostic(d);
    return out;
}

} // namespace

Evaluator::Evaluator(Scenario base, const PluginRegistry& registry, const Experiment& experiment)
    : m_base(std::move(base)), m_registry(registry), m_experiment(experiment) {
    m_indicators = experiment.indicators;
    if (m_indicators.empty())
        for (const auto& spec : engine::indicatorSpecs()) m_indicators.emplace_back(spec.key);
    const DesignKind kind = experiment.design.kind;
    m_draws = kind == DesignKind::Uncertainty;
    if (kind == DesignKind::Frontier || m_draws)
        for (const std::string& needed : {experiment.design.outcome, std::string(kCostIndicator)})
            if (std::find(m_indicators.begin(), m_indicators.end(), needed) == m_indicators.end())
                m_indicators.push_back(needed);
    // A draw of the uncertainty design is one replication: its quantiles are itself.
    const bool quantiles = experiment.mode == RunMode::MonteCarlo && !m_draws;
    m_stride = quantiles ? 1 + kQuantiles.size() : 1;
    for (const auto& name : m_indicators) {
        for (const auto& spec : engine::indicatorSpecs())
            if (name == spec.key) m_units.emplace_back(spec.unit);
        m_outputNames.push_back(name);
        if (quantiles)
            for (const char* suffix : kQuantileSuffixes) m_outputNames.push_back(name + suffix);
    }
}

PreparedPoint Evaluator::prepare(const std::vector<double>& columns,
                                 const std::atomic<bool>* cancel) const {
    PreparedPoint out;
    Scenario variant = m_base;
    Diagnostics applied;
    const std::size_t lead = m_draws ? kUncertaintyLead : 0;
    if (m_draws && !m_experiment.design.plans.empty())
        for (const auto& [path, value] :
             m_experiment.design.plans[static_cast<std::size_t>(columns[0])].settings)
            applied.append(applyFactor(variant, path, value));
    for (std::size_t i = 0; i < m_experiment.factors.size(); ++i)
        applied.append(applyFactor(variant, m_experiment.factors[i].path, columns[lead + i]));
    if (applied.hasErrors()) {
        out.error = firstErrors(applied);
        return out;
    }
    CompileResult compiled = compileScenario(variant);
    if (!compiled.compiled) {
        out.error = firstErrors(compiled.diagnostics);
        return out;
    }
    out.scenario = compiled.compiled;
    out.plugins = std::make_unique<PluginBinding>(compiled.compiled, m_registry);
    if (!out.plugins->ok()) {
        out.error = firstErrors(out.plugins->diagnostics());
        return out;
    }
    RunOptions& options = out.options;
    options = defaultRunOptions(*compiled.compiled);
    options.mode = m_experiment.mode;
    options.replications = m_draws ? 1 : m_experiment.replications;
    options.seed = m_experiment.seed;
    // Draw d of every plan runs replication d: the plans are compared on the same chance.
    if (m_draws) options.firstReplication = static_cast<int>(columns[1]);
    options.threads = 1; // the points run in parallel instead
    options.quantiles = kQuantiles;
    options.bands = BandScope::None;
    options.scenarioDigest = false;
    options.cancel = cancel;
    options.movedUp = std::find(m_indicators.begin(), m_indicators.end(), "additional_moved_up") !=
                      m_indicators.end();
    out.plugins->apply(options); // after the seed
    out.ok = true;
    return out;
}

PointOutcome Evaluator::evaluate(const std::vector<double>& columns,
                                 const std::atomic<bool>* cancel) const {
    PointOutcome out;
    const PreparedPoint prepared = prepare(columns, cancel);
    if (!prepared.ok) {
        out.error = prepared.error;
        return out;
    }
    RunOutcome run = runScenario(*prepared.scenario, prepared.options);
    out.cancelled = run.cancelled;
    if (!run.ok) {
        out.error = run.error;
        return out;
    }
    for (const auto& name : m_indicators) {
        const Indicator* indicator = run.results.indicator(name);
        if (!indicator) {
            out.error = "the run has no indicator `" + name + "`";
            return out;
        }
        out.outputs.push_back(indicator->mean);
        if (m_stride > 1)
            for (std::size_t q = 0; q < kQuantiles.size(); ++q)
                out.outputs.push_back(indicator->quantiles.at(q));
    }
    out.ok = true;
    return out;
}

EvaluationRun evaluatePoints(const Evaluator& evaluator,
                             const std::vector<std::vector<double>>& values, std::size_t first,
                             std::size_t last, const EvaluationOptions& options) {
    EvaluationRun run;
    const std::size_t count = last > first ? last - first : 0;
    std::vector<std::optional<PointOutcome>> done(count);
    std::mutex mutex;
    std::atomic<bool> stop{false}; // a failure stops the points not yet started
    std::size_t finished = 0;      // under the lock
    std::size_t delivered = 0;     // calling thread only

    // The calling thread hands on every point of the finished prefix.
    const auto deliver = [&] {
        for (;;) {
            std::optional<PointOutcome> next;
            {
                std::lock_guard lock(mutex);
                if (delivered == count || !done[delivered] || !done[delivered]->ok) break;
                next = std::move(done[delivered]);
            }
            if (options.onPoint) options.onPoint(first + delivered, *next);
            ++delivered;
        }
        if (options.progress) {
            std::lock_guard lock(mutex);
            options.progress(finished, count);
        }
    };

    ThreadPool pool(std::max(1, options.threads));
    pool.parallelFor(
        count,
        [&](std::size_t i) {
            if (stop.load() || (options.cancel && options.cancel->load())) return;
            PointOutcome outcome = evaluator.evaluate(values[first + i], options.cancel);
            if (!outcome.ok) stop.store(true);
            std::lock_guard lock(mutex);
            if (outcome.ok) ++finished;
            done[i] = std::move(outcome);
        },
        deliver);
    deliver();
    run.finished = delivered;
    if (delivered < count) {
        // The first point that did not finish says why: failed, or cancelled (not run).
        for (std::size_t i = delivered; i < count; ++i)
            if (done[i] && !done[i]->ok && !done[i]->cancelled) {
                run.error = "point " + std::to_string(first + i) + ": " + done[i]->error;
                break;
            }
        run.cancelled = run.error.empty();
    }
    return run;
}

} // namespace nk::decision
