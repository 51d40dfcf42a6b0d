// Draws a chart into a Dear ImGui draw list: renderChart (chart_render.hpp) through the
// ImDrawList canvas (chart_draw_canvas.hpp), with the current ImGui font. Everything lands
// in the given rectangle of the given draw list, so the same call can draw into a window
// or into an offscreen list for a PNG export. Needs a current ImGui context inside a frame.
//
// chart_draw*.cpp are the only files in gui/chart that include ImGui; they form the
// library nk_chart_draw.
#pragma once

#include "chart/chart_render.hpp"

struct ImDrawList;
struct ImGuiIO;

namespace nk::gui::chart {

ChartInteraction drawChart(ImDrawList* drawList, const ChartModel& model, ChartState& state,
                           const Rect& rect, const ChartInput& input,
                           const ChartStyle& style = darkChartStyle());

// This frame's mouse from ImGui. `hovered`: the caller's test that the chart is under the
// mouse and nothing covers it (for example an InvisibleButton over the rectangle).
ChartInput chartInputFromImGui(const ImGuiIO& io, bool hovered);

} // namespace nk::gui::chart
