#include "model/equipment_plan.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <variant>

namespace nk::gui {

namespace {

const PluginUse* budgetPlugin(const Scenario& s) {
    for (const PluginUse& use : s.plugins)
        if (use.id == "budget") return &use;
    return nullptr;
}

// A numeric parameter of the budget plugin as the file sets it; the plugin's default (0)
// otherwise.
double budgetParameter(const Scenario& s, const std::string& name) {
    const PluginUse* use = budgetPlugin(s);
    if (!use) return 0.0;
    const auto it = use->params.find(name);
    if (it == use->params.end()) return 0.0;
    if (const auto* d = std::get_if<double>(&it->second)) return *d;
    if (const auto* i = std::get_if<std::int64_t>(&it->second)) return static_cast<double>(*i);
    return 0.0;
}

// The budget plugin's rules for one cost line, from the scenario.
struct CostRules {
    int horizon = 0;
    int startMonth = 1; // 1..12
    double escalation = 0.0;
    double overhead = 0.0;

    explicit CostRules(const Scenario& s)
        : horizon(s.scenario.horizon_months),
          escalation(budgetParameter(s, "price_escalation_annual")),
          overhead(budgetParameter(s, "overhead_share")) {
        const std::string& start = s.scenario.start; // YYYY-MM, validated
        if (start.size() >= 7) std::from_chars(start.data() + 5, start.data() + 7, startMonth);
    }

    // Fiscal (calendar) years after the start year in which month t falls.
    int yearsAfterStart(int t) const { return (startMonth - 1 + t) / 12; }

    Rupiah escalated(Rupiah amount, int t) const {
        const int years = yearsAfterStart(t);
        if (escalation == 0.0 || years <= 0) return amount;
        return static_cast<Rupiah>(
            std::round(static_cast<double>(amount) * std::pow(1.0 + escalation, years)));
    }

    // `amount` in months first .. first + months - 1, kept within 0..H.
    Rupiah recurring(Rupiah amount, int first, int months) const {
        Rupiah sum = 0;
        const int end = std::min(first + months, horizon + 1);
        for (int t = std::max(first, 0); t < end; ++t) sum += escalated(amount, t);
        return sum;
    }
};

int installMonth(const Scenario& s, const std::string& clusterId) {
    int install = -1;
    for (const Cohort& c : s.cohorts)
        if (c.cluster == clusterId && (install < 0 || c.entry_month < install))
            install = c.entry_month;
    return std::max(install, 0);
}

std::optional<std::size_t> allocationRow(const Cluster& cluster, const std::string& equipmentId) {
    for (std::size_t j = 0; j < cluster.equipment.size(); ++j)
        if (cluster.equipment[j].equipment == equipmentId) return j;
    return std::nullopt;
}

// The run's planned program cost over months 0..H.
double plannedCost(const ResultSet& results) {
    const SeriesBand* cumulative = results.find(Arm::Program, "total", "cost_cumulative");
    return cumulative && !cumulative->mean.empty() ? cumulative->mean.back() : 0.0;
}

} // namespace

double clusterAccess(double slots, int members) {
    if (slots <= 0.0) return 0.0;
    if (members <= 0) return 1.0;
    return std::min(1.0, slots / members);
}

Rupiah allocationCost(const Scenario& scenario, std::size_t cluster, const Equipment& item,
                      int units) {
    if (units <= 0 || cluster >= scenario.clusters.size()) return 0;
    const CostRules rules(scenario);
    const int install = installMonth(scenario, scenario.clusters[cluster].id);
    const Rupiah direct =
        rules.recurring(units * item.unit_cost, install, 1) +
        rules.recurring(units * item.maintenance_monthly, install, item.lifetime_months);
    return direct + static_cast<Rupiah>(std::round(rules.overhead * static_cast<double>(direct)));
}

EquipmentPlan equipmentPlan(const Scenario& scenario) {
    EquipmentPlan plan;
    for (std::size_t i = 0; i < scenario.equipment.size(); ++i) {
        const Equipment& e = scenario.equipment[i];
        if (e.kind != EquipmentKind::Shared) continue;
        plan.items.push_back({i, e.id, e.name, e.unit_cost, e.maintenance_monthly,
                              e.members_per_unit, e.lifetime_months, e.running_probability});
    }
    for (std::size_t c = 0; c < scenario.clusters.size(); ++c) {
        const Cluster& cluster = scenario.clusters[c];
        ClusterAllocation row;
        row.id = cluster.id;
        row.name = cluster.name;
        row.installMonth = installMonth(scenario, cluster.id);
        for (const Cohort& cohort : scenario.cohorts)
            if (cohort.cluster == cluster.id && !cohort.program.empty())
                row.members += cohort.participants;
        for (const SharedItem& item : plan.items) {
            AllocationCell cell;
            cell.allocation = allocationRow(cluster, item.id);
            if (cell.allocation) cell.units = cluster.equipment[*cell.allocation].units;
            cell.cost = allocationCost(scenario, c, scenario.equipment[item.equipment], cell.units);
            row.slots += cell.units * item.runningProbability * item.membersPerUnit;
            plan.totalCost += cell.cost;
            row.cells.push_back(cell);
        }
        row.access = clusterAccess(row.slots, row.members);
        plan.clusters.push_back(std::move(row));
    }
    return plan;
}

std::string unitsKeyPath(const Scenario& scenario, std::size_t cluster,
                         const std::string& equipmentId) {
    const Cluster& c = scenario.clusters.at(cluster);
    const std::size_t row = allocationRow(c, equipmentId).value_or(c.equipment.size());
    return "clusters[" + std::to_string(cluster) + "].equipment[" + std::to_string(row) + "].units";
}

void setUnits(Scenario& scenario, std::size_t cluster, const std::string& equipmentId, int units) {
    Cluster& c = scenario.clusters.at(cluster);
    const int clamped = std::max(units, 0);
    if (const auto row = allocationRow(c, equipmentId))
        c.equipment[*row].units = clamped;
    else
        c.equipment.push_back({equipmentId, clamped});
}

Scenario withUnits(const Scenario& scenario, std::size_t cluster, const std::string& equipmentId,
                   int units) {
    Scenario changed = scenario;
    setUnits(changed, cluster, equipmentId, units);
    return changed;
}

BudgetUse budgetUse(const Scenario& now, const Scenario& ran, const ResultSet* results) {
    BudgetUse use;
    use.envelope = now.budget.envelope;
    use.priced = results && budgetPlugin(ran) && budgetPlugin(now);
    if (!use.priced) return use;
    const double change = static_cast<double>(equipmentPlan(now).totalCost) -
                          static_cast<double>(equipmentPlan(ran).totalCost);
    use.used = plannedCost(*results) + change;
    return use;
}

std::vector<KeyFigure> keyFigures(const ResultSet& results) {
    std::vector<KeyFigure> figures;
    for (const char* key : {"additional_active", "cost_per_additional_active", "benefit_cost_ratio",
                            "cost_discounted"})
        if (const Indicator* i = results.indicator(key))
            figures.push_back({i->key, i->unit, i->mean});
    if (results.find(Arm::Program, "total", "cost_cumulative"))
        figures.push_back({"total_cost", "rupiah", plannedCost(results)});
    return figures;
}

void IndicatorReference::observe(const Document& document, const RunSnapshot& snapshot) {
    const bool opened = !document.canUndo() && !document.canRedo();
    if (opened && m_openedState != document.state()) {
        m_figures.clear();
        m_openedState = document.state();
    }
    if (m_figures.empty()) capture(document, snapshot);
}

bool IndicatorReference::capture(const Document& document, const RunSnapshot& snapshot) {
    if (!snapshot.expected || snapshot.scenario != document.scenario()) return false;
    m_figures = keyFigures(*snapshot.expected);
    return true;
}

} // namespace nk::gui
