// The decision layer's designs and estimators (core/decision), held to functions with
// known answers as SALib's are: Ishigami and the Sobol g-function for Sobol indices, a
// linear function with an interaction for Morris, strata for the Latin hypercube, and a
// brute-force check of the frontier.
#include "naikkelas/decision/frontier.hpp"
#include "naikkelas/decision/sensitivity.hpp"

#include "naikkelas/engine/random_stream.hpp"

#include <doctest/doctest.h>

#include <cmath>
#include <numbers>
#include <set>

using namespace nk;
using namespace nk::decision;

namespace {

double ishigami(const Point& u) {
    const double pi = std::numbers::pi;
    const double x1 = -pi + 2 * pi * u[0], x2 = -pi + 2 * pi * u[1], x3 = -pi + 2 * pi * u[2];
    return std::sin(x1) + 7.0 * std::sin(x2) * std::sin(x2) + 0.1 * std::pow(x3, 4) * std::sin(x1);
}

std::vector<double> evaluate(const Points& points, double (*f)(const Point&)) {
    std::vector<double> y;
    for (const auto& p : points) y.push_back(f(p));
    return y;
}

constexpr double kG[] = {0.0, 1.0, 4.5, 9.0, 99.0, 99.0};
double gFunction(const Point& u) {
    double product = 1.0;
    for (std::size_t i = 0; i < std::size(kG); ++i)
        product *= (std::fabs(4.0 * u[i] - 2.0) + kG[i]) / (1.0 + kG[i]);
    return product;
}

} // namespace

TEST_CASE("Sobol indices of the Ishigami function lie within their bootstrap intervals") {
    const SaltelliDesign design = saltelli(8192, 3, 7);
    REQUIRE(design.points.size() == 8192u * 5);
    // 99 % intervals: six indices each inside a 90 % one would hold for only about half
    // of all seeds.
    const auto indices = sobolIndices(design, evaluate(design.points, ishigami), 300, 0.99, 3);
    // Analytic values for a = 7, b = 0.1: V1 = (1 + b pi^4 / 5)^2 / 2, V2 = a^2 / 8,
    // V13 = b^2 pi^8 (1/18 - 1/50).
    const double s1[] = {0.31391, 0.44241, 0.0};
    const double st[] = {0.55759, 0.44241, 0.24368};
    for (int f = 0; f < 3; ++f) {
        INFO("factor " << f + 1 << ": S1 " << indices[f].s1 << " [" << indices[f].s1Low << ", "
                       << indices[f].s1High << "], ST " << indices[f].st << " [" << indices[f].stLow
                       << ", " << indices[f].stHigh << "]");
        CHECK(std::fabs(indices[f].s1 - s1[f]) < 0.03);
        CHECK(std::fabs(indices[f].st - st[f]) < 0.03);
        CHECK(indices[f].s1Low <= s1[f]);
        CHECK(s1[f] <= indices[f].s1High);
        CHECK(indices[f].stLow <= st[f]);
        CHECK(st[f] <= indices[f].stHigh);
    }
}

TEST_CASE("Sobol indices of the g-function match the analytic ones") {
    const int k = static_cast<int>(std::size(kG));
    std::vector<double> partial(k);
    double total = 1.0;
    for (int i = 0; i < k; ++i) {
        partial[i] = 1.0 / (3.0 * (1.0 + kG[i]) * (1.0 + kG[i]));
        total *= 1.0 + partial[i];
    }
    const double variance = total - 1.0;
    const SaltelliDesign design = saltelli(8192, k, 11);
    const auto indices = sobolIndices(design, evaluate(design.points, gFunction), 200, 0.9, 5);
    for (int i = 0; i < k; ++i) {
        const double s1 = partial[i] / variance;
        const double st = partial[i] * total / (1.0 + partial[i]) / variance;
        INFO("factor " << i + 1 << ": S1 " << indices[i].s1 << " vs " << s1 << ", ST "
                       << indices[i].st << " vs " << st);
        CHECK(std::fabs(indices[i].st - st) < 0.03);
        CHECK(std::fabs(indices[i].s1 - s1) < 0.03);
    }
    // The ranking follows a: the most important factor has the smallest a.
    CHECK(indices[0].st > indices[1].st);
    CHECK(indices[1].st > indices[2].st);
}

TEST_CASE("Morris ranks a linear function with an interaction by mu*, and sigma shows it") {
    // y = 10 x1 + 5 x2 + x3 + 0 x4 + 8 x1 x2: x1 and x2 interact, x3 is linear, x4 inert.
    const auto f = [](const Point& u) { return 10 * u[0] + 5 * u[1] + u[2] + 8 * u[0] * u[1]; };
    const MorrisDesign design = morris(40, 4, 4, 9);
    REQUIRE(design.points.size() == 40u * 5);
    std::vector<double> y;
    for (const auto& p : design.points) y.push_back(f(p));
    const auto m = morrisIndices(design, y);
    CHECK(m[0].muStar > m[1].muStar);
    CHECK(m[1].muStar > m[2].muStar);
    CHECK(m[2].muStar > m[3].muStar);
    CHECK(m[2].muStar == doctest::Approx(1.0));
    CHECK(m[3].muStar == doctest::Approx(0.0));
    CHECK(m[0].sigma > 0.5); // the interaction
    CHECK(m[1].sigma > 0.5);
    CHECK(m[2].sigma == doctest::Approx(0.0).epsilon(1e-9));
    // Every step stays on the grid and in the cube.
    for (const auto& p : design.points)
        for (double v : p) {
            CHECK(v >= 0.0);
            CHECK(v <= 1.0);
        }
}

TEST_CASE("a Latin hypercube puts exactly one point in each stratum of each factor") {
    const int n = 37, k = 5;
    const Points points = latinHypercube(n, k, 21);
    REQUIRE(points.size() == std::size_t(n));
    for (int f = 0; f < k; ++f) {
        std::set<int> strata;
        for (const auto& p : points) strata.insert(static_cast<int>(p[f] * n));
        CHECK(strata.size() == std::size_t(n));
    }
    CHECK(latinHypercube(n, k, 21) == points); // a pure function of its seed
    CHECK(latinHypercube(n, k, 22) != points);
}

TEST_CASE("one-at-a-time swings are two runs against the base") {
    const auto f = [](const Point& u) { return 3 * u[0] - 2 * u[1] * u[1]; };
    const Points points = oneAtATime({0.5, 0.25});
    std::vector<double> y;
    for (const auto& p : points) y.push_back(f(p));
    const auto swings = oatSwings(2, y);
    const double base = f({0.5, 0.25});
    CHECK(swings[0].low == doctest::Approx(f({0.0, 0.25}) - base));
    CHECK(swings[0].high == doctest::Approx(f({1.0, 0.25}) - base));
    CHECK(swings[1].low == doctest::Approx(f({0.5, 0.0}) - base));
    CHECK(swings[1].high == doctest::Approx(f({0.5, 1.0}) - base));
}

TEST_CASE("a grid takes each factor's own number of levels, the first factor slowest") {
    const Points points = grid({2, 3});
    REQUIRE(points.size() == 6u);
    const Points expected = {{0, 0}, {0, 0.5}, {0, 1}, {1, 0}, {1, 0.5}, {1, 1}};
    for (std::size_t i = 0; i < points.size(); ++i) CHECK(points[i] == expected[i]);
}

TEST_CASE("the efficient frontier equals a brute-force dominance check") {
    const RandomStream stream(3, 0);
    std::vector<double> cost, outcome;
    for (int i = 0; i < 300; ++i) { // coarse values, so that ties occur
        cost.push_back(double(stream.bits(std::uint64_t(i), 0) % 40));
        outcome.push_back(double(stream.bits(std::uint64_t(i), 1) % 25));
    }
    cost.push_back(NAN);
    outcome.push_back(100.0);
    const auto efficient = paretoEfficient(cost, outcome);
    for (std::size_t i = 0; i < cost.size(); ++i) {
        bool dominated = !std::isfinite(cost[i]);
        for (std::size_t j = 0; j < cost.size() && !dominated; ++j)
            dominated = std::isfinite(cost[j]) && cost[j] <= cost[i] && outcome[j] >= outcome[i] &&
                        (cost[j] < cost[i] || outcome[j] > outcome[i]);
        CHECK(efficient[i] == !dominated);
    }
}
