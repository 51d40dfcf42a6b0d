// What the editor's buttons do: new rows with unique ids and sensible defaults, removal,
// renames that references follow, and, through the app state, every one an undoable
// step (add then remove a cohort, undo twice: the scenario is back).
#include "panels/editor_actions.hpp"

#include "naikkelas/scenario/validate.hpp"
#include "plugin_runs.hpp"
#include "temp_dir.hpp"

#include <doctest/doctest.h>

#include <algorithm>

using nk::Scenario;
using nk::gui::EditorTable;

namespace {

constexpr EditorTable kTables[] = {EditorTable::Programs,    EditorTable::Equipment,
                                   EditorTable::Clusters,    EditorTable::Cohorts,
                                   EditorTable::FiscalYears, EditorTable::BudgetLines};

bool unique(std::vector<std::string> ids) {
    std::sort(ids.begin(), ids.end());
    return std::adjacent_find(ids.begin(), ids.end()) == ids.end();
}

// An app state over the builtin plugins whose settings live in a temporary folder.
struct App {
    nk::test::TempDir dir;
    nk::gui::AppState app{nk::test::builtinPlugins(), dir.path / "settings.yaml"};
    App() { app.runs().waitIdle(); }
    ~App() { app.runs().waitIdle(); }
};

} // namespace

TEST_CASE("editor actions: a unique id takes the next free number") {
    CHECK(nk::gui::uniqueId("cohort", {}) == "cohort_1");
    CHECK(nk::gui::uniqueId("cohort", {"a", "b"}) == "cohort_3");
    CHECK(nk::gui::uniqueId("cohort", {"cohort_3", "b"}) == "cohort_4");
    CHECK(nk::gui::uniqueId("cohort", {"cohort_3", "cohort_4", "cohort_5"}) == "cohort_6");
}

TEST_CASE("editor actions: added rows get unique ids and are removed again") {
    for (const std::string file :
         {"default.yaml", "001_malang_cookies_2023.yaml", "002_kabat_craft_clusters_2021.yaml"}) {
        const Scenario original = nk::test::scenarioFile(file);
        for (EditorTable table : kTables) {
            INFO(file << " " << nk::gui::tableKeyPath(table));
            Scenario s = original;
            const std::size_t before = nk::gui::tableRowCount(s, table);
            nk::gui::addRow(s, table);
            nk::gui::addRow(s, table);
            CHECK(nk::gui::tableRowCount(s, table) == before + 2);
            CHECK(unique(nk::gui::tableIds(s, table)));
            nk::gui::removeRow(s, table, before + 1);
            nk::gui::removeRow(s, table, before);
            CHECK(s == original);
        }
    }
}

TEST_CASE("editor actions: a new cohort is like the last one, and valid in an empty scenario") {
    Scenario s = nk::test::scenarioFile("001_malang_cookies_2023.yaml");
    nk::gui::addRow(s, EditorTable::Cohorts);
    const nk::Cohort& added = s.cohorts.back();
    const nk::Cohort& last = s.cohorts[s.cohorts.size() - 2];
    CHECK(added.id == "cohort_" + std::to_string(s.cohorts.size()));
    CHECK(added.program == last.program);
    CHECK(added.participants == last.participants);

    Scenario empty;
    nk::gui::addRow(empty, EditorTable::Programs);
    nk::gui::addRow(empty, EditorTable::Cohorts);
    REQUIRE(empty.cohorts.size() == 1);
    CHECK(empty.cohorts[0].program == empty.programs[0].id);
    CHECK(empty.cohorts[0].participants >= 1);
    CHECK_FALSE(nk::validateScenario(empty).hasErrors());
}

TEST_CASE(
    "editor actions: new fiscal years follow each other; allocations take free shared equipment") {
    Scenario s;
    s.scenario.start = "2023-04";
    nk::gui::addRow(s, EditorTable::FiscalYears);
    nk::gui::addRow(s, EditorTable::FiscalYears);
    CHECK(s.budget.fiscal_years[0].year == 2023);
    CHECK(s.budget.fiscal_years[1].year == 2024);

    s.equipment.push_back({"kit", "", nk::EquipmentKind::Individual});
    s.equipment.push_back({"oven", "", nk::EquipmentKind::Shared});
    s.equipment.push_back({"mixer", "", nk::EquipmentKind::Shared});
    nk::gui::addRow(s, EditorTable::Clusters);
    nk::gui::addAllocation(s, 0);
    nk::gui::addAllocation(s, 0);
    REQUIRE(s.clusters[0].equipment.size() == 2);
    CHECK(s.clusters[0].equipment[0].equipment == "oven");
    CHECK(s.clusters[0].equipment[1].equipment == "mixer");
    CHECK(s.clusters[0].equipment[0].units == 1);
    nk::gui::addChannel(s, 0);
    nk::gui::addChannel(s, 0);
    CHECK(s.clusters[0].channels ==
          std::vector<std::string>{nk::gui::knownChannels()[0], nk::gui::knownChannels()[1]});
}

TEST_CASE("editor actions: references follow a renamed id") {
    Scenario s = nk::test::scenarioFile("001_malang_cookies_2023.yaml");
    REQUIRE_FALSE(s.programs.empty());
    const std::string program = s.programs[0].id;
    const auto users = std::count_if(s.cohorts.begin(), s.cohorts.end(),
                                     [&](const nk::Cohort& c) { return c.program == program; });
    REQUIRE(users > 0);
    nk::gui::renameRow(s, EditorTable::Programs, 0, "renamed");
    CHECK(std::count_if(s.cohorts.begin(), s.cohorts.end(),
                        [](const nk::Cohort& c) { return c.program == "renamed"; }) == users);
    // Emptying the id keeps the references for the id typed next.
    nk::gui::renameRow(s, EditorTable::Programs, 0, "");
    nk::gui::renameRow(s, EditorTable::Programs, 0, "x");
    CHECK(std::count_if(s.cohorts.begin(), s.cohorts.end(),
                        [](const nk::Cohort& c) { return c.program == "renamed"; }) == users);

    // Equipment: kits and cluster allocations follow, and the scenario stays valid.
    Scenario t = nk::test::scenarioFile("001_malang_cookies_2023.yaml");
    REQUIRE_FALSE(t.equipment.empty());
    for (std::size_t i = 0; i < t.equipment.size(); ++i)
        nk::gui::renameRow(t, EditorTable::Equipment, i, "eq" + std::to_string(i));
    CHECK_FALSE(nk::validateScenario(t).hasErrors());
    for (const auto& p : t.programs)
        if (!p.kit.empty()) CHECK(p.kit.rfind("eq", 0) == 0);
    for (const auto& c : t.clusters)
        for (const auto& a : c.equipment) CHECK(a.equipment.rfind("eq", 0) == 0);
}

TEST_CASE("editor actions: add then remove a cohort through the app, undo restores both") {
    App a;
    REQUIRE(a.app.open(std::string(NK_SCENARIO_DIR) + "/001_malang_cookies_2023.yaml"));
    const Scenario original = a.app.document().scenario();
    const std::size_t n = original.cohorts.size();

    nk::gui::addRow(a.app, EditorTable::Cohorts);
    CHECK(a.app.document().scenario().cohorts.size() == n + 1);
    CHECK(a.app.document().undoLabel() == "tambah kelompok");
    nk::gui::removeRow(a.app, EditorTable::Cohorts, 0);
    CHECK(a.app.document().scenario().cohorts.size() == n);
    CHECK(a.app.document().scenario().cohorts[0].id == original.cohorts[1 % n].id);

    a.app.undo();
    CHECK(a.app.document().scenario().cohorts.size() == n + 1);
    CHECK(a.app.document().scenario().cohorts[0] == original.cohorts[0]);
    a.app.undo();
    CHECK(a.app.document().scenario() == original);
    a.app.redo();
    CHECK(a.app.document().scenario().cohorts.size() == n + 1);
}

TEST_CASE("editor actions: plugin uses and parameters are undoable, reset removes the value") {
    App a;
    a.app.settings().language = nk::Language::English;
    const Scenario original = a.app.document().scenario();
    nk::gui::addPlugin(a.app, "shocks");
    const std::size_t use = a.app.document().scenario().plugins.size() - 1;
    CHECK(a.app.document().undoLabel() == "add plugin shocks");
    nk::gui::setPluginParam(a.app, use, "window_months", std::int64_t{6});
    CHECK(std::get<std::int64_t>(
              a.app.document().scenario().plugins[use].params.at("window_months")) == 6);
    nk::gui::resetPluginParam(a.app, use, "window_months");
    CHECK(a.app.document().scenario().plugins[use].params.empty());
    a.app.undo();
    CHECK(a.app.document().scenario().plugins[use].params.count("window_months") == 1);
    nk::gui::removePlugin(a.app, use);
    CHECK(a.app.document().scenario().plugins.size() == original.plugins.size());
    a.app.undo();
    a.app.undo();
    a.app.undo();
    CHECK(a.app.document().scenario() == original);
}
