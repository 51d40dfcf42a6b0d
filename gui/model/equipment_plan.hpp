// The shared-equipment allocation of a scenario (pure, no ImGui): clusters against shared
// equipment items with the units of each, the access each cluster's members get, what the
// allocation costs as the scenario's plugins price it (their planning step, so the view
// and a run never disagree), changes of one cell's units, the budget used against the
// envelope, and the key figures a change is judged by.
#pragma once

#include "model/document.hpp"
#include "model/run_controller.hpp"

#include "naikkelas/registry/plugin_registry.hpp"
#include "naikkelas/results/result_set.hpp"
#include "naikkelas/scenario/scenario.hpp"

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace nk::gui {

// A shared equipment item: one column of the grid.
struct SharedItem {
    std::size_t equipment = 0; // index in Scenario::equipment
    std::string id;
    std::string name;
    Rupiah unitCost = 0;
    Rupiah maintenanceMonthly = 0;
    int membersPerUnit = 1;
    int lifetimeMonths = 0;
    double runningProbability = 1.0;
};

struct AllocationCell {
    int units = 0;
    // Index in clusters[c].equipment; none: the cluster has no row for the item yet.
    std::optional<std::size_t> allocation;
    // The cost lines the plugins charge for this allocation row (capex and upkeep within
    // the horizon, escalated); the overhead on them is a line of its own in the budget.
    Rupiah cost = 0;
};

// One cluster: a row of the grid.
struct ClusterAllocation {
    std::string id;
    std::string name;
    // Participants of the cluster's cohorts that follow a program: the members who may
    // queue for the equipment (comparison cohorts never get access).
    int members = 0;
    // Member slots, sum over items of units x running probability x members per unit
    // (cluster_growth's S_c in expected mode).
    double slots = 0.0;
    double access = 0.0;               // clusterAccess(slots, members)
    std::vector<AllocationCell> cells; // one per item, in the order of EquipmentPlan::items
};

// The program's planned cost over the horizon against the envelope.
// The program's planned cost in one fiscal (calendar) year against its limit, the lines
// counted in the year of their month, as the budget plugin counts them.
struct FiscalYearUse {
    int year = 0;
    Rupiah used = 0;
    Rupiah limit = 0;
    Rupiah remaining() const { return limit - used; }
    bool over() const { return used > limit; }
};

struct BudgetUse {
    // The plugins priced the scenario: it compiles, binds, and some plugin (budget) gives
    // cost lines. Otherwise `used` is 0.
    bool priced = false;
    Rupiah used = 0;
    Rupiah envelope = 0; // 0: no envelope
    Rupiah remaining() const { return envelope - used; }
    bool over() const { return envelope > 0 && used > envelope; }
    std::vector<FiscalYearUse> years; // each fiscal-year limit above zero, when priced
};

struct EquipmentPlan {
    std::vector<SharedItem> items;
    std::vector<ClusterAllocation> clusters;
    Rupiah totalCost = 0; // of every cell
    BudgetUse budget;
};

// Binds the scenario's plugins (their planning instances) to price it; an edit of one cell
// reprices in well under a millisecond, so a drag follows at once.
EquipmentPlan equipmentPlan(const Scenario& scenario, const PluginRegistry& registry);

// cluster_growth's access a_c = min(1, S/A) with every member active (A = members): the
// planning view of the month when the whole cluster is in business. 1 when there are
// slots and no members, 0 without slots.
double clusterAccess(double slots, int members);

// The key path of the units of `equipmentId` in cluster `cluster`:
// clusters[c].equipment[j].units, where j is the item's row, or the row setUnits adds.
std::string unitsKeyPath(const Scenario& scenario, std::size_t cluster,
                         const std::string& equipmentId);

// Sets the units (never below 0) of `equipmentId` in cluster `cluster`, adding the
// allocation row when the cluster has none for it. Nothing else changes.
void setUnits(Scenario& scenario, std::size_t cluster, const std::string& equipmentId, int units);
Scenario withUnits(const Scenario& scenario, std::size_t cluster, const std::string& equipmentId,
                   int units);

// A key figure of a run as the equipment view shows it.
struct KeyFigure {
    std::string key;  // an indicator key, or "total_cost" (undiscounted, program arm)
    std::string unit; // enterprises, rupiah, ratio
    double value = 0.0;
};

// additional_active, cost_per_additional_active, benefit_cost_ratio, cost_discounted and
// total_cost, in that order, those the results have.
std::vector<KeyFigure> keyFigures(const ResultSet& results);

// The results the view compares against: taken the first time results for the document
// arrive, replaced on request, and dropped when another document is opened or created.
class IndicatorReference {
public:
    // Call every frame. A document is "another" when it has no history at all (just
    // opened or new) under a content state the reference was not taken for.
    void observe(const Document& document, const RunSnapshot& snapshot);
    // Takes the snapshot's results as the reference, if they are for the document.
    bool capture(const Document& document, const RunSnapshot& snapshot);
    const std::vector<KeyFigure>& figures() const { return m_figures; }
    bool empty() const { return m_figures.empty(); }
    // The reference's scenario and expected results (per-cluster figures, Monte Carlo
    // pairs); null before a capture.
    const std::shared_ptr<const Scenario>& scenario() const { return m_scenario; }
    const std::shared_ptr<const ResultSet>& results() const { return m_results; }

private:
    std::vector<KeyFigure> m_figures;
    std::shared_ptr<const Scenario> m_scenario;
    std::shared_ptr<const ResultSet> m_results;
    std::optional<std::uint64_t> m_openedState; // the document's state when it was opened
};

} // namespace nk::gui
