// The colours and line width a chart is drawn with: dark for windows, light for exports
// (a PNG or a printed report).
#pragma once

#include "chart/chart_model.hpp"

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
// Dark text on an opaque white background; for PNG exports and reports.
ChartStyle lightChartStyle();

} // namespace nk::gui::chart
