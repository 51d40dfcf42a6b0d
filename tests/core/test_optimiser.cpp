// The allocation optimiser (core/decision/optimiser.hpp) on test models with known
// answers: a brute force written here independently, constraints checked here, a case
// where the mean and the 5 % quantile choose differently, and a smooth real-valued
// problem with its optimum on a linear constraint.
#include "naikkelas/decision/optimiser.hpp"

#include <doctest/doctest.h>

#include <atomic>
#include <cmath>
#include <functional>

using namespace nk;
using namespace nk::decision;

namespace {

using Values = std::vector<double>;

// A model from plain functions: costs linear in the values (capital in the first year,
// upkeep in the next), outputs from `f`.
class FunctionModel final : public CandidateModel {
public:
    std::vector<BudgetLimit> budget;
    std::vector<double> capital, upkeep;
    Rupiah fixedCost = 0;
    std::size_t outputStride = 1;
    std::function<Values(const Values&)> f;
    mutable std::size_t runs = 0;
    std::atomic<bool>* cancelAfter = nullptr;
    std::size_t cancelAt = 0;

    const std::vector<BudgetLimit>& limits() const override { return budget; }
    const std::vector<std::string>& indicators() const override { return m_names; }
    std::size_t stride() const override { return outputStride; }

    CandidateCosts costOf(const Values& v) const {
        CandidateCosts c;
        c.ok = true;
        Rupiah first = fixedCost, second = 0;
        for (std::size_t i = 0; i < v.size(); ++i) {
            first += Rupiah(std::llround(capital[i] * v[i]));
            second += Rupiah(std::llround(upkeep[i] * v[i]));
        }
        c.total = first + second;
        for (const BudgetLimit& l : budget)
            c.planned.push_back(l.year == 0 ? c.total : l.year == 2023 ? first : second);
        return c;
    }
    std::vector<CandidateCosts> costs(const std::vector<Values>& cs, int) const override {
        std::vector<CandidateCosts> out;
        for (const Values& v : cs) out.push_back(costOf(v));
        return out;
    }
    EvaluationRun outcomes(const std::vector<Values>& cs,
                           const EvaluationOptions& options) const override {
        EvaluationRun run;
        for (std::size_t i = 0; i < cs.size(); ++i) {
            if (options.cancel && options.cancel->load()) {
                run.cancelled = true;
                return run;
            }
            PointOutcome o;
            o.ok = true;
            o.outputs = f(cs[i]);
            if (options.onPoint) options.onPoint(i, o);
            ++run.finished;
            if (cancelAfter && ++runs == cancelAt) cancelAfter->store(true);
        }
        return run;
    }

private:
    std::vector<std::string> m_names = {"additional_active"};
};

Factor units(int i, double high = 3) {
    Factor f;
    f.path = "clusters[" + std::to_string(i) + "].equipment[0].units";
    f.low = 0;
    f.high = high;
    f.integer = true;
    return f;
}

// Four ovens' clusters: diminishing returns with one interaction; weights without ties.
FunctionModel ovenModel(const std::vector<double>& w) {
    FunctionModel m;
    m.capital = {40e6, 55e6, 30e6, 70e6};
    m.upkeep = {3e6, 3e6, 2e6, 4e6};
    m.fixedCost = 100'000'000;
    m.budget = {{"budget.envelope", 0, 330'000'000},
                {"budget.fiscal_years[1].limit", 2024, 20'000'000}};
    m.f = [w](const Values& v) {
        double y = 0.3 * std::sqrt(v[0] * v[2]);
        for (std::size_t i = 0; i < v.size(); ++i) y += w[i] * std::sqrt(v[i]);
        return Values{y};
    };
    return m;
}

bool meets(const FunctionModel& m, const OptimiseSpec& spec, const Values& v, double scale = 1) {
    const CandidateCosts c = m.costOf(v);
    for (std::size_t l = 0; l < m.budget.size(); ++l)
        if (double(c.planned[l]) > double(m.budget[l].limit) * (m.budget[l].year ? 1 : scale))
            return false;
    for (const LinearConstraint& lc : spec.constraints) {
        double sum = 0;
        for (const LinearTerm& t : lc.terms) sum += t.coefficient * v[t.factor];
        if (lc.atMost ? sum > lc.bound : sum < lc.bound) return false;
    }
    return true;
}

// Every allocation of `n` factors over 0..levels-1, the best one meeting the constraints.
std::optional<Values> bruteForce(const FunctionModel& m, const OptimiseSpec& spec, int n,
                                 int levels) {
    std::optional<Values> best;
    double bestY = -1e300;
    int total = 1;
    for (int i = 0; i < n; ++i) total *= levels;
    for (int k = 0; k < total; ++k) {
        Values v(static_cast<std::size_t>(n));
        for (int i = 0, r = k; i < n; ++i, r /= levels) v[std::size_t(i)] = r % levels;
        if (!meets(m, spec, v)) continue;
        const double y = m.f(v)[0];
        if (y > bestY) {
            bestY = y;
            best = v;
        }
    }
    return best;
}

std::vector<Factor> ovenFactors() {
    return {units(0), units(1), units(2), units(3)};
}

const std::vector<std::vector<double>> kWeights = {
    {1.3, 2.1, 0.7, 2.9}, {2.2, 0.4, 1.9, 1.1}, {0.5, 0.6, 0.55, 3.3}, {1.7, 1.71, 1.69, 1.72}};

} // namespace

TEST_SUITE("optimiser") {
    TEST_CASE("on small problems exhaustive search and the heuristic equal brute force") {
        for (const auto& w : kWeights) {
            CAPTURE(w[0]);
            FunctionModel m = ovenModel(w);
            OptimiseSpec spec;
            const auto expected = bruteForce(m, spec, 4, 4);
            REQUIRE(expected);
            Optimiser exhaustive(m, ovenFactors(), spec);
            const OptimiseResult r = exhaustive.solve({});
            CHECK(r.method == Method::Exhaustive);
            CHECK(r.spaceSize == 256);
            REQUIRE(r.best);
            CHECK(r.best->values == *expected);
            REQUIRE(r.heuristicObjective);
            CHECK(*r.heuristicObjective == doctest::Approx(r.best->objective));

            spec.exhaustiveLimit = 0;
            Optimiser heuristic(m, ovenFactors(), spec);
            const OptimiseResult h = heuristic.solve({});
            CHECK(h.method == Method::Heuristic);
            REQUIRE(h.best);
            CHECK(h.best->values == *expected);
            CHECK(h.evaluations < 256);
        }
    }

    TEST_CASE("no returned allocation breaks a constraint") {
        for (const auto& w : kWeights)
            for (const Rupiah envelope : {150'000'000, 260'000'000, 400'000'000})
                for (const double cap : {2.0, 5.0}) {
                    FunctionModel m = ovenModel(w);
                    m.budget[0].limit = envelope;
                    OptimiseSpec spec;
                    spec.constraints = {{{{0, 1.0}, {1, 1.0}}, true, cap},
                                        {{{2, 1.0}, {3, 2.0}}, false, 1.0}};
                    for (const int limit : {5000, 0}) {
                        spec.exhaustiveLimit = limit;
                        Optimiser o(m, ovenFactors(), spec);
                        const OptimiseResult r = o.solve({});
                        const auto expected = bruteForce(m, spec, 4, 4);
                        CHECK(bool(r.best) == bool(expected));
                        for (const Candidate& c : r.top) CHECK(meets(m, spec, c.values));
                        if (r.best && expected) CHECK(r.best->values == *expected);
                    }
                }
    }

    TEST_CASE("binding constraints and the marginal value of money") {
        FunctionModel m = ovenModel(kWeights[0]);
        m.budget.pop_back(); // the envelope alone limits
        OptimiseSpec spec;
        Optimiser o(m, ovenFactors(), spec);
        const OptimiseResult r = o.solve({});
        REQUIRE(r.best);
        REQUIRE(r.constraints.size() == 1);
        CHECK(r.constraints[0].binding); // some oven more would break the envelope
        bool cancelled = false;
        std::string error;
        const MoneyValue money = marginalValueOfMoney(o, m, r, {}, cancelled, error);
        REQUIRE(money.lower);
        REQUIRE(money.upper);
        // Independently: brute force at 0.9 and 1.1 times the envelope.
        auto at = [&](double scale) {
            FunctionModel scaled = m;
            scaled.budget[0].limit = Rupiah(330'000'000 * scale);
            return scaled.f(*bruteForce(scaled, spec, 4, 4))[0];
        };
        CHECK(*money.lower == doctest::Approx(at(0.9)));
        CHECK(*money.upper == doctest::Approx(at(1.1)));
        CHECK(*money.perHundredMillion == doctest::Approx((at(1.1) - at(0.9)) / 66e6 * 1e8));
    }

    TEST_CASE("the robust objective chooses differently where mean and 5 % quantile disagree") {
        // Three plans: the second has the best mean but a bad tail; the third the best
        // 5 % quantile.
        FunctionModel m;
        m.capital = {1e6};
        m.upkeep = {0};
        m.outputStride = 4; // mean, q05, q50, q95
        m.f = [](const Values& v) {
            const double mean[] = {1.0, 2.0, 1.5}, q05[] = {0.9, -1.0, 1.2};
            const auto i = std::size_t(v[0]);
            return Values{mean[i], q05[i], mean[i], mean[i] + 1};
        };
        Factor plan = units(0, 2);
        OptimiseSpec spec;
        Optimiser byMean(m, {plan}, spec);
        CHECK(byMean.solve({}).best->values == Values{1});
        spec.objective.quantile = 0.05;
        Optimiser robust(m, {plan}, spec);
        CHECK(robust.solve({}).best->values == Values{2});
    }

    TEST_CASE("a cancel returns the best found so far") {
        FunctionModel m = ovenModel(kWeights[1]);
        std::atomic<bool> cancel{false};
        m.cancelAfter = &cancel;
        m.cancelAt = 30;
        OptimiseOptions options;
        options.cancel = &cancel;
        Optimiser o(m, ovenFactors(), {});
        const OptimiseResult r = o.solve(options);
        CHECK(r.cancelled);
        REQUIRE(r.best);
        CHECK(meets(m, {}, r.best->values));
        CHECK(r.evaluations == 30);
    }

    TEST_CASE("NLopt finds a real optimum on a linear constraint") {
        // Maximise -(x - 0.3)^2 - (y - 0.6)^2 with x + y <= 0.7: the projection of
        // (0.3, 0.6) onto the line, (0.2, 0.5).
        FunctionModel m;
        m.capital = {0, 0};
        m.upkeep = {0, 0};
        m.f = [](const Values& v) {
            return Values{-(v[0] - 0.3) * (v[0] - 0.3) - (v[1] - 0.6) * (v[1] - 0.6)};
        };
        Factor x, y;
        x.path = "parameters.margin";
        y.path = "parameters.volatility_monthly";
        x.high = y.high = 1.0;
        OptimiseSpec spec;
        spec.constraints = {{{{0, 1.0}, {1, 1.0}}, true, 0.7}};
        Optimiser o(m, {x, y}, spec);
        const OptimiseResult r = o.solve({});
        CHECK(r.continuous);
        REQUIRE(r.best);
        CHECK(r.best->values[0] == doctest::Approx(0.2).epsilon(0.02));
        CHECK(r.best->values[1] == doctest::Approx(0.5).epsilon(0.02));
        CHECK(r.best->values[0] + r.best->values[1] <= 0.7 + 1e-9);
    }
}
