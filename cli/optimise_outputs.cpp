#include "optimise_outputs.hpp"

#include "naikkelas/decision/point_table.hpp"
#include "naikkelas/scenario/schema.hpp"

namespace nk::cli {

using namespace decision;

namespace {

std::string objectiveText(const Objective& o) {
    return std::string(o.sense == Sense::Maximise ? "maximise " : "minimise ") + o.indicator +
           (o.quantile ? ", its " + schema::formatNumber(*o.quantile) + " quantile" : ", mean");
}

} // namespace

std::string bestScenarioHeader(const std::string& experimentFile, const std::string& scenarioFile,
                               const Experiment& e, const OptimiseResult& r,
                               const std::vector<std::optional<double>>& baseline,
                               const std::optional<Candidate>& baselineRun) {
    const Candidate& best = *r.best;
    std::string out = "# Written by `naikkelas optimise " + experimentFile + "` from " +
                      scenarioFile + ":\n# the best allocation found (" +
                      objectiveText(e.optimise->objective) + "; " + methodName(r.method) +
                      " search" + (r.continuous ? " and NLopt COBYLA" : "") + ").\n";
    out += "# Changed:\n";
    bool changed = false;
    for (std::size_t i = 0; i < e.factors.size(); ++i) {
        if (baseline[i] && *baseline[i] == best.values[i]) continue;
        changed = true;
        out += "#   " + e.factors[i].path + ": " +
               (baseline[i] ? schema::formatNumber(*baseline[i]) : "?") + " -> " +
               schema::formatNumber(best.values[i]) + "\n";
    }
    if (!changed) out += "#   nothing: the scenario's own allocation is the best found\n";
    out += "# Why: " + e.optimise->objective.indicator + " " +
           (baselineRun ? schema::formatNumber(baselineRun->objective) + " -> " : "") +
           schema::formatNumber(best.objective) + ", planned cost Rp " +
           std::to_string(best.costs.total) + ", within every constraint";
    std::string binding;
    for (const ConstraintState& c : r.constraints)
        if (c.binding) binding += (binding.empty() ? "" : ", ") + c.name;
    out += binding.empty() ? ".\n" : "; binding: " + binding + ".\n";
    return out + "\n";
}

std::string topTable(const Experiment& e, const std::vector<BudgetLimit>& limits,
                     const std::vector<Candidate>& top) {
    std::string out = "rank";
    for (const Factor& f : e.factors) out += "," + f.path;
    out += "," + e.optimise->objective.indicator +
           (e.optimise->objective.quantile
                ? "_q" + schema::formatNumber(*e.optimise->objective.quantile * 100)
                : "") +
           ",total_cost";
    for (const BudgetLimit& l : limits) out += "," + l.path;
    out += "\n";
    for (std::size_t k = 0; k < top.size(); ++k) {
        out += std::to_string(k + 1);
        for (double v : top[k].values) out += "," + formatExact(v);
        out += "," + formatExact(top[k].objective) + "," + std::to_string(top[k].costs.total);
        for (Rupiah p : top[k].costs.planned) out += "," + std::to_string(p);
        out += "\n";
    }
    return out;
}

std::string comparisonTable(const ResultSet& baseline, const ResultSet& best) {
    std::string out = "indicator,unit,baseline,best,difference,difference_q05,difference_q95\n";
    for (const IndicatorDifference& d : pairedDifferences(baseline, best)) {
        out += d.key + "," + d.unit + "," + formatExact(baseline.indicator(d.key)->mean) + "," +
               formatExact(best.indicator(d.key)->mean) + "," + formatExact(d.difference) + ",";
        if (d.quantiles.size() >= 2)
            out += formatExact(d.quantiles.front()) + "," + formatExact(d.quantiles.back());
        else
            out += ",";
        out += "\n";
    }
    return out;
}

} // namespace nk::cli
