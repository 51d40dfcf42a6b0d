// The sections of the scenario editor, each drawn inside its collapsing header:
// settings (scenario, size classes, grid, core parameters, simulation), budget,
// programs, equipment, clusters, cohorts and plugins. Lists with ids are a table of rows
// (select one to edit it below the table); short lists are edited in their table.
#pragma once

#include "panels/editor_fields.hpp"

#include <cstddef>

namespace nk::gui {

// The row whose form is shown, per table with ids.
struct EditorSelection {
    std::size_t program = 0;
    std::size_t equipment = 0;
    std::size_t cluster = 0;
    std::size_t cohort = 0;
};

void drawSettingsSection(EditorContext& c);
void drawBudgetSection(EditorContext& c);
void drawProgramsSection(EditorContext& c, std::size_t& selected);
void drawEquipmentSection(EditorContext& c, std::size_t& selected);
void drawClustersSection(EditorContext& c, std::size_t& selected);
void drawCohortsSection(EditorContext& c, std::size_t& selected);
void drawPluginsSection(EditorContext& c);

} // namespace nk::gui
