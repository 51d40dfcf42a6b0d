#include "model/equipment_plan.hpp"

#include "naikkelas/registry/plugin_run.hpp"
#include "naikkelas/results/series_names.hpp"
#include "naikkelas/scenario/compiled_scenario.hpp"

#include <algorithm>
#include <cstdlib>

namespace nk::gui {

namespace {

std::optional<std::size_t> allocationRow(const Cluster& cluster, const std::string& equipmentId) {
    for (std::size_t j = 0; j < cluster.equipment.size(); ++j)
        if (cluster.equipment[j].equipment == equipmentId) return j;
    return std::nullopt;
}

// The key path of an allocation row: the source the budget plugin gives its cost lines.
std::string allocationPath(std::size_t cluster, std::size_t row) {
    return "clusters[" + std::to_string(cluster) + "].equipment[" + std::to_string(row) + "]";
}

// The program arm's cost lines of the planning instances; none when the scenario does not
// compile or its plugins do not bind.
std::optional<CostPlan> plannedCosts(const Scenario& scenario, const PluginRegistry& registry) {
    const CompileResult compiled = compileScenario(scenario);
    if (!compiled.compiled || compiled.diagnostics.hasErrors()) return std::nullopt;
    const PluginBinding binding(compiled.compiled, registry);
    if (!binding.ok()) return std::nullopt;
    return binding.costs();
}

Rupiah sourceCost(const CostPlan& costs, const std::string& source) {
    Rupiah sum = 0;
    for (const CostEntry& e : costs.entries)
        if (e.arm == Arm::Program && e.source == source) sum += e.amount;
    return sum;
}

// The run's planned program cost over months 0..H.
double plannedCost(const ResultSet& results) {
    const SeriesBand* cumulative =
        results.find(Arm::Program, std::string(names::kTotal), std::string(names::kCostCumulative));
    return cumulative && !cumulative->mean.empty() ? cumulative->mean.back() : 0.0;
}

} // namespace

double clusterAccess(double slots, int members) {
    if (slots <= 0.0) return 0.0;
    if (members <= 0) return 1.0;
    return std::min(1.0, slots / members);
}

EquipmentPlan equipmentPlan(const Scenario& scenario, const PluginRegistry& registry) {
    EquipmentPlan plan;
    const std::optional<CostPlan> costs = plannedCosts(scenario, registry);
    plan.budget.envelope = scenario.budget.envelope;
    plan.budget.priced = costs && !costs->entries.empty();
    if (plan.budget.priced) {
        plan.budget.used = costs->total(Arm::Program);
        const int startYear = scenario.scenario.start.size() >= 7
                                  ? std::atoi(scenario.scenario.start.substr(0, 4).c_str())
                                  : 0;
        const int startMonth = scenario.scenario.start.size() >= 7
                                   ? std::atoi(scenario.scenario.start.substr(5, 2).c_str())
                                   : 1;
        for (const FiscalYearLimit& limit : scenario.budget.fiscal_years) {
            if (limit.limit <= 0) continue;
            FiscalYearUse use{limit.year, 0, limit.limit};
            for (const CostEntry& e : costs->entries)
                if (e.arm == Arm::Program &&
                    startYear + (startMonth - 1 + e.month) / 12 == limit.year)
                    use.used += e.amount;
            plan.budget.years.push_back(use);
        }
    }
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
        for (const Cohort& cohort : scenario.cohorts)
            if (cohort.cluster == cluster.id && !cohort.program.empty())
                row.members += cohort.participants;
        for (const SharedItem& item : plan.items) {
            AllocationCell cell;
            cell.allocation = allocationRow(cluster, item.id);
            if (cell.allocation) {
                cell.units = cluster.equipment[*cell.allocation].units;
                if (costs) cell.cost = sourceCost(*costs, allocationPath(c, *cell.allocation));
            }
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
    return allocationPath(cluster, row) + ".units";
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

std::vector<KeyFigure> keyFigures(const ResultSet& results) {
    std::vector<KeyFigure> figures;
    for (const char* key : {"additional_active", "cost_per_additional_active", "benefit_cost_ratio",
                            "cost_discounted"})
        if (const Indicator* i = results.indicator(key))
            figures.push_back({i->key, i->unit, i->mean});
    if (results.find(Arm::Program, std::string(names::kTotal), std::string(names::kCostCumulative)))
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
    m_scenario = std::make_shared<const Scenario>(snapshot.scenario);
    m_results = snapshot.expected;
    return true;
}

} // namespace nk::gui
