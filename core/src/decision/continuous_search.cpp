// The real-valued factors: NLopt's COBYLA (derivative-free, with inequality
// constraints), one candidate at a time from a fixed start, so it is deterministic. The
// constraint is the worst of the scaled violations of the budget's limits and the linear
// constraints; every point COBYLA asks for is run, so the infeasible ones it probes
// still give it a direction, but only feasible ones can be the best.
#include "candidate_search.hpp"

#include <nlopt.hpp>

#include <cmath>

namespace nk::decision {

namespace {

struct Problem {
    Optimiser::Search* search;
    std::vector<std::size_t> real; // the factors NLopt moves
    Values held;                   // every factor's value; the real ones overwritten
    Values at(const double* x) const {
        Values v = held;
        for (std::size_t k = 0; k < real.size(); ++k) v[real[k]] = x[k];
        return v;
    }
};

double objective(unsigned, const double* x, double*, void* data) {
    auto& p = *static_cast<Problem*>(data);
    const Values v = p.at(x);
    p.search->run({v}, true);
    if (p.search->stopped()) throw nlopt::forced_stop();
    const auto& entry = p.search->cache.at(v);
    if (!entry.outputs) return 1e30; // not priced: no direction to give
    const double value = (*entry.outputs)[p.search->objectiveIndex];
    return std::isfinite(value) ? -p.search->sign * value : 1e30; // NLopt minimises
}

double violation(unsigned, const double* x, double*, void* data) {
    auto& p = *static_cast<Problem*>(data);
    const Values v = p.at(x);
    p.search->run({v}, true);
    if (p.search->stopped()) throw nlopt::forced_stop();
    return p.search->worstViolation(v);
}

} // namespace

void tuneContinuous(Optimiser::Search& s, const std::vector<std::vector<double>>& levels,
                    const Values& start) {
    Problem p{&s, {}, start};
    for (std::size_t i = 0; i < levels.size(); ++i)
        if (levels[i].empty()) p.real.push_back(i);
    const auto n = unsigned(p.real.size());
    nlopt::opt opt(nlopt::LN_COBYLA, n);
    std::vector<double> lower(n), upper(n), step(n), x(n);
    for (unsigned k = 0; k < n; ++k) {
        const Factor& f = s.factors[p.real[k]];
        lower[k] = f.low;
        upper[k] = f.high;
        step[k] = 0.1 * (f.high - f.low);
        x[k] = start[p.real[k]];
    }
    opt.set_lower_bounds(lower);
    opt.set_upper_bounds(upper);
    opt.set_initial_step(step);
    opt.set_min_objective(objective, &p);
    opt.add_inequality_constraint(violation, &p, 1e-9);
    opt.set_maxeval(s.spec.maxEvaluations);
    opt.set_xtol_rel(1e-4);
    double value = 0.0;
    try {
        opt.optimize(x, value);
    } catch (const std::exception&) {
        // A forced stop (cancel, a failed run) or NLopt giving up on round-off: the
        // points it ran are in the cache, and the best of them is the answer.
    }
}

} // namespace nk::decision
