#include "chart/chart_style.hpp"

namespace nk::gui::chart {

ChartStyle darkChartStyle() {
    return ChartStyle{};
}

ChartStyle lightChartStyle() {
    ChartStyle style;
    style.background = rgba(255, 255, 255);
    style.plotBackground = rgba(250, 250, 252);
    style.frame = rgba(90, 90, 100, 200);
    style.grid = rgba(90, 90, 100, 50);
    style.zeroLine = rgba(40, 40, 50, 160);
    style.text = rgba(20, 20, 25);
    style.textDim = rgba(130, 130, 140);
    style.crosshair = rgba(20, 20, 25, 120);
    style.tooltipBackground = rgba(255, 255, 255, 245);
    style.tooltipBorder = rgba(90, 90, 100, 200);
    return style;
}

} // namespace nk::gui::chart
