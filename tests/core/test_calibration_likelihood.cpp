// The likelihood of one follow-up row (calibration/likelihood.hpp), against values worked
// by hand on a grid of one bin per decade.
#include "naikkelas/calibration/likelihood.hpp"
#include "naikkelas/scenario/scenario.hpp"

#include <doctest/doctest.h>

#include <cmath>

using namespace nk::calibration;

namespace {

// Bins [1e5, 1e6), [1e6, 1e7), [1e7, 1e8): one per decade.
nk::RevenueGrid threeBins() {
    nk::GridSpec spec;
    spec.r_min = 100'000;
    spec.r_max = 100'000'000;
    spec.bins_per_decade = 1;
    return nk::RevenueGrid(spec);
}

} // namespace

TEST_CASE("the binomial log-likelihood of running of surveyed") {
    CHECK(binomialLogLikelihood(3, 10, 0.3) ==
          doctest::Approx(3 * std::log(0.3) + 7 * std::log(0.7)));
    // Largest at the observed share.
    CHECK(binomialLogLikelihood(3, 10, 0.3) > binomialLogLikelihood(3, 10, 0.25));
    CHECK(binomialLogLikelihood(3, 10, 0.3) > binomialLogLikelihood(3, 10, 0.35));
    CHECK(std::isfinite(binomialLogLikelihood(0, 10, 1.0)));
}

TEST_CASE("sales are spread evenly in log inside a bin") {
    const auto grid = threeBins();
    REQUIRE(grid.bins() == 3);
    const std::vector<double> sales = {0.2, 0.5, 0.3};
    CHECK(salesCdf(grid, sales, 1e6) == doctest::Approx(0.2));
    CHECK(salesCdf(grid, sales, std::sqrt(1e6 * 1e7)) == doctest::Approx(0.45));
    CHECK(salesCdf(grid, sales, 50'000) == 0.0);
    CHECK(salesCdf(grid, sales, 1e9) == 1.0);
    CHECK(salesQuantile(grid, sales, 0.45) == doctest::Approx(std::sqrt(1e6 * 1e7)));
    CHECK(salesQuantile(grid, sales, 0.2) == doctest::Approx(1e6));
}

TEST_CASE("reported quartiles are scored as order statistics") {
    const auto grid = threeBins();
    const std::vector<double> sales = {0.2, 0.5, 0.3};
    FollowupRow row;
    row.surveyed = 20;
    row.running = 7;                        // ranks floor(0.25 * 8) = 2, 4 and 6
    row.salesMedian = std::sqrt(1e6 * 1e7); // F = 0.45, log-density 0.5 / ln 10
    const double density = 0.5 / std::log(10.0);
    CHECK(salesLogLikelihood(grid, sales, row) ==
          doctest::Approx(3 * std::log(0.45) + std::log(density) + 3 * std::log(0.55)));
    row.salesQ25 = 2e6; // F = 0.2 + 0.5 * log10(2)
    row.salesQ75 = 2e7; // F = 0.7 + 0.3 * log10(2)
    const double f25 = 0.2 + 0.5 * std::log10(2.0);
    const double f75 = 0.7 + 0.3 * std::log10(2.0);
    const double expected = 1 * std::log(f25) + std::log(density) + 1 * std::log(0.45 - f25) +
                            std::log(density) + 1 * std::log(f75 - 0.45) +
                            std::log(0.3 / std::log(10.0)) + 1 * std::log(1 - f75);
    CHECK(salesLogLikelihood(grid, sales, row) == doctest::Approx(expected));
    // Three running: ranks 1, 2 and 3, nothing between them.
    row.running = 3;
    CHECK(salesLogLikelihood(grid, sales, row) ==
          doctest::Approx(2 * std::log(density) + std::log(0.3 / std::log(10.0))));
    // With two running the median's rank (1) repeats the lower quartile's and adds nothing.
    row.running = 2;
    CHECK(salesLogLikelihood(grid, sales, row) ==
          doctest::Approx(std::log(density) + std::log(0.3 / std::log(10.0))));
}
