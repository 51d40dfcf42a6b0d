// Per-enterprise sampling of small groups (engine internal): NormalFloor inverts the
// normal CDF exactly, and SampledStep draws the month's moves from MODEL.md 2.3's kernel
// (a chi-square test against expected mode's month) and picks the same state as the
// tables of large groups for the same draws.
#include "test_scenarios.hpp"

#include "engine/expected_step.hpp"
#include "engine/normal_floor.hpp"
#include "engine/sampled_step.hpp"
#include "engine/transition.hpp"

#include "naikkelas/engine/grid.hpp"
#include "naikkelas/engine/random_stream.hpp"

#include <cmath>

using namespace nk;
using namespace nk::engine;

namespace {

// The definition: the smallest n with (u + 1) / 2^32 <= Phi((n + 1 - a) / b).
int bruteForceFloor(double a, double b, std::uint32_t u) {
    const double v = (double(u) + 1.0) / 4294967296.0;
    if (b <= 0.0) return static_cast<int>(std::floor(a));
    int n = static_cast<int>(std::floor(a - 8.0 * b)) - 2; // Phi(-8) < 2^-32
    while (!(v <= normalCdf((n + 1 - a) / b))) ++n;
    return n;
}

Modifiers programLike() {
    Modifiers m;
    m.start_mult = 2.7;
    m.exit_mult = 0.7;
    m.drift_add = 0.013;
    m.sigma_mult = 1.3;
    m.capacity_add = 2.5e7;
    m.start_shift = -0.4;
    return m;
}

} // namespace

TEST_CASE("NormalFloor gives floor(a + bZ) by the CDF rule, also in the tails and at b = 0") {
    const RandomStream stream(11, 0);
    const double as[] = {0.5, -3.25, 7.9, 0.0};
    const double bs[] = {0.52, 0.0, 3.1, 0.013, 12.0};
    std::uint32_t edges[] = {0u, 1u, 0xFFFFFFFFu, 0xFFFFFFFEu, 0x80000000u, 0x000FFFFFu};
    for (double a : as)
        for (double b : bs) {
            for (std::uint32_t u : edges)
                REQUIRE(NormalFloor::sample(a, b, u) == bruteForceFloor(a, b, u));
            for (std::uint64_t i = 0; i < 3000; ++i) {
                const std::uint32_t u = draw1(stream.bits(i, 0));
                REQUIRE(NormalFloor::sample(a, b, u) == bruteForceFloor(a, b, u));
            }
        }
}

TEST_CASE("sampled moves follow the kernel of MODEL.md 2.3 (chi-square against expected mode)") {
    const auto compiled = test::compileOrFail(test::smallScenario());
    const int bins = compiled->grid.bins();
    const Modifiers m = programLike();
    StartDistributions starts(*compiled);
    const ExpectedStep expected(*compiled, m, starts.get(m.start_shift));
    const SampledStep step(*compiled, m);
    const RandomStream stream(5, 2);
    constexpr int kDraws = 200000;
    // From a prospect, a low bin, a middle bin and a bin above the capacity cap: expected
    // mode's month of one enterprise in that state is the kernel's row.
    for (const int from : {0, 1 + 3, 1 + 20, 1 + bins - 5}) {
        std::vector<double> state(bins + 2, 0.0), probability(bins + 2, 0.0);
        state[from] = 1.0;
        expected.advance(state, probability);
        std::vector<double> observed(bins + 2, 0.0);
        for (std::uint64_t e = 0; e < kDraws; ++e) {
            const std::uint64_t bits = stream.bits(e, std::uint64_t(from));
            observed[step.next(static_cast<std::uint8_t>(from), draw0(bits), draw1(bits))] += 1;
        }
        // Cells expected below 5 draws are pooled into one, as chi-square needs.
        double chi2 = 0.0, pooledObserved = 0.0, pooledExpected = 0.0;
        int cells = 0;
        for (int s = 0; s < bins + 2; ++s) {
            const double e = probability[s] * kDraws;
            if (e < 5.0) {
                pooledObserved += observed[s];
                pooledExpected += e;
                continue;
            }
            chi2 += (observed[s] - e) * (observed[s] - e) / e;
            ++cells;
        }
        if (pooledExpected > 0.0) {
            chi2 += (pooledObserved - pooledExpected) * (pooledObserved - pooledExpected) /
                    std::max(pooledExpected, 1.0);
            ++cells;
        }
        // The 99.9 % point of chi-square with df degrees: df + 3.1 sqrt(2 df) + 5 bounds it.
        const double df = cells - 1;
        INFO("from state " << from << ": chi2 " << chi2 << " over " << df << " degrees");
        CHECK(chi2 < df + 3.1 * std::sqrt(2.0 * df) + 5.0);
    }
}

TEST_CASE(
    "small groups' sampling and large groups' tables pick the same state for the same draws") {
    const auto compiled = test::compileOrFail(test::smallScenario());
    const int states = compiled->grid.bins() + 2;
    for (const Modifiers& m : {Modifiers{}, programLike()}) {
        const TransitionTables tables = buildTransitionTables(*compiled, m);
        const MonteCarloStep fromTables(tables);
        const SampledStep sampled(*compiled, m);
        const RandomStream stream(9, 1);
        int differ = 0;
        for (std::uint64_t e = 0; e < 200000; ++e) {
            const std::uint64_t bits = stream.bits(e, 3);
            const auto s = static_cast<std::uint8_t>(e % states);
            differ += fromTables.next(s, draw0(bits), draw1(bits)) !=
                      sampled.next(s, draw0(bits), draw1(bits));
        }
        // Only a draw within rounding (1e-16) of a CDF step could differ.
        CHECK(differ == 0);
    }
}
