// The window's content below the menu bar: the scenario editor on the left (a splitter
// sets its width; View hides it) and the views on the right as tabs: results, compare,
// shared equipment, decide. Drawn with ImGui only, so tests draw it headless.
#pragma once

#include "model/app_state.hpp"
#include "panels/compare_view.hpp"
#include "panels/decide_view.hpp"
#include "panels/editor_panel.hpp"
#include "panels/equipment_view.hpp"
#include "panels/monte_carlo_panel.hpp"
#include "panels/results_view.hpp"
#include "panels/view_state.hpp"

namespace nk::gui {

// Why the results area shows no projection, or empty when it can show one: the file
// `file` was read with problems (snapshot.heldBack), or the scenario has errors.
std::string projectionPausedText(const RunSnapshot& snapshot, const std::string& file,
                                 Language language);

class MainView {
public:
    // The registry (the app state's) must outlive the view.
    explicit MainView(const PluginRegistry& registry) : m_compare(registry) {}

    void draw(AppState& app, ViewState& view);
    ResultsView& results() { return m_results; }
    CompareView& compare() { return m_compare; }
    DecideView& decide() { return m_decide; }

private:
    void splitter(ViewState& view, float available);
    void tabs(AppState& app, ViewState& view, const RunSnapshot& snapshot);

    EditorPanel m_editor;
    MonteCarloPanel m_monteCarlo;
    ResultsView m_results;
    CompareView m_compare;
    EquipmentView m_equipment;
    DecideView m_decide;
};

} // namespace nk::gui
