// What the uncertainty design and the budget frontier compute from outputs: the
// distributions' quantile functions against their closed forms, the paired comparison
// of plans draw by draw, the acceptability curve, and the frontier's columns.
#include "naikkelas/decision/distribution.hpp"
#include "naikkelas/decision/frontier.hpp"
#include "naikkelas/decision/uncertainty.hpp"
#include "naikkelas/engine/grid.hpp"

#include <doctest/doctest.h>

#include <cmath>

using namespace nk::decision;

namespace {

Distribution make(DistributionKind kind) {
    Distribution d;
    d.kind = kind;
    d.low = -INFINITY;
    d.high = INFINITY;
    return d;
}

} // namespace

TEST_SUITE("decision uncertainty") {
    TEST_CASE("the incomplete beta function meets its closed forms") {
        for (const double x : {0.05, 0.3, 0.5, 0.77, 0.99}) {
            CHECK(incompleteBeta(1, 1, x) == doctest::Approx(x).epsilon(1e-12));
            CHECK(incompleteBeta(2, 1, x) == doctest::Approx(x * x).epsilon(1e-12));
            CHECK(incompleteBeta(1, 3, x) ==
                  doctest::Approx(1 - std::pow(1 - x, 3)).epsilon(1e-12));
            CHECK(incompleteBeta(4.5, 2.5, x) + incompleteBeta(2.5, 4.5, 1 - x) ==
                  doctest::Approx(1.0).epsilon(1e-12));
        }
        CHECK(incompleteBeta(7, 7, 0.5) == doctest::Approx(0.5).epsilon(1e-12));
    }

    TEST_CASE("quantiles: uniform, triangular, normal, lognormal and beta") {
        Distribution u = make(DistributionKind::Uniform);
        u.low = 2;
        u.high = 6;
        CHECK(quantile(u, 0.25) == doctest::Approx(3));

        Distribution t = make(DistributionKind::Triangular);
        t.low = 0;
        t.mode = 1;
        t.high = 4;
        // CDF below the mode: (x - low)^2 / ((high - low)(mode - low)); above it
        // 1 - (high - x)^2 / ((high - low)(high - mode)).
        CHECK(quantile(t, 0.25) == doctest::Approx(1.0));
        CHECK(quantile(t, 0.1) == doctest::Approx(std::sqrt(0.4)));
        CHECK(quantile(t, 1 - 4.0 / 12) == doctest::Approx(2.0));

        Distribution n = make(DistributionKind::Normal);
        n.mean = 10;
        n.sd = 2;
        CHECK(quantile(n, 0.5) == doctest::Approx(10));
        CHECK(quantile(n, nk::normalCdf(1.5)) == doctest::Approx(13));
        n.low = 9; // truncated: its median is the mass midpoint above 9
        const double mid = 0.5 * (nk::normalCdf(-0.5) + 1.0);
        CHECK(quantile(n, 0.5) == doctest::Approx(10 + 2 * nk::normalQuantile(mid)));
        CHECK(quantile(n, 0.0) >= 9.0);

        Distribution l = make(DistributionKind::Lognormal);
        l.low = 0;
        l.median = 2.7;
        l.logSd = 0.3;
        CHECK(quantile(l, 0.5) == doctest::Approx(2.7));
        CHECK(quantile(l, nk::normalCdf(-1)) == doctest::Approx(2.7 * std::exp(-0.3)));

        Distribution b = make(DistributionKind::Beta);
        b.low = 0;
        b.high = 1;
        b.alpha = 14;
        b.beta = 6;
        for (const double p : {0.05, 0.5, 0.9})
            CHECK(incompleteBeta(14, 6, quantile(b, p)) == doctest::Approx(p).epsilon(1e-9));
        b.low = 10;
        b.high = 20;
        CHECK(quantile(b, 0.5) > 10);
    }

    TEST_CASE("plans are compared draw by draw, with ties counted half") {
        Experiment e;
        e.design.kind = DesignKind::Uncertainty;
        e.design.plans = {{"A", {}}, {"B", {}}};
        DesignPlan plan;
        plan.kind = DesignKind::Uncertainty;
        plan.plans = 2;
        const std::vector<std::string> indicators = {"additional_active", "cost_discounted"};
        // Draw d: A gains d, B gains d + 1 except in draw 0, where both gain 0.
        std::vector<std::vector<double>> outputs;
        const int draws = 40;
        for (int d = 0; d < draws; ++d) {
            outputs.push_back({double(d), 100.0});
            outputs.push_back({d == 0 ? 0.0 : d + 1.0, 150.0});
        }
        const UncertaintyReport r = analyzeUncertainty(e, plan, indicators, outputs);
        REQUIRE(r.plans.size() == 2);
        CHECK(r.plans[0].probabilityBetter == 0.5);
        CHECK(r.plans[1].probabilityBetter == doctest::Approx((draws - 1 + 0.5) / draws));
        CHECK(r.plans[1].differenceMean == doctest::Approx(double(draws - 1) / draws));
        CHECK(r.plans[1].differenceQ05 == 1.0); // 39 of 40 differences are 1
        CHECK(r.plans[0].mean[0] == doctest::Approx((draws - 1) / 2.0));
        CHECK(r.plans[1].mean[1] == 150.0);
        // Acceptability: cost per gain under each threshold; a draw gaining nothing never.
        REQUIRE_FALSE(r.acceptability.empty());
        CHECK(r.acceptability.front().threshold == 0.0);
        for (const auto& a : r.acceptability) {
            double underA = 0;
            for (int d = 1; d < draws; ++d) underA += 100.0 / d <= a.threshold ? 1 : 0;
            CHECK(a.probability[0] == doctest::Approx(underA / draws));
        }
        CHECK(r.acceptability.back().probability[0] < 1.0); // draw 0 gains nothing
    }

    TEST_CASE("acceptability thresholds end on a round number at or above the largest") {
        const auto t = acceptabilityThresholds(3.4e8, 20);
        REQUIRE(t.size() == 21u);
        CHECK(t.back() == 5e8);
        CHECK(t[1] == doctest::Approx(2.5e7));
        CHECK(acceptabilityThresholds(1e8, 4).back() == 1e8);
    }

    TEST_CASE("the frontier reads cost and outcome means from strided outputs") {
        const std::vector<std::string> indicators = {"additional_active", "cost_discounted"};
        // stride 4: mean, q05, q50, q95 per indicator; the quantiles must be ignored
        const std::vector<std::vector<double>> outputs = {
            {5, 0, 0, 0, 300, 1, 1, 1}, {4, 9, 9, 9, 100, 1, 1, 1}, {3, 0, 0, 0, 200, 9, 9, 9}};
        const auto f =
            budgetFrontier(indicators, 4, "additional_active", "cost_discounted", outputs);
        REQUIRE(f.size() == 3u);
        CHECK(f[0].point == 1);
        CHECK(f[0].efficient);
        CHECK(f[1].point == 2);
        CHECK_FALSE(f[1].efficient); // dearer than point 1 and gains less
        CHECK(f[2].point == 0);
        CHECK(f[2].efficient);
        CHECK(f[2].cost == 300);
        CHECK(std::isnan(f[0].gainPerRupiah));
        CHECK(f[2].gainPerRupiah == doctest::Approx((5.0 - 4.0) / (300 - 100)));
    }

    TEST_CASE("the hull leaves out efficient plans a mix of their neighbours outdoes") {
        const std::vector<std::string> indicators = {"additional_active", "cost_discounted"};
        // cost 0, 1, 2, 3 with gains 0, 0.2, 2, 2.5: the plan at cost 1 lies under the
        // line from 0 to 2, the others on a concave path.
        const std::vector<std::vector<double>> outputs = {{0, 0}, {0.2, 1}, {2, 2}, {2.5, 3}};
        const auto f =
            budgetFrontier(indicators, 1, "additional_active", "cost_discounted", outputs);
        REQUIRE(f.size() == 4u);
        for (const auto& p : f) CHECK(p.efficient);
        CHECK(f[0].hull);
        CHECK_FALSE(f[1].hull);
        CHECK(f[2].hull);
        CHECK(f[3].hull);
        CHECK(f[2].gainPerRupiah == doctest::Approx(1.8)); // from the plan at cost 1
    }
}
