// The equipment allocation view: clusters against shared equipment, with - / + buttons
// and a drag per cell (each an undoable edit of clusters[c].equipment[j].units; one drag
// is one undo step), the access of each cluster, the budget used against the envelope,
// and the key indicators now against a reference. Drawn with ImGui, without a window.
#pragma once

#include "model/app_state.hpp"
#include "model/equipment_plan.hpp"

namespace nk::gui {

class EquipmentView {
public:
    void draw(AppState& app, const RunSnapshot& snapshot);

    const IndicatorReference& reference() const { return m_reference; }

private:
    void drawGrid(AppState& app, const EquipmentPlan& plan, Language language);
    void drawBudget(AppState& app, const RunSnapshot& snapshot, Language language) const;
    void drawIndicators(AppState& app, const RunSnapshot& snapshot, Language language);

    IndicatorReference m_reference;
};

} // namespace nk::gui
