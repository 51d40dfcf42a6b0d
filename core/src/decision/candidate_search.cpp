#include "candidate_search.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

namespace nk::decision {

Optimiser::Search::Search(const CandidateModel& m, std::vector<Factor> f, OptimiseSpec s)
    : model(m), factors(std::move(f)), spec(std::move(s)) {
    const auto& names = model.indicators();
    const auto at = std::find(names.begin(), names.end(), spec.objective.indicator);
    const std::size_t indicator = at == names.end() ? 0 : std::size_t(at - names.begin());
    std::size_t offset = 0;
    if (spec.objective.quantile)
        offset = *spec.objective.quantile < 0.25 ? 1 : *spec.objective.quantile < 0.75 ? 2 : 3;
    objectiveIndex = indicator * model.stride() + std::min(offset, model.stride() - 1);
    sign = spec.objective.sense == Sense::Maximise ? 1.0 : -1.0;
}

bool Optimiser::Search::linearOk(const Values& v) const {
    for (const LinearConstraint& c : spec.constraints) {
        double sum = 0.0;
        for (const LinearTerm& t : c.terms) sum += t.coefficient * v[t.factor];
        const double slack = 1e-9 * std::max(1.0, std::fabs(c.bound));
        if (c.atMost ? sum > c.bound + slack : sum < c.bound - slack) return false;
    }
    return true;
}

double Optimiser::Search::limitOf(std::size_t l) const {
    const BudgetLimit& limit = model.limits()[l];
    return double(limit.limit) * (limit.year == 0 ? envelopeScale : 1.0);
}

bool Optimiser::Search::withinBudget(const CandidateCosts& c) const {
    if (!c.ok) return false;
    if (!spec.budget) return true;
    for (std::size_t l = 0; l < c.planned.size(); ++l)
        if (double(c.planned[l]) > limitOf(l)) return false;
    return true;
}

bool Optimiser::Search::feasible(const Values& v) const {
    const auto it = cache.find(v);
    return it != cache.end() && it->second.linearOk && it->second.costs &&
           withinBudget(*it->second.costs);
}

std::optional<double> Optimiser::Search::score(const Values& v) const {
    const auto it = cache.find(v);
    if (it == cache.end() || !it->second.outputs || !feasible(v)) return std::nullopt;
    const double x = (*it->second.outputs)[objectiveIndex];
    if (!std::isfinite(x)) return std::nullopt;
    return sign * x;
}

bool Optimiser::Search::better(const Values& a, const Values& b) const {
    const auto sa = score(a), sb = score(b);
    if (!sa || !sb) return sa && !sb;
    if (*sa != *sb) return *sa > *sb;
    const Rupiah ca = cache.at(a).costs->total, cb = cache.at(b).costs->total;
    if (ca != cb) return ca < cb;
    if (preferred && (a == *preferred || b == *preferred)) return a == *preferred && a != b;
    return a < b;
}

Candidate Optimiser::Search::candidate(const Values& v) const {
    const Entry& e = cache.at(v);
    return {v, sign * *score(v), *e.outputs, *e.costs};
}

double Optimiser::Search::worstViolation(const Values& v) const {
    double worst = -std::numeric_limits<double>::infinity();
    const auto it = cache.find(v);
    if (it == cache.end() || !it->second.costs || !it->second.costs->ok)
        worst = 1.0;
    else if (spec.budget)
        for (std::size_t l = 0; l < it->second.costs->planned.size(); ++l)
            worst = std::max(worst, (double(it->second.costs->planned[l]) - limitOf(l)) /
                                        std::max(1.0, limitOf(l)));
    for (const LinearConstraint& c : spec.constraints) {
        double sum = 0.0;
        for (const LinearTerm& t : c.terms) sum += t.coefficient * v[t.factor];
        const double over = c.atMost ? sum - c.bound : c.bound - sum;
        worst = std::max(worst, over / std::max(1.0, std::fabs(c.bound)));
    }
    return std::isfinite(worst) ? worst : -1.0;
}

void Optimiser::Search::run(const std::vector<Values>& candidates, bool always, bool simulate) {
    if (stopped()) return;
    std::vector<Values> toPrice, toRun;
    std::set<Values> seen;
    for (const Values& v : candidates) {
        if (visited) visited->insert(v);
        if (!seen.insert(v).second) continue;
        auto [it, fresh] = cache.try_emplace(v);
        if (fresh) it->second.linearOk = linearOk(v);
        if ((it->second.linearOk || always) && !it->second.costs) toPrice.push_back(v);
    }
    if (!toPrice.empty()) {
        if (options->cancel && options->cancel->load()) {
            cancelled = true;
            return;
        }
        auto costs = model.costs(toPrice, options->threads);
        for (std::size_t i = 0; i < toPrice.size(); ++i) {
            if (!costs[i].ok && firstCostError.empty()) firstCostError = costs[i].error;
            cache[toPrice[i]].costs = std::move(costs[i]);
        }
        priced += toPrice.size();
    }
    for (const Values& v : seen) { // in value order: a fixed order for the runs
        const Entry& e = cache.at(v);
        if (simulate && !e.outputs && e.costs && e.costs->ok &&
            (always || (e.linearOk && withinBudget(*e.costs))))
            toRun.push_back(v);
    }
    considered += seen.size();
    if (!toRun.empty()) {
        EvaluationOptions eo;
        eo.threads = options->threads;
        eo.cancel = options->cancel;
        eo.onPoint = [&](std::size_t i, const PointOutcome& outcome) {
            cache[toRun[i]].outputs = outcome.outputs;
            ++runs;
        };
        const EvaluationRun done = model.outcomes(toRun, eo);
        if (!done.error.empty()) error = done.error;
        cancelled = cancelled || done.cancelled;
    }
    if (options->progress) options->progress(considered, expected);
}

} // namespace nk::decision
