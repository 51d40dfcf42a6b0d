// The C view of a compiled scenario that plugins receive (nk_scenario_view): plain
// structs pointing into the compiled scenario, which must outlive the view.
#pragma once

#include "naikkelas/plugin_api.h"
#include "naikkelas/scenario/compiled_scenario.hpp"

#include <vector>

namespace nk::registry {

class ScenarioView {
public:
    explicit ScenarioView(const CompiledScenario& scenario);
    ScenarioView(const ScenarioView&) = delete;
    ScenarioView& operator=(const ScenarioView&) = delete;

    const nk_scenario_view& view() const { return m_view; }

private:
    nk_scenario_view m_view{};
    std::vector<nk_program_view> m_programs;
    std::vector<nk_equipment_view> m_equipment;
    std::vector<std::vector<nk_allocation_view>> m_allocations; // per cluster
    std::vector<std::vector<const char*>> m_channels;           // per cluster
    std::vector<nk_cluster_view> m_clusters;
    std::vector<nk_group_view> m_groups;
    std::vector<nk_fiscal_year_view> m_fiscalYears;
    std::vector<nk_budget_line_view> m_lines;
};

} // namespace nk::registry
