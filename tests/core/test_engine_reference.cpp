// The expected mode against a literal, dense implementation of docs/model.md 2.1-2.3 written
// here from the text alone (no engine code), to 1e-9 relative.
#include "test_scenarios.hpp"

#include "naikkelas/engine/grid.hpp"

#include <algorithm>
#include <cmath>

using namespace nk;

namespace {

double phi(double x) {
    return 0.5 * std::erfc(-x / std::sqrt(2.0));
}

struct ReferenceChain {
    const Scenario& s;
    int B;
    double dlt;
    std::vector<double> l, x, v;

    explicit ReferenceChain(const Scenario& scenario) : s(scenario) {
        const double d = s.grid.bins_per_decade;
        dlt = std::log(10.0) / d;
        B = static_cast<int>(std::round(d * std::log10(s.grid.r_max / s.grid.r_min)));
        for (int k = 0; k <= B; ++k) l.push_back(std::log(s.grid.r_min) + k * dlt);
        for (int k = 0; k < B; ++k) {
            x.push_back(l[k] + dlt / 2);
            v.push_back(std::exp(x[k]));
        }
    }

    int binOf(double lnValue) const {
        for (int k = 0; k < B; ++k)
            if (lnValue < l[k + 1]) return k;
        return B - 1;
    }

    std::vector<double> lognormal(double m, double sd) const {
        std::vector<double> pi(B, 0.0);
        if (sd == 0) {
            pi[std::clamp(binOf(std::log(m)), 0, B - 1)] = 1;
            return pi;
        }
        for (int k = 0; k < B; ++k) {
            const double upper = k == B - 1 ? 1.0 : phi((l[k + 1] - std::log(m)) / sd);
            const double lower = k == 0 ? 0.0 : phi((l[k] - std::log(m)) / sd);
            pi[k] = upper - lower;
        }
        return pi;
    }

    // p = (P, A_0..A_{B-1}, X) -> one month later, with modifiers m.
    std::vector<double> step(const std::vector<double>& p, const Modifiers& m) const {
        const CoreParameters& c = s.parameters;
        std::vector<double> n(B + 2, 0.0);
        const double mu = c.drift_monthly + m.drift_add;
        const double sigma = c.volatility_monthly * m.sigma_mult;
        const double cap = std::max(c.home_capacity + m.capacity_add, s.grid.r_min);
        const int kappa = binOf(std::log(cap));
        for (int k = 0; k < B; ++k) {
            const double a = p[1 + k];
            const double q = std::clamp(
                c.closure_monthly_at_ref *
                    std::pow(v[k] / c.ref_revenue, -c.closure_size_elasticity) * m.exit_mult,
                0.0, 1.0);
            n[B + 1] += a * q;
            for (int j = 0; j < B; ++j) {
                const double upper = j == B - 1 ? 1.0 : phi((l[j + 1] - x[k] - mu) / sigma);
                const double lower = j == 0 ? 0.0 : phi((l[j] - x[k] - mu) / sigma);
                const int dest = std::min(j, std::max(kappa, k));
                n[1 + dest] += a * (1 - q) * (upper - lower);
            }
        }
        const double start = std::clamp(c.start_prob_monthly * m.start_mult, 0.0, 1.0);
        const auto pi =
            lognormal(c.start_revenue_median * std::exp(m.start_shift), c.start_revenue_log_sd);
        n[0] = p[0] * (1 - start);
        for (int j = 0; j < B; ++j) n[1 + j] += p[0] * start * pi[j];
        n[B + 1] += p[B + 1];
        return n;
    }
};

void requireClose(double engine, double reference, const char* what, int t) {
    INFO(what << " at month " << t << ": engine " << engine << ", reference " << reference);
    CHECK(std::abs(engine - reference) <= 1e-9 * std::max(1e-6, std::abs(reference)));
}

} // namespace

TEST_CASE("expected mode equals a literal implementation of the chain, with every modifier") {
    Scenario s = test::smallScenario(250);
    s.cohorts[0].business_share = 0.3;
    s.cohorts[0].initial_revenue_median = 8'000'000;
    s.cohorts[0].initial_revenue_log_sd = 0.9;
    test::addLateCohort(s, 5).business_share = 0.0;
    s.size_classes.scheme = SizeScheme::Uu20_2008;
    const auto compiled = test::compileOrFail(s);

    Modifiers program;
    program.start_mult = 1.7;
    program.exit_mult = 0.8;
    program.drift_add = 0.012;
    program.sigma_mult = 1.3;
    program.capacity_add = 25'000'000;
    program.start_shift = 0.2;
    RunOptions options = defaultRunOptions(*compiled);
    options.pipelines = test::constantPipelines(program);
    const auto outcome = test::runOrFail(*compiled, options);

    const ReferenceChain chain(s);
    for (Arm arm : {Arm::Program, Arm::Baseline}) {
        const Modifiers m = arm == Arm::Program ? program : Modifiers{};
        std::vector<std::vector<double>> p(s.cohorts.size());
        const auto& active = test::meanOf(outcome.results, arm, "active");
        const auto& closed = test::meanOf(outcome.results, arm, "closed");
        const auto& revenue = test::meanOf(outcome.results, arm, "revenue");
        const auto& kecil = test::meanOf(outcome.results, arm, "class:kecil");
        for (int t = 0; t <= s.scenario.horizon_months; ++t) {
            double sumActive = 0, sumClosed = 0, sumRevenue = 0, sumKecil = 0;
            for (std::size_t c = 0; c < s.cohorts.size(); ++c) {
                const Cohort& cohort = s.cohorts[c];
                if (t < cohort.entry_month) continue;
                if (t == cohort.entry_month) {
                    p[c].assign(chain.B + 2, 0.0);
                    p[c][0] = 1 - cohort.business_share;
                    const auto init = chain.lognormal(cohort.initial_revenue_median,
                                                      cohort.initial_revenue_log_sd);
                    for (int k = 0; k < chain.B; ++k) p[c][1 + k] = cohort.business_share * init[k];
                } else {
                    p[c] = chain.step(p[c], m);
                }
                const double n = cohort.participants;
                for (int k = 0; k < chain.B; ++k) {
                    sumActive += n * p[c][1 + k];
                    sumRevenue += n * p[c][1 + k] * chain.v[k];
                    const double annual = 12 * chain.v[k];
                    if (annual > 300e6 && annual <= 2.5e9) sumKecil += n * p[c][1 + k];
                }
                sumClosed += n * p[c][chain.B + 1];
            }
            requireClose(active[t], sumActive, "active", t);
            requireClose(closed[t], sumClosed, "closed", t);
            requireClose(revenue[t], sumRevenue, "revenue", t);
            requireClose(kecil[t], sumKecil, "class:kecil", t);
        }
    }
}
