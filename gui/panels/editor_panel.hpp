// The scenario editor: every section of a scenario (settings, budget, programs,
// equipment, clusters, cohorts, plugins with editors generated from their declared
// parameters) as forms and tables, every change one undoable edit that is projected
// again at once, and below them the diagnostics of the latest projection; clicking one,
// or another view calling focus(), opens the field's section, scrolls to the field,
// frames it for a moment and gives it the keyboard when it is an input.
#pragma once

#include "model/app_state.hpp"
#include "panels/editor_focus.hpp"
#include "panels/editor_sections.hpp"

#include <string>

namespace nk::gui {

class EditorPanel {
public:
    void draw(AppState& app, const RunSnapshot& snapshot);
    // Opens the section of `keyPath` (cohorts[0].participants) and goes to its field,
    // or to the nearest enclosing part that has a widget, during the next draws.
    void focus(const std::string& keyPath);

    // The key path being gone to (empty once its highlight is over), and whether a key
    // path had a widget in the last frame drawn.
    const std::string& focusTarget() const { return m_focus.target(); }
    bool drewField(const std::string& keyPath) const { return m_focus.drew(keyPath); }
    // The amount or count being typed in, or refused (empty key path: none).
    const NumberDraft& numberDraft() const { return m_draft; }

private:
    EditorFocus m_focus;
    EditorSelection m_selection;
    NumberDraft m_draft;
};

} // namespace nk::gui
