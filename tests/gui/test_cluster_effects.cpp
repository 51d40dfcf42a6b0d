// The shared-equipment view's analyses on Malang (five clusters sharing deck ovens): per
// cluster figures that add up to the scenario's, the marginal value of one unit, the
// fiscal-year limits, and a paired Monte Carlo comparison with the reference.
#include "plugin_runs.hpp"

#include "model/cluster_effects.hpp"
#include "model/equipment_plan.hpp"

#include "naikkelas/io/scenario_yaml.hpp"

#include <doctest/doctest.h>

#include <cmath>
#include <string>

namespace {

nk::Scenario malang() {
    const auto loaded =
        nk::io::loadScenarioFile(std::string(NK_SCENARIO_DIR) + "/001_malang_cookies_2023.yaml");
    REQUIRE(loaded.scenario);
    return *loaded.scenario;
}

double indicator(const nk::ResultSet& r, const char* key) {
    const nk::Indicator* i = r.indicator(key);
    REQUIRE(i != nullptr);
    return i->mean;
}

} // namespace

TEST_CASE("equipment: per-cluster additional active enterprises add up to the scenario's") {
    const nk::Scenario s = malang();
    std::string error;
    const auto results = nk::gui::runScenarioIn(s, nk::test::builtinPlugins(),
                                                nk::RunMode::Expected, 1, nullptr, error);
    REQUIRE(results);
    const nk::gui::ClusterEffects effects = nk::gui::clusterEffects(*results, s);
    REQUIRE(effects.clusters.size() == s.clusters.size());
    CHECK(effects.bands.size() == s.size_classes.micro_bands.size() + 1);
    double sum = 0.0;
    for (const auto& c : effects.clusters) {
        sum += c.additionalActive;
        CHECK(c.incomePerParticipant > 0.0);
        CHECK(c.bands.size() == effects.bands.size());
    }
    CHECK(sum == doctest::Approx(indicator(*results, "additional_active")).epsilon(1e-6));
}

TEST_CASE("equipment: one more oven in a cluster costs what the plan prices it at") {
    const nk::Scenario s = malang();
    const auto& registry = nk::test::builtinPlugins();
    const nk::gui::EquipmentPlan plan = nk::gui::equipmentPlan(s, registry);
    REQUIRE(plan.items.size() == 1);
    const std::string oven = plan.items.front().id;
    const nk::gui::UnitMargins margins = nk::gui::unitMargins(s, registry, {oven});
    REQUIRE(margins.error.empty());
    REQUIRE(margins.cells.size() == s.clusters.size());
    for (const auto& cell : margins.cells) {
        CAPTURE(cell.cluster);
        REQUIRE(cell.plus);
        CHECK(cell.plus->cost > 0.0);
        CHECK(cell.plus->profit >= 0.0); // an oven raises a capacity ceiling, never lowers it
        const int units = plan.clusters[cell.cluster].cells.front().units;
        CHECK(bool(cell.minus) == (units > 0));
    }
    // The same change through the plan's pricing (undiscounted) is dearer than or equal to
    // the discounted cost the run reports.
    const auto more = nk::gui::equipmentPlan(
        nk::gui::withUnits(s, 1, oven, plan.clusters[1].cells.front().units + 1), registry);
    CHECK(double(more.budget.used - plan.budget.used) >= margins.cells[1].plus->cost - 1.0);
}

TEST_CASE("equipment: what remains of each fiscal-year limit") {
    nk::Scenario s = malang();
    const auto& registry = nk::test::builtinPlugins();
    // One oven more in the first cluster: its upkeep in 2024 passes that year's limit.
    nk::gui::setUnits(s, 0, s.clusters[0].equipment.front().equipment,
                      s.clusters[0].equipment.front().units + 1);
    nk::gui::EquipmentPlan plan = nk::gui::equipmentPlan(s, registry);
    REQUIRE(plan.budget.years.size() == s.budget.fiscal_years.size());
    nk::Rupiah inYears = 0;
    for (const auto& y : plan.budget.years) inYears += y.used;
    CHECK(inYears <= plan.budget.used);
    CHECK(plan.budget.years.back().year == 2024);
    CHECK(plan.budget.years.back().over());
    s.budget.fiscal_years.back().limit = 1'000'000'000;
    plan = nk::gui::equipmentPlan(s, registry);
    CHECK_FALSE(plan.budget.years.back().over());
}

TEST_CASE("equipment: the Monte Carlo comparison pairs the allocation with the reference") {
    const nk::Scenario reference = malang();
    const nk::Scenario more =
        nk::gui::withUnits(reference, 1, reference.clusters[1].equipment.front().equipment,
                           reference.clusters[1].equipment.front().units + 2);
    const nk::gui::PairedAllocation same =
        nk::gui::pairedAllocation(reference, reference, nk::test::builtinPlugins(), 20);
    REQUIRE(same.error.empty());
    for (const auto& d : same.differences) // the same numbers (a ratio may be undefined)
        if (std::isfinite(d.difference)) CHECK(d.difference == 0.0);
    const nk::gui::PairedAllocation paired =
        nk::gui::pairedAllocation(reference, more, nk::test::builtinPlugins(), 20);
    REQUIRE(paired.error.empty());
    REQUIRE_FALSE(paired.differences.empty());
    bool costMoved = false;
    for (const auto& d : paired.differences) {
        if (std::isfinite(d.difference))
            CHECK(d.quantiles.size() == paired.reference->quantileLevels.size());
        if (d.key == "cost_discounted") costMoved = d.difference > 0.0;
    }
    CHECK(costMoved);
}
