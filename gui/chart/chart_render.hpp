// Lays a chart out and draws it through a Canvas: axes, grid, ticks and labels, the series
// of its kind, the legend, and the hover crosshair with a tooltip; and applies the mouse
// input it is given (interaction.hpp). Everything lands in the given rectangle, measured
// with the canvas's font, so the same call draws into a window (chart_draw.hpp), an
// offscreen list for a PNG, or a PDF page (gui/report).
#pragma once

#include "chart/canvas.hpp"
#include "chart/chart_model.hpp"
#include "chart/chart_style.hpp"
#include "chart/interaction.hpp"
#include "chart/layout.hpp"

#include <cstddef>
#include <optional>
#include <vector>

namespace nk::gui::chart {

struct ChartInteraction {
    ChartLayout layout;                       // where title, legend, plot and axes went
    std::vector<Rect> legendItems;            // one per series, in series order
    bool viewChanged = false;                 // zoom, pan, fit or a toggle moved the view
    std::optional<std::size_t> toggledSeries; // the series whose legend entry was clicked
    std::optional<std::size_t> hoverIndex;    // month or category under the cursor
    std::optional<std::size_t> hoverSeries;   // the series under the cursor there
};

ChartInteraction renderChart(Canvas& canvas, const ChartModel& model, ChartState& state,
                             const Rect& rect, const ChartInput& input, const ChartStyle& style);

} // namespace nk::gui::chart
