// What the editor's buttons do, apart from drawing them: add a row with sensible
// defaults and a unique id (cohort_3), remove a row, rename an id so that references to
// it follow, add or remove plugins and set or reset their parameters. The Scenario
// functions are pure; the AppState ones make each change one undoable edit with a
// bilingual label and the key path diagnostics use.
#pragma once

#include "model/app_state.hpp"

#include <cstddef>
#include <string>
#include <vector>

namespace nk::gui {

// The editor's tables with add / remove.
enum class EditorTable { Programs, Equipment, Clusters, Cohorts, FiscalYears, BudgetLines };

const char* tableKeyPath(EditorTable table); // "cohorts", "budget.lines"
std::size_t tableRowCount(const Scenario& scenario, EditorTable table);
// The ids of a table with ids (programs, equipment, clusters, cohorts); empty otherwise.
std::vector<std::string> tableIds(const Scenario& scenario, EditorTable table);

// `stem`_N with the smallest N above the number of ids that is not taken.
std::string uniqueId(const std::string& stem, const std::vector<std::string>& taken);

// The market channels the builtin market_channels plugin interprets.
const std::vector<std::string>& knownChannels();

// Pure changes of a scenario.
void addRow(Scenario& scenario, EditorTable table);
void removeRow(Scenario& scenario, EditorTable table, std::size_t row);
// Renames the id of a row; references to it (cohort.program, cohort.cluster, program.kit,
// allocation.equipment) follow when no other row carries the old id.
void renameRow(Scenario& scenario, EditorTable table, std::size_t row, const std::string& id);
void addAllocation(Scenario& scenario, std::size_t cluster);
void addChannel(Scenario& scenario, std::size_t cluster);
void setPluginParam(Scenario& scenario, std::size_t use, const std::string& name, ParamValue value);

// The same as undoable edits of the app's document.
void addRow(AppState& app, EditorTable table);
void removeRow(AppState& app, EditorTable table, std::size_t row);
void renameRow(AppState& app, EditorTable table, std::size_t row, const std::string& id);
void addAllocation(AppState& app, std::size_t cluster);
void removeAllocation(AppState& app, std::size_t cluster, std::size_t allocation);
void addChannel(AppState& app, std::size_t cluster);
void removeChannel(AppState& app, std::size_t cluster, std::size_t channel);
void addPlugin(AppState& app, const std::string& id);
void removePlugin(AppState& app, std::size_t use);
void setPluginParam(AppState& app, std::size_t use, const std::string& name, ParamValue value);
// Removes the scenario's value, so the declared default applies.
void resetPluginParam(AppState& app, std::size_t use, const std::string& name);

} // namespace nk::gui
