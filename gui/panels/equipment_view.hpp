// The equipment allocation view: clusters against shared equipment, with - / + buttons
// and a drag per cell (each an undoable edit of clusters[c].equipment[j].units; one drag
// is one undo step), the access of each cluster, the budget used against the envelope,
// and the key indicators now against a reference. Drawn with ImGui, without a window.
#pragma once

#include "model/app_state.hpp"
#include "model/equipment_plan.hpp"

#include <cstdint>
#include <optional>

namespace nk::gui {

class EquipmentView {
public:
    void draw(AppState& app, const RunSnapshot& snapshot);

    const IndicatorReference& reference() const { return m_reference; }

private:
    void drawGrid(AppState& app, const EquipmentPlan& plan, Language language);
    void drawIndicators(AppState& app, const RunSnapshot& snapshot, Language language);
    // Priced again only when the document changes, not every frame.
    const EquipmentPlan& plan(const AppState& app);

    IndicatorReference m_reference;
    EquipmentPlan m_plan;
    std::optional<std::uint64_t> m_planState; // the document state m_plan was priced for
};

} // namespace nk::gui
