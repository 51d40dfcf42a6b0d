// The revenue grid and discretised lognormal of docs/model.md 2.1.
#include "naikkelas/engine/grid.hpp"
#include "naikkelas/scenario/scenario.hpp"

#include <doctest/doctest.h>

#include <cmath>
#include <numeric>

using namespace nk;

TEST_CASE("default grid: 60 bins of a twelfth of a decade from Rp 100 000") {
    const RevenueGrid grid{GridSpec{}};
    REQUIRE(grid.bins() == 60);
    CHECK(grid.delta() == doctest::Approx(std::log(10.0) / 12));
    CHECK(grid.edge(0) == doctest::Approx(std::log(1e5)));
    CHECK(grid.edge(60) == doctest::Approx(std::log(1e10)));
    CHECK(grid.value(0) == doctest::Approx(1e5 * std::pow(10.0, 1.0 / 24)));
    CHECK(grid.binOfLog(std::log(5e6)) == 20);  // 5e6 = 1e5 * 10^(20.4/12)
    CHECK(grid.binOfLog(std::log(1.0)) == 0);   // clamped below
    CHECK(grid.binOfLog(std::log(1e12)) == 59); // clamped above
}

TEST_CASE("discretised lognormal: exact bin masses, tails folded into the end bins") {
    const RevenueGrid grid{GridSpec{}};
    const double median = 2.5e6, sd = 0.6;
    const auto pi = grid.lognormal(median, sd);
    CHECK(std::accumulate(pi.begin(), pi.end(), 0.0) == doctest::Approx(1.0).epsilon(1e-15));
    auto cdf = [&](double edge) {
        return 0.5 * std::erfc(-(edge - std::log(median)) / sd / std::sqrt(2.0));
    };
    for (int k = 1; k < 59; ++k)
        CHECK(pi[k] == doctest::Approx(cdf(grid.edge(k + 1)) - cdf(grid.edge(k))).epsilon(1e-12));
    CHECK(pi[0] == doctest::Approx(cdf(grid.edge(1))).epsilon(1e-12));
    // Far-out upper tail keeps relative precision instead of cancelling to zero.
    const auto wide = grid.lognormal(1e5, 0.3);
    CHECK(wide[59] > 0.0);
    CHECK(wide[59] < 1e-100);
}

TEST_CASE("log-sd zero puts all mass in the bin holding the median") {
    const RevenueGrid grid{GridSpec{}};
    const auto pi = grid.lognormal(5e6, 0.0);
    CHECK(pi[20] == 1.0);
    CHECK(std::accumulate(pi.begin(), pi.end(), 0.0) == 1.0);
    CHECK(grid.lognormal(1.0, 0.0)[0] == 1.0);
}

TEST_CASE("custom grids round the bin count") {
    const RevenueGrid grid{GridSpec{1e6, 1e9, 10}};
    CHECK(grid.bins() == 30);
    CHECK(normalMass(-INFINITY, INFINITY) == 1.0);
    CHECK(normalMass(0.0, INFINITY) == doctest::Approx(0.5));
}
