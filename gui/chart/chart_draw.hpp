// Draws a chart with Dear ImGui's ImDrawList: axes, grid, ticks and labels, the series of
// its kind, the legend, and the hover crosshair with a tooltip; and applies the mouse
// input it is given (interaction.hpp). Everything lands in the given rectangle of the
// given draw list, so the same call can draw into a window or into an offscreen list for
// a PNG export. Needs a current ImGui context inside a frame (for the font).
//
// This file and chart_draw*.cpp are the only ones in gui/chart that include ImGui; they
// form the library nk_chart_draw.
#pragma once

#include "chart/chart_model.hpp"
#include "chart/interaction.hpp"
#include "chart/layout.hpp"

#include <cstddef>
#include <optional>
#include <vector>

struct ImDrawList;
struct ImGuiIO;

namespace nk::gui::chart {

struct ChartStyle {
    Color background = rgba(0, 0, 0, 0); // the whole rectangle; transparent: not drawn
    Color plotBackground = rgba(255, 255, 255, 8);
    Color frame = rgba(110, 110, 128, 160);
    Color grid = rgba(110, 110, 128, 60);
    Color zeroLine = rgba(200, 200, 210, 140);
    Color text = rgba(230, 230, 235);
    Color textDim = rgba(140, 140, 150);
    Color crosshair = rgba(230, 230, 235, 120);
    Color tooltipBackground = rgba(30, 30, 36, 240);
    Color tooltipBorder = rgba(110, 110, 128, 200);
    float lineThickness = 2.0f;
};

// Light text on the default dark ImGui theme; for windows.
ChartStyle darkChartStyle();
// Dark text on an opaque white background; for PNG exports that go into reports.
ChartStyle lightChartStyle();

struct ChartInteraction {
    ChartLayout layout;                       // where title, legend, plot and axes went
    std::vector<Rect> legendItems;            // one per series, in series order
    bool viewChanged = false;                 // zoom, pan, fit or a toggle moved the view
    std::optional<std::size_t> toggledSeries; // the series whose legend entry was clicked
    std::optional<std::size_t> hoverIndex;    // month or category under the cursor
    std::optional<std::size_t> hoverSeries;   // the series under the cursor there
};

ChartInteraction drawChart(ImDrawList* drawList, const ChartModel& model, ChartState& state,
                           const Rect& rect, const ChartInput& input,
                           const ChartStyle& style = darkChartStyle());

// This frame's mouse from ImGui. `hovered`: the caller's test that the chart is under the
// mouse and nothing covers it (for example an InvisibleButton over the rectangle).
ChartInput chartInputFromImGui(const ImGuiIO& io, bool hovered);

} // namespace nk::gui::chart
