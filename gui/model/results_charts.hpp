// The chart models of the results view, built once per result snapshot (pure: no ImGui):
// active enterprises program against baseline (with the Monte Carlo fan when there is
// one), enterprises by size class in the program arm with the bands inside mikro
// (stacked, the sales ladder), and costs by category
// per fiscal year (stacked bars). Also which results they show, and a chart as exported.
#pragma once

#include "chart/chart_model.hpp"
#include "chart/legend.hpp"
#include "model/run_controller.hpp"
#include "naikkelas/results/result_set.hpp"
#include "naikkelas/scenario/compiled_scenario.hpp"

#include <memory>
#include <vector>

namespace nk::gui {

struct ResultCharts {
    chart::ChartModel active;
    chart::ChartModel income;
    chart::ChartModel sizeClasses;
    chart::ChartModel costs;
};

// The results the charts and indicator cards show: the snapshot's Monte Carlo results
// while they are current (fans and bands), otherwise its expected projection (lines);
// stale Monte Carlo results are never shown as current. Null when there are neither.
std::shared_ptr<const ResultSet> displayedResults(const RunSnapshot& snapshot);

// A copy of `model` with only the series the legend shows: what an export writes.
chart::ChartModel visibleOnly(const chart::ChartModel& model, const chart::LegendState& legend);

ResultCharts buildResultCharts(const CompiledScenario& scenario, const ResultSet& results,
                               Language language);

} // namespace nk::gui
