// The equipment allocation view: clusters against shared equipment, with - / + buttons
// and a drag per cell (each an undoable edit of clusters[c].equipment[j].units; one drag
// is one undo step), the access of each cluster, the budget used against the envelope,
// and the key indicators now against a reference; per cluster what the allocation changes
// against the reference, the marginal value of one unit more or fewer (expected mode, on
// a worker as the user drags), a Monte Carlo comparison with paired bands, and what
// remains of the envelope and of each fiscal-year limit. Drawn with ImGui, without a window.
#pragma once

#include "model/app_state.hpp"
#include "model/background_job.hpp"
#include "model/cluster_effects.hpp"
#include "model/equipment_plan.hpp"

#include <cstdint>
#include <optional>

namespace nk::gui {

class EquipmentView {
public:
    void draw(AppState& app, const RunSnapshot& snapshot);

    const IndicatorReference& reference() const { return m_reference; }
    // The analyses behind the view, for tests and the screenshot mode.
    BackgroundJob<UnitMargins>& margins() { return m_margins; }
    BackgroundJob<PairedAllocation>& paired() { return m_paired; }
    bool monteCarlo = false; // the paired Monte Carlo comparison is shown

private:
    void drawGrid(AppState& app, const EquipmentPlan& plan, Language language);
    void drawIndicators(AppState& app, const RunSnapshot& snapshot, Language language);
    void drawClusters(const AppState& app, const RunSnapshot& snapshot, Language language);
    void drawMargins(const AppState& app, const EquipmentPlan& plan, Language language);
    void drawMonteCarlo(const AppState& app, Language language);
    // Priced again only when the document changes, not every frame.
    const EquipmentPlan& plan(const AppState& app);

    IndicatorReference m_reference;
    EquipmentPlan m_plan;
    std::optional<std::uint64_t> m_planState; // the document state m_plan was priced for
    BackgroundJob<UnitMargins> m_margins;
    std::optional<std::uint64_t> m_marginsFor; // the document state last started
    BackgroundJob<PairedAllocation> m_paired;
    std::optional<std::pair<std::uint64_t, const void*>> m_pairedFor; // state, reference
};

} // namespace nk::gui
