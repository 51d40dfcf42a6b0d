// The window's content below the menu bar: the scenario editor on the left (a splitter
// sets its width; View hides it) and the views on the right as tabs: results, compare,
// shared equipment. Drawn with ImGui only, so tests draw it headless.
#pragma once

#include "model/app_state.hpp"
#include "panels/editor_panel.hpp"
#include "panels/results_view.hpp"
#include "panels/view_state.hpp"

namespace nk::gui {

class MainView {
public:
    void draw(AppState& app, ViewState& view);

private:
    void splitter(ViewState& view, float available);
    void tabs(AppState& app, ViewState& view, const RunSnapshot& snapshot);

    ResultsView m_results;
};

} // namespace nk::gui
