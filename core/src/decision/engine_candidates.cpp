#include "naikkelas/decision/engine_candidates.hpp"

#include "naikkelas/decision/factors.hpp"
#include "naikkelas/engine/thread_pool.hpp"
#include "naikkelas/registry/plugin_run.hpp"
#include "naikkelas/scenario/schema_access.hpp"

#include "../engine/run_parts.hpp"

#include <charconv>

namespace nk::decision {

EngineCandidates::EngineCandidates(Scenario base, const PluginRegistry& registry,
                                   const Experiment& experiment)
    : m_base(std::move(base)), m_evaluator(m_base, registry, experiment) {
    if (m_base.budget.envelope > 0)
        m_limits.push_back({"budget.envelope", 0, m_base.budget.envelope});
    for (std::size_t i = 0; i < m_base.budget.fiscal_years.size(); ++i) {
        const FiscalYearLimit& y = m_base.budget.fiscal_years[i];
        if (y.limit > 0)
            m_limits.push_back(
                {"budget.fiscal_years[" + std::to_string(i) + "].limit", y.year, y.limit});
    }
    // "YYYY-MM", as compiling checks it; a bad start fails each candidate's compile.
    const std::string& start = m_base.scenario.start;
    if (start.size() == 7) {
        std::from_chars(start.data(), start.data() + 4, m_startYear);
        std::from_chars(start.data() + 5, start.data() + 7, m_startMonth);
    }
}

CandidateCosts EngineCandidates::costsOf(const std::vector<double>& values) const {
    CandidateCosts out;
    // The cost lines a run at the experiment's seed sees: the evaluator's own preparation.
    const PreparedPoint prepared = m_evaluator.prepare(values);
    if (!prepared.ok) {
        out.error = prepared.error;
        return out;
    }
    const RunOptions& options = prepared.options;
    out.planned.assign(m_limits.size(), 0);
    for (const CostEntry& e : options.costs.entries) {
        if (e.arm != Arm::Program) continue;
        out.total += e.amount;
        // The budget plugin's fiscal year: the calendar year of the line's month (APBD).
        const int year = m_startYear + (m_startMonth - 1 + e.month) / 12;
        for (std::size_t l = 0; l < m_limits.size(); ++l)
            if (m_limits[l].year == 0 || m_limits[l].year == year) out.planned[l] += e.amount;
    }
    out.ok = true;
    return out;
}

std::vector<CandidateCosts>
EngineCandidates::costs(const std::vector<std::vector<double>>& candidates, int threads) const {
    std::vector<CandidateCosts> out(candidates.size());
    ThreadPool pool(std::max(1, threads));
    pool.parallelFor(candidates.size(), [&](std::size_t i) { out[i] = costsOf(candidates[i]); });
    return out;
}

EvaluationRun EngineCandidates::outcomes(const std::vector<std::vector<double>>& candidates,
                                         const EvaluationOptions& options) const {
    return m_evaluate(m_evaluator, candidates, 0, candidates.size(), options);
}

std::vector<std::optional<double>> scenarioValues(const Scenario& scenario,
                                                  const std::vector<Factor>& factors) {
    std::vector<std::optional<double>> out;
    for (const Factor& f : factors) {
        const auto paths = expandFactorPath(scenario, f.path);
        std::optional<double> value;
        if (!paths.empty()) {
            const schema::NumberAt at = schema::readNumber(scenario, paths.front());
            if (at.ok()) value = at.value;
        }
        out.push_back(value);
    }
    return out;
}

Scenario withValues(Scenario scenario, const std::vector<Factor>& factors,
                    const std::vector<double>& values) {
    for (std::size_t i = 0; i < factors.size(); ++i)
        applyFactor(scenario, factors[i].path, values[i]);
    return scenario;
}

} // namespace nk::decision
