// The chart models of the results view, built once per result snapshot (pure: no ImGui):
// active enterprises program against baseline (with the Monte Carlo fan when there is
// one), enterprises by size class in the program arm (stacked), and costs by category
// per fiscal year (stacked bars).
#pragma once

#include "chart/chart_model.hpp"
#include "naikkelas/results/result_set.hpp"
#include "naikkelas/scenario/compiled_scenario.hpp"

#include <vector>

namespace nk::gui {

struct ResultCharts {
    chart::ChartModel active;
    chart::ChartModel income;
    chart::ChartModel sizeClasses;
    chart::ChartModel costs;
};

ResultCharts buildResultCharts(const CompiledScenario& scenario, const ResultSet& results,
                               Language language);

} // namespace nk::gui
