#include "chart/layout.hpp"

namespace nk::gui::chart {

ChartLayout layoutChart(const LayoutInput& in) {
    ChartLayout out;
    const Rect& r = in.outer;
    const double pad = in.padding;
    double y = r.y0 + pad;
    out.title = Rect{r.x0 + pad, y, r.x1 - pad, in.hasTitle ? y + in.lineHeight : y};
    if (in.hasTitle) y += in.lineHeight + pad;
    out.legend = Rect{r.x0 + pad, y, r.x1 - pad, y + in.legendHeight};
    if (in.legendHeight > 0) y += in.legendHeight + pad;
    const double plotBottom = r.y1 - pad - in.lineHeight - in.tickLength;
    const double plotLeft = r.x0 + pad + in.yLabelWidth + in.tickLength;
    out.plot = Rect{plotLeft, y, r.x1 - pad, plotBottom};
    out.xAxis = Rect{out.plot.x0, plotBottom, out.plot.x1, r.y1 - pad};
    out.yAxis = Rect{r.x0 + pad, out.plot.y0, plotLeft, out.plot.y1};
    out.valid = out.plot.width() > 4 && out.plot.height() > 4;
    return out;
}

} // namespace nk::gui::chart
