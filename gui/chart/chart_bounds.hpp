// The extent of what a chart draws, per kind, and the view that fits it (ImPlot's
// double-click fit): the data of visible series only, so hiding a series can shrink the fit.
#pragma once

#include "chart/chart_model.hpp"
#include "chart/transform.hpp"

#include <optional>
#include <vector>

namespace nk::gui::chart {

// Months from 0 to H (Line, Band, StackedArea); categories from -0.5 to n - 0.5 on x
// (bars) or y (Tornado, the first row at the top, y = n - 1). Values include bands where
// the kind draws them and stack totals for stacked kinds.
DataBounds dataBounds(const ChartModel& model, const std::vector<bool>& visible);

// Per kind: months fit exactly on x; categories already carry their half-bar margin; the
// value axis (y, or x for Tornado) gets a 5 % margin and includes zero, so data all >= 0
// start at 0 and an impact series that crosses zero shows both sides.
FitOptions fitOptions(ChartKind kind);

// nullopt when no visible series has a finite value: the chart then keeps its view.
std::optional<ViewRange> fitView(const ChartModel& model, const std::vector<bool>& visible);

// Zoom limits relative to the fit: at most 1000 times wider; at least a thousandth of it,
// and at least one month or category on a month or category axis.
ZoomLimits zoomLimits(const ChartModel& model, const ViewRange& fit);

// The y position of category row i on a Tornado (the first row on top).
double tornadoRowY(std::size_t row, std::size_t rows);

} // namespace nk::gui::chart
