// The tabulated transition (engine internal): samplers invert their CDF exactly, and
// the Monte Carlo fast paths pick the same state as the plain inverse-CDF lookup.
#include "test_scenarios.hpp"

#include "engine/expected_step.hpp"
#include "engine/transition.hpp"

#include "naikkelas/engine/random_stream.hpp"

using namespace nk;
using namespace nk::engine;

TEST_CASE("a discrete sampler maps each 32-bit draw to the outcome whose CDF step holds it") {
    const std::vector<double> p = {0.1, 0.0, 0.25, 1e-12, 0.3, 0.35, 0.0};
    const DiscreteSampler sampler(p);
    double cumulative = 0;
    for (std::size_t i = 0; i < p.size(); ++i) {
        if (p[i] == 0.0) continue;
        const auto low = static_cast<std::uint64_t>(cumulative * 4294967296.0);
        cumulative += p[i];
        const auto high = std::min<std::uint64_t>(
            static_cast<std::uint64_t>(cumulative * 4294967296.0), 4294967296ull);
        if (high <= low) continue; // below 2^-32: never drawn
        CHECK(sampler.sample(static_cast<std::uint32_t>(low)) == int(i));
        CHECK(sampler.sample(static_cast<std::uint32_t>(high - 1)) == int(i));
    }
    CHECK(sampler.sample(0xFFFFFFFFu) == 5); // the last outcome of positive probability
}

TEST_CASE("the direct table and the plain lookup choose the same next state") {
    Scenario s = test::smallScenario();
    const auto compiled = test::compileOrFail(s);
    Modifiers wide;
    wide.sigma_mult = 4.0;
    wide.drift_add = 0.03;
    wide.capacity_add = 1e8;
    for (const Modifiers& m : {Modifiers{}, wide}) {
        const TransitionTables t = buildTransitionTables(*compiled, m);
        const MonteCarloStep step(t);
        const RandomStream stream(3, 0);
        const int states = compiled->grid.bins() + 2;
        for (std::uint64_t e = 0; e < 20000; ++e) {
            const std::uint64_t bits = stream.bits(e, 1);
            const std::uint32_t u1 = draw1(bits);
            const auto s0 = static_cast<std::uint8_t>(e % states);
            const std::uint8_t plain = t.moveTable[std::size_t(s0) * t.moveTable.size() / states +
                                                   t.moveSampler.sample(u1)];
            // Draw 0 at its maximum never triggers an event.
            REQUIRE(step.next(s0, 0xFFFFFFFFu, u1) == plain);
        }
        // Events: a prospect starts into a bin, an active enterprise closes.
        CHECK(step.next(kProspectState, 0, 12345) == 1 + t.startSampler.sample(12345));
        CHECK(step.next(5, 0, 12345) == closedState(compiled->grid.bins()));
        CHECK(step.next(closedState(compiled->grid.bins()), 0, 12345) ==
              closedState(compiled->grid.bins()));
    }
}

TEST_CASE("the expected-mode step keeps every survivor and respects the cap") {
    const auto compiled = test::compileOrFail(test::smallScenario());
    Modifiers m;
    m.sigma_mult = 3.0;
    m.drift_add = 0.05;
    m.exit_mult = 0.0; // every enterprise survives, so each bin's mass only moves
    StartDistributions starts(*compiled);
    const ExpectedStep step(*compiled, m, starts.get(m.start_shift));
    const TransitionTables t = buildTransitionTables(*compiled, m);
    const int bins = compiled->grid.bins();
    for (int k = 0; k < bins; ++k) {
        std::vector<double> now(bins + 2, 0.0), then(bins + 2, -1.0);
        now[1 + k] = 1.0;
        step.advance(now, then);
        double total = 0.0;
        for (double v : then) total += v;
        CHECK(total == doctest::Approx(1.0).epsilon(1e-14));
        const int cap = std::max(t.capacityBin, k);
        for (int j = cap + 1; j < bins; ++j) CHECK(then[1 + j] == 0.0);
    }
}

TEST_CASE("tables handed out in a month stay valid, however many the month needs") {
    const auto compiled = test::compileOrFail(test::smallScenario());
    TransitionCache cache(*compiled);
    // Month 1 uses table 0; month 2 hits it again, then needs 100 more distinct ones.
    auto modifiers = [](int i) {
        Modifiers m;
        m.drift_add = 0.001 * i;
        return m;
    };
    cache.newMonth();
    cache.get(modifiers(0));
    cache.newMonth();
    std::vector<const TransitionTables*> held;
    for (int i = 0; i <= 100; ++i) held.push_back(&cache.get(modifiers(i)));
    for (int i = 0; i <= 100; ++i) CHECK(held[i]->modifiers.drift_add == 0.001 * i);
    // A later month may evict what it no longer uses, and still finds what it asks for.
    cache.newMonth();
    for (int i = 200; i < 300; ++i) CHECK(cache.get(modifiers(i)).modifiers.drift_add == 0.001 * i);
    CHECK(&cache.get(modifiers(299)) == &cache.get(modifiers(299)));
}
