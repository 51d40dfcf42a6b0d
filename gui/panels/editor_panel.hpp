// The scenario panel: the fields a planner changes most in a budget meeting (budget
// envelope, cohort sizes and business shares, shared equipment units per cluster), each
// edit an undoable step that is projected again at once, and the diagnostics of the
// latest projection.
#pragma once

#include "model/app_state.hpp"

namespace nk::gui {

void drawEditorPanel(AppState& app, const RunSnapshot& snapshot);

} // namespace nk::gui
