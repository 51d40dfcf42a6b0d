// Comparing two scenarios on the same random numbers (results/paired_comparison): the
// band of a paired difference is far narrower than that of two independent runs, and a
// difference inside the noise is said to be so.
#include "plugin_runs.hpp"

#include "naikkelas/results/paired_comparison.hpp"

#include <algorithm>
#include <cmath>

using namespace nk;

namespace {

double bandWidth(const IndicatorDifference& d) {
    return d.quantiles.back() - d.quantiles.front();
}

const IndicatorDifference& find(const std::vector<IndicatorDifference>& all,
                                const std::string& key) {
    const auto it = std::find_if(all.begin(), all.end(),
                                 [&](const IndicatorDifference& d) { return d.key == key; });
    REQUIRE(it != all.end());
    return *it;
}

} // namespace

TEST_CASE("a paired difference's band is at least 3 times narrower than independent runs'") {
    // Malang with six more participants in one kecamatan: the question a planner asks.
    const Scenario base = test::scenarioFile("001_malang_cookies_2023.yaml");
    Scenario variant = base;
    variant.cohorts[0].participants += 6;
    constexpr int kReplications = 400;
    const ResultSet a = test::runWithPlugins(base, RunMode::MonteCarlo, kReplications, 7);
    const ResultSet b = test::runWithPlugins(variant, RunMode::MonteCarlo, kReplications, 7);
    const ResultSet independent =
        test::runWithPlugins(variant, RunMode::MonteCarlo, kReplications, 8);
    const auto paired = pairedDifferences(a, b);
    const auto unpaired = pairedDifferences(a, independent);
    for (const std::string key : {"additional_active", "benefit_discounted"}) {
        const double narrow = bandWidth(find(paired, key));
        const double wide = bandWidth(find(unpaired, key));
        INFO(key << ": paired band " << narrow << ", independent " << wide);
        CHECK(narrow * 3.0 <= wide);
    }
}

TEST_CASE("a scenario against itself differs by exactly zero, within the noise") {
    const Scenario base = test::scenarioFile("004_mojokerto_pmks_batik_kube_2017.yaml");
    const ResultSet a = test::runWithPlugins(base, RunMode::MonteCarlo, 50, 3);
    const ResultSet b = test::runWithPlugins(base, RunMode::MonteCarlo, 50, 3);
    for (const IndicatorDifference& d : pairedDifferences(a, b)) {
        if (d.quantiles.empty()) continue; // a ratio undefined in every replication
        CHECK(d.difference == 0.0);
        CHECK(d.quantiles.front() == 0.0);
        CHECK(d.quantiles.back() == 0.0);
        CHECK_FALSE(d.distinguishable);
    }
    // Expected mode: one value each, no band.
    const auto expected = pairedDifferences(test::runWithPlugins(base), test::runWithPlugins(base));
    CHECK(expected.front().quantiles.empty());
}
