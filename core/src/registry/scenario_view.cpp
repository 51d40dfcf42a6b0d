#include "scenario_view.hpp"

#include <charconv>

namespace nk::registry {

namespace {

template <class T> std::int32_t indexOf(const std::vector<T>& items, const std::string& id) {
    for (std::size_t i = 0; i < items.size(); ++i)
        if (items[i].id == id) return static_cast<std::int32_t>(i);
    return -1;
}

template <class T> std::uint32_t count(const std::vector<T>& v) {
    return static_cast<std::uint32_t>(v.size());
}

} // namespace

ScenarioView::ScenarioView(const CompiledScenario& cs) {
    const Scenario& s = cs.spec;
    for (const Program& p : s.programs)
        m_programs.push_back({sizeof(nk_program_view), p.id.c_str(), p.sector.c_str(),
                              p.duration_days, p.cost_per_participant, p.completion_rate,
                              p.mentoring_months, p.mentoring_cost_per_month,
                              indexOf(s.equipment, p.kit), 0});
    for (const Equipment& e : s.equipment)
        m_equipment.push_back({sizeof(nk_equipment_view), e.id.c_str(),
                               e.kind == EquipmentKind::Shared ? 1 : 0, e.unit_cost,
                               e.capacity_monthly, e.members_per_unit, e.maintenance_monthly,
                               e.lifetime_months, e.running_probability});
    for (const Cluster& c : s.clusters) {
        auto& allocations = m_allocations.emplace_back();
        for (const EquipmentAllocation& a : c.equipment)
            allocations.push_back(
                {sizeof(nk_allocation_view), indexOf(s.equipment, a.equipment), a.units});
        auto& channels = m_channels.emplace_back();
        for (const std::string& channel : c.channels) channels.push_back(channel.c_str());
    }
    for (std::size_t i = 0; i < s.clusters.size(); ++i)
        m_clusters.push_back({sizeof(nk_cluster_view), s.clusters[i].id.c_str(),
                              s.clusters[i].sector.c_str(), m_allocations[i].data(),
                              count(m_allocations[i]), m_channels[i].data(), count(m_channels[i]),
                              0});
    for (const Group& g : cs.groups)
        m_groups.push_back({sizeof(nk_group_view), s.cohorts[g.cohort].id.c_str(), g.program,
                            g.cluster, cs.targetGroups[g.targetGroup].c_str(), g.entryMonth,
                            g.enterprises, g.participants, g.kubeSize, g.businessShare});
    for (const FiscalYearLimit& y : s.budget.fiscal_years)
        m_fiscalYears.push_back({sizeof(nk_fiscal_year_view), y.year, y.limit});
    for (const BudgetLine& l : s.budget.lines)
        m_lines.push_back({sizeof(nk_budget_line_view), l.name.c_str(), l.category.c_str(),
                           l.amount, l.month, l.repeat_months});

    // The start "YYYY-MM" has been validated by compiling.
    const std::string& start = s.scenario.start;
    std::int32_t year = 0, month = 0;
    std::from_chars(start.data(), start.data() + 4, year);
    std::from_chars(start.data() + 5, start.data() + 7, month);

    m_view.struct_size = sizeof(nk_scenario_view);
    m_view.id = s.scenario.id.c_str();
    m_view.start_year = year;
    m_view.start_month = month;
    m_view.horizon = cs.horizon;
    m_view.bins = cs.grid.bins();
    m_view.bin_values = cs.grid.values().data();
    m_view.r_min = s.grid.r_min;
    m_view.home_capacity = s.parameters.home_capacity;
    m_view.margin = s.parameters.margin;
    m_view.umk_monthly = static_cast<double>(s.scenario.umk_monthly);
    m_view.discount_rate_annual = s.simulation.discount_rate_annual;
    m_view.programs = m_programs.data();
    m_view.program_count = count(m_programs);
    m_view.equipment = m_equipment.data();
    m_view.equipment_count = count(m_equipment);
    m_view.clusters = m_clusters.data();
    m_view.cluster_count = count(m_clusters);
    m_view.groups = m_groups.data();
    m_view.group_count = count(m_groups);
    m_view.budget_envelope = s.budget.envelope;
    m_view.fiscal_years = m_fiscalYears.data();
    m_view.fiscal_year_count = count(m_fiscalYears);
    m_view.budget_lines = m_lines.data();
    m_view.budget_line_count = count(m_lines);
    m_view.reserved = 0;
}

} // namespace nk::registry
