// The equipment allocation model: the grid and access per cluster follow cluster_growth's
// formula, setting units changes the scenario at that cell only and is undoable through
// the app state (one drag is one step), and costs are the plugins' own: a run of the
// changed scenario plans the same total.
#include "model/equipment_plan.hpp"

#include "app_harness.hpp"
#include "plugin_runs.hpp"

#include <doctest/doctest.h>

#include <algorithm>

using nk::Scenario;

namespace {

nk::gui::EquipmentPlan equipmentPlan(const Scenario& s) {
    return nk::gui::equipmentPlan(s, nk::test::builtinPlugins());
}

} // namespace

namespace {

const nk::Equipment& equipmentById(const Scenario& s, const std::string& id) {
    const auto it = std::find_if(s.equipment.begin(), s.equipment.end(),
                                 [&](const nk::Equipment& e) { return e.id == id; });
    REQUIRE(it != s.equipment.end());
    return *it;
}

int firstEntry(const Scenario& s, const std::string& cluster) {
    int first = -1;
    for (const auto& c : s.cohorts)
        if (c.cluster == cluster && (first < 0 || c.entry_month < first)) first = c.entry_month;
    return std::max(first, 0);
}

// One unit's capex and upkeep as plugins/budget/README.md lists them, without escalation
// or overhead: capex once, upkeep each month of its lifetime within months 0..H.
nk::Rupiah oneUnitCost(const Scenario& s, std::size_t cluster, const nk::Equipment& e) {
    const int install = firstEntry(s, s.clusters[cluster].id);
    const int months = std::min(e.lifetime_months, s.scenario.horizon_months + 1 - install);
    return e.unit_cost + e.maintenance_monthly * months;
}

double plannedCost(const nk::ResultSet& r) {
    const nk::SeriesBand* band = r.find(nk::Arm::Program, "total", "cost_cumulative");
    REQUIRE(band != nullptr);
    return band->mean.back();
}

} // namespace

TEST_CASE("equipment: the grid and the access per cluster follow the formula") {
    const Scenario s = nk::test::scenarioFile("default.yaml");
    const auto plan = equipmentPlan(s);
    std::size_t shared = 0;
    for (const auto& e : s.equipment) shared += e.kind == nk::EquipmentKind::Shared ? 1 : 0;
    REQUIRE(plan.items.size() == shared);
    REQUIRE(shared > 0);
    REQUIRE(plan.clusters.size() == s.clusters.size());
    nk::Rupiah total = 0;
    for (std::size_t c = 0; c < s.clusters.size(); ++c) {
        const auto& row = plan.clusters[c];
        INFO(row.id);
        CHECK(row.id == s.clusters[c].id);
        int members = 0;
        for (const auto& cohort : s.cohorts)
            if (cohort.cluster == row.id && !cohort.program.empty()) members += cohort.participants;
        CHECK(row.members == members);
        double slots = 0.0;
        for (std::size_t j = 0; j < plan.items.size(); ++j) {
            const nk::Equipment& e = equipmentById(s, plan.items[j].id);
            int units = 0;
            for (const auto& a : s.clusters[c].equipment)
                if (a.equipment == e.id) units = a.units;
            CHECK(row.cells[j].units == units);
            slots += units * e.running_probability * e.members_per_unit;
            CHECK(row.cells[j].cost == units * oneUnitCost(s, c, e));
            total += row.cells[j].cost;
        }
        CHECK(row.slots == doctest::Approx(slots));
        CHECK(row.access == doctest::Approx(std::min(1.0, slots / members)));
    }
    CHECK(plan.totalCost == total);

    CHECK(nk::gui::clusterAccess(0.0, 10) == 0.0);
    CHECK(nk::gui::clusterAccess(5.0, 0) == 1.0);
    CHECK(nk::gui::clusterAccess(5.0, 10) == doctest::Approx(0.5));
    CHECK(nk::gui::clusterAccess(50.0, 10) == 1.0);
}

TEST_CASE("equipment: setting units changes the scenario at that cell only") {
    Scenario s = nk::test::scenarioFile("default.yaml");
    const std::string oven = equipmentPlan(s).items.front().id;

    Scenario expected = s;
    expected.clusters[2].equipment[0].units = 7;
    CHECK(nk::gui::unitsKeyPath(s, 2, oven) == "clusters[2].equipment[0].units");
    CHECK(nk::gui::withUnits(s, 2, oven, 7) == expected);

    expected.clusters[2].equipment[0].units = 0;
    CHECK(nk::gui::withUnits(s, 2, oven, -3) == expected); // never below 0

    SUBCASE("a cluster without a row for the item gets one") {
        s.clusters[1].equipment.clear();
        CHECK(equipmentPlan(s).clusters[1].cells[0].units == 0);
        CHECK_FALSE(equipmentPlan(s).clusters[1].cells[0].allocation.has_value());
        CHECK(nk::gui::unitsKeyPath(s, 1, oven) == "clusters[1].equipment[0].units");
        Scenario added = s;
        added.clusters[1].equipment.push_back({oven, 2});
        const Scenario changed = nk::gui::withUnits(s, 1, oven, 2);
        CHECK(changed == added);
        CHECK(equipmentPlan(changed).clusters[1].cells[0].allocation == std::size_t{0});
    }
}

TEST_CASE("equipment: a unit change through the app state is undoable; a drag is one step") {
    nk::gui::test::AppHarness t;
    t.openScenario("default.yaml");
    nk::gui::AppState& app = t.app();
    const Scenario original = app.document().scenario();
    const std::string oven = equipmentPlan(original).items.front().id;
    auto setCell = [&](int units) {
        const std::string path = nk::gui::unitsKeyPath(app.document().scenario(), 3, oven);
        app.edit("equipment units", path,
                 [&](Scenario& x) { nk::gui::setUnits(x, 3, oven, units); });
    };

    setCell(4);
    CHECK(app.document().scenario() == nk::gui::withUnits(original, 3, oven, 4));
    CHECK(app.document().undoCount() == 1);
    app.undo();
    CHECK(app.document().scenario() == original);

    app.beginGesture(); // as a DragInt: one edit per frame
    for (int units = 2; units <= 6; ++units) setCell(units);
    app.endGesture();
    CHECK(app.document().scenario() == nk::gui::withUnits(original, 3, oven, 6));
    CHECK(app.document().undoCount() == 1);
    app.undo();
    CHECK(app.document().scenario() == original);
    app.redo();
    CHECK(equipmentPlan(app.document().scenario()).clusters[3].cells[0].units == 6);
}

TEST_CASE("equipment: one more unit uses the budget by its capex and upkeep") {
    nk::gui::test::AppHarness t;
    t.openScenario("default.yaml");
    nk::gui::AppState& app = t.app();
    const auto before = t.settled();
    REQUIRE(before->expected != nullptr);
    const Scenario s = app.document().scenario();
    const auto plan = equipmentPlan(s);
    const std::string oven = plan.items.front().id;
    const nk::Rupiah added = oneUnitCost(s, 0, equipmentById(s, oven));
    REQUIRE(plan.budget.priced);
    CHECK(static_cast<double>(plan.budget.used) == doctest::Approx(plannedCost(*before->expected)));
    CHECK(plan.budget.envelope == s.budget.envelope);
    CHECK(plan.budget.remaining() == s.budget.envelope - plan.budget.used);

    const int units = plan.clusters[0].cells[0].units;
    app.edit("equipment units", nk::gui::unitsKeyPath(s, 0, oven),
             [&](Scenario& x) { nk::gui::setUnits(x, 0, oven, units + 1); });
    const auto now = equipmentPlan(app.document().scenario());
    CHECK(now.totalCost - plan.totalCost == added);
    CHECK(now.budget.used - plan.budget.used == added);
    const auto after = t.settled();
    REQUIRE(after->expected != nullptr);
    REQUIRE(after->scenario == app.document().scenario());
    CHECK(plannedCost(*after->expected) == doctest::Approx(static_cast<double>(now.budget.used)));
}

TEST_CASE("equipment: the cost shown is the plugins' own total for several allocations") {
    Scenario s = nk::test::scenarioFile("001_malang_cookies_2023.yaml");
    for (auto& cohort : s.cohorts)
        if (cohort.cluster == s.clusters[0].id) cohort.entry_month += 14; // into the next year
    for (auto& use : s.plugins)
        if (use.id == "budget") {
            use.params["price_escalation_annual"] = 0.05;
            use.params["overhead_share"] = 0.1;
        }
    const std::string oven = equipmentPlan(s).items.front().id;
    for (const auto& [cluster, units] : {std::pair{0, 0}, {0, 1}, {0, 5}, {1, 3}, {2, 0}, {2, 4}}) {
        CAPTURE(cluster);
        CAPTURE(units);
        const Scenario changed = nk::gui::withUnits(s, std::size_t(cluster), oven, units);
        const auto plan = equipmentPlan(changed);
        REQUIRE(plan.budget.priced);
        CHECK(static_cast<double>(plan.budget.used) ==
              doctest::Approx(plannedCost(nk::test::runWithPlugins(changed))).epsilon(1e-12));
        const auto& cell = plan.clusters[std::size_t(cluster)].cells[0];
        CHECK(cell.units == units);
        CHECK((cell.cost == 0) == (units == 0));
    }
    // Escalated: bought in a later fiscal year, more than the start-year prices.
    const auto late = equipmentPlan(nk::gui::withUnits(s, 0, oven, 5));
    const auto none = equipmentPlan(nk::gui::withUnits(s, 0, oven, 0));
    CHECK(late.totalCost - none.totalCost > 5 * oneUnitCost(s, 0, equipmentById(s, oven)));
}

TEST_CASE("equipment: key figures and the reference follow the document") {
    nk::gui::test::AppHarness t;
    t.openScenario("default.yaml");
    nk::gui::AppState& app = t.app();
    nk::gui::IndicatorReference reference;
    auto snapshot = t.settled();
    REQUIRE(snapshot->expected != nullptr);

    const auto figures = nk::gui::keyFigures(*snapshot->expected);
    REQUIRE(figures.size() == 5);
    CHECK(figures[0].key == "additional_active");
    CHECK(figures[0].value == snapshot->expected->indicator("additional_active")->mean);
    CHECK(figures.back().key == "total_cost");
    CHECK(figures.back().value == plannedCost(*snapshot->expected));

    reference.observe(app.document(), *snapshot);
    REQUIRE_FALSE(reference.empty());
    const double taken = reference.figures().back().value;
    CHECK(taken == figures.back().value);

    const Scenario& s = app.document().scenario();
    const std::string oven = equipmentPlan(s).items.front().id;
    app.edit("equipment units", nk::gui::unitsKeyPath(s, 0, oven),
             [&](Scenario& x) { nk::gui::setUnits(x, 0, oven, 9); });
    reference.observe(app.document(), *snapshot); // stale results are not taken
    snapshot = t.settled();
    reference.observe(app.document(), *snapshot);
    CHECK(reference.figures().back().value == taken); // kept across edits
    app.undo();
    app.redo();
    reference.observe(app.document(), *snapshot);
    CHECK(reference.figures().back().value == taken);

    CHECK(reference.capture(app.document(), *snapshot));
    CHECK(reference.figures().back().value > taken); // the ovens cost more

    t.openScenario("004_mojokerto_pmks_batik_kube_2017.yaml"); // another document: a new reference
    reference.observe(app.document(), *snapshot);
    CHECK(reference.empty()); // its results have not arrived
    snapshot = t.settled();
    reference.observe(app.document(), *snapshot);
    REQUIRE_FALSE(reference.empty());
    CHECK(reference.figures().back().value == plannedCost(*snapshot->expected));
}
