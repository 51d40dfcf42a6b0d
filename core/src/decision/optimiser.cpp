#include "naikkelas/decision/optimiser.hpp"

#include "candidate_search.hpp"

#include <algorithm>
#include <cmath>

namespace nk::decision {

namespace {

constexpr std::size_t kTop = 10;
constexpr std::size_t kChunk = 64; // exhaustive points per batch: progress and cancel

// A discrete factor's values, ascending; empty for a real range without a step.
std::vector<double> levelsOf(const Factor& f) {
    std::vector<double> out = f.values;
    if (out.empty() && (f.integer || f.step > 0)) {
        const double step = f.step > 0 ? f.step : 1.0;
        const double first = f.integer ? std::ceil(f.low) : f.low;
        const double tolerance = 1e-9 * std::max(1.0, std::fabs(f.high - f.low));
        for (double k = 0;; ++k) {
            const double v = first + k * step;
            if (v > f.high + tolerance) break;
            out.push_back(f.integer ? std::round(v) : v);
        }
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

// Constraint states at `best`: each limit and linear constraint, binding when one step
// of one factor (a level, or 1 % of a real range) would break it.
std::vector<ConstraintState> constraintStates(Optimiser::Search& s,
                                              const std::vector<std::vector<double>>& levels,
                                              const Values& best) {
    std::vector<Values> neighbours;
    for (std::size_t i = 0; i < levels.size(); ++i) {
        const Factor& f = s.factors[i];
        std::vector<double> next;
        if (levels[i].empty()) {
            next = {best[i] - 0.01 * (f.high - f.low), best[i] + 0.01 * (f.high - f.low)};
        } else {
            const auto at = std::lower_bound(levels[i].begin(), levels[i].end(), best[i]);
            if (at != levels[i].begin()) next.push_back(*(at - 1));
            if (at != levels[i].end() && at + 1 != levels[i].end()) next.push_back(*(at + 1));
        }
        for (double v : next)
            if (v >= f.low - 1e-12 && v <= f.high + 1e-12 && v != best[i]) {
                neighbours.push_back(best);
                neighbours.back()[i] = v;
            }
    }
    s.run(neighbours, false, false);
    std::vector<ConstraintState> out;
    const CandidateCosts& costs = *s.cache.at(best).costs;
    if (s.spec.budget)
        for (std::size_t l = 0; l < s.model.limits().size(); ++l) {
            ConstraintState c{s.model.limits()[l].path, double(costs.planned[l]), s.limitOf(l)};
            for (const Values& n : neighbours) {
                const auto& e = s.cache.at(n);
                c.binding |= e.costs && e.costs->ok && double(e.costs->planned[l]) > c.bound;
            }
            out.push_back(c);
        }
    for (std::size_t k = 0; k < s.spec.constraints.size(); ++k) {
        const LinearConstraint& lc = s.spec.constraints[k];
        const auto sum = [&](const Values& v) {
            double total = 0.0;
            for (const LinearTerm& t : lc.terms) total += t.coefficient * v[t.factor];
            return total;
        };
        ConstraintState c{"optimise.constraints[" + std::to_string(k) + "]", sum(best), lc.bound,
                          lc.atMost};
        for (const Values& n : neighbours)
            c.binding |= lc.atMost ? sum(n) > lc.bound : sum(n) < lc.bound;
        out.push_back(c);
    }
    return out;
}

} // namespace

const char* methodName(Method method) {
    return method == Method::Exhaustive ? "exhaustive" : "heuristic";
}

Optimiser::Optimiser(const CandidateModel& model, std::vector<Factor> factors, OptimiseSpec spec)
    : m_search(std::make_unique<Search>(model, std::move(factors), std::move(spec))) {}

Optimiser::~Optimiser() = default;

void Optimiser::preferOnTies(const std::vector<double>& values) {
    m_search->preferred = values;
}

std::optional<Candidate> Optimiser::evaluate(const std::vector<double>& values,
                                             const OptimiseOptions& options, std::string& error) {
    Search& s = *m_search;
    s.options = &options;
    s.visited = nullptr;
    s.cancelled = false;
    s.run({values}, true);
    const auto& e = s.cache.at(values);
    if (!e.costs || !e.costs->ok || !e.outputs) {
        error = !s.error.empty()          ? s.error
                : e.costs && !e.costs->ok ? e.costs->error
                : s.cancelled             ? "cancelled"
                                          : "the allocation breaks a linear constraint";
        return std::nullopt;
    }
    return Candidate{values, (*e.outputs)[s.objectiveIndex], *e.outputs, *e.costs};
}

OptimiseResult Optimiser::solve(const OptimiseOptions& options, double envelopeScale) {
    Search& s = *m_search;
    OptimiseResult result;
    s.options = &options;
    s.envelopeScale = envelopeScale;
    s.cancelled = false;
    s.considered = 0;
    const std::size_t runs0 = s.runs, priced0 = s.priced;

    std::vector<std::vector<double>> levels;
    Values fixed;
    result.spaceSize = 1.0;
    for (const Factor& f : s.factors) {
        levels.push_back(levelsOf(f));
        result.continuous |= levels.back().empty();
        if (!levels.back().empty()) result.spaceSize *= double(levels.back().size());
        fixed.push_back(0.5 * (f.low + f.high)); // a real factor starts mid-range
    }
    std::set<Values> visited;
    s.visited = &visited;
    std::optional<Values> best;
    if (result.spaceSize <= double(s.spec.exhaustiveLimit)) {
        result.method = Method::Exhaustive;
        s.expected = std::size_t(result.spaceSize);
        std::vector<std::size_t> at(levels.size(), 0);
        std::vector<Values> chunk;
        for (std::size_t n = 0; n < s.expected && !s.stopped(); ++n) {
            Values v = fixed;
            for (std::size_t i = 0; i < levels.size(); ++i)
                if (!levels[i].empty()) v[i] = levels[i][at[i]];
            chunk.push_back(std::move(v));
            for (std::size_t i = levels.size(); i-- > 0;) { // the last factor fastest
                if (levels[i].empty() || ++at[i] < levels[i].size()) break;
                at[i] = 0;
            }
            if (chunk.size() == kChunk || n + 1 == s.expected) {
                s.run(chunk);
                chunk.clear();
            }
        }
        for (const Values& v : visited)
            if (s.score(v) && (!best || s.better(v, *best))) best = v;
        if (!s.stopped() && !result.continuous) {
            // The heuristic over the same points costs no run; its gap tells how far to
            // trust it where exhaustive search is too dear.
            std::set<Values> own;
            s.visited = &own;
            const auto found = heuristicSearch(s, levels, fixed);
            if (found) result.heuristicObjective = s.sign * *s.score(*found);
            for (const Values& v : own) result.heuristicEvaluations += s.score(v) ? 1 : 0;
            s.visited = &visited;
        }
    } else {
        result.method = Method::Heuristic;
        s.expected = 0;
        best = heuristicSearch(s, levels, fixed);
    }
    if (result.continuous && !s.stopped()) {
        tuneContinuous(s, levels, best ? *best : fixed);
        for (const Values& v : visited)
            if (s.score(v) && (!best || s.better(v, *best))) best = v;
    }
    s.visited = nullptr;

    result.cancelled = s.cancelled;
    result.error = s.error;
    std::vector<Values> ranked;
    for (const Values& v : visited)
        if (s.score(v)) ranked.push_back(v);
    std::sort(ranked.begin(), ranked.end(),
              [&](const Values& a, const Values& b) { return s.better(a, b); });
    for (std::size_t i = 0; i < std::min(kTop, ranked.size()); ++i)
        result.top.push_back(s.candidate(ranked[i]));
    if (best) {
        result.best = s.candidate(*best);
        if (!s.stopped()) result.constraints = constraintStates(s, levels, *best);
    } else if (result.error.empty() && !result.cancelled && !s.firstCostError.empty()) {
        result.error = "no candidate could be priced: " + s.firstCostError;
    }
    result.evaluations = s.runs - runs0;
    result.costChecks = s.priced - priced0;
    return result;
}

MoneyValue marginalValueOfMoney(Optimiser& optimiser, const CandidateModel& model,
                                const OptimiseResult& atEnvelope, const OptimiseOptions& options,
                                bool& cancelled, std::string& error) {
    MoneyValue out;
    for (const BudgetLimit& l : model.limits())
        if (l.year == 0) out.envelope = l.limit;
    if (out.envelope == 0 || !atEnvelope.best) return out;
    out.base = atEnvelope.best->objective;
    const OptimiseResult lower = optimiser.solve(options, 0.9);
    const OptimiseResult upper =
        lower.cancelled || !lower.error.empty() ? OptimiseResult{} : optimiser.solve(options, 1.1);
    cancelled = lower.cancelled || upper.cancelled;
    error = !lower.error.empty() ? lower.error : upper.error;
    if (cancelled || !error.empty()) return out;
    if (lower.best) out.lower = lower.best->objective;
    if (upper.best) out.upper = upper.best->objective;
    const double step = 1e8 / double(out.envelope);
    if (out.lower && out.upper)
        out.perHundredMillion = (*out.upper - *out.lower) / 0.2 * step;
    else if (out.upper)
        out.perHundredMillion = (*out.upper - *out.base) / 0.1 * step;
    return out;
}

} // namespace nk::decision
