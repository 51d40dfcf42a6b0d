#include "chart/transform.hpp"

#include <algorithm>
#include <cmath>
#include <tuple>
#include <utility>

namespace nk::gui::chart {

namespace {

// Maps value in [lo, hi] to [from, to] linearly; degenerate ranges map to `from`.
double remap(double value, double lo, double hi, double from, double to) {
    const double span = hi - lo;
    if (!(std::fabs(span) > 0)) return from;
    return from + (value - lo) / span * (to - from);
}

// One axis of zoomAround: the anchor keeps its fraction of the span.
std::pair<double, double> zoomAxis(double lo, double hi, double anchor, double factor,
                                   double minSpan, double maxSpan) {
    const double span = hi - lo;
    if (!(factor > 0) || !std::isfinite(factor) || !(span > 0)) return {lo, hi};
    const double newSpan = std::clamp(span * factor, minSpan, std::max(minSpan, maxSpan));
    const double scale = newSpan / span;
    return {anchor - (anchor - lo) * scale, anchor + (hi - anchor) * scale};
}

std::pair<double, double> fitAxis(double lo, double hi, bool has, double margin,
                                  bool zeroBaseline) {
    if (!has) return {0.0, 1.0};
    const bool pinLo = zeroBaseline && lo >= 0;
    const bool pinHi = zeroBaseline && hi <= 0;
    if (pinLo) lo = 0;
    if (pinHi) hi = 0;
    if (pinLo && pinHi) return {0.0, 1.0}; // all zero
    if (hi == lo) {
        const double half = lo != 0 ? std::fabs(lo) / 2 : 0.5;
        lo -= half;
        hi += half;
    }
    const double pad = (hi - lo) * margin;
    return {pinLo ? 0.0 : lo - pad, pinHi ? 0.0 : hi + pad};
}

} // namespace

double toPixelX(const ViewRange& view, const Rect& plot, double x) {
    return remap(x, view.xMin, view.xMax, plot.x0, plot.x1);
}
double toPixelY(const ViewRange& view, const Rect& plot, double y) {
    return remap(y, view.yMin, view.yMax, plot.y1, plot.y0);
}
double toDataX(const ViewRange& view, const Rect& plot, double pixelX) {
    return remap(pixelX, plot.x0, plot.x1, view.xMin, view.xMax);
}
double toDataY(const ViewRange& view, const Rect& plot, double pixelY) {
    return remap(pixelY, plot.y1, plot.y0, view.yMin, view.yMax);
}
Point toPixel(const ViewRange& view, const Rect& plot, Point data) {
    return {toPixelX(view, plot, data.x), toPixelY(view, plot, data.y)};
}
Point toData(const ViewRange& view, const Rect& plot, Point pixel) {
    return {toDataX(view, plot, pixel.x), toDataY(view, plot, pixel.y)};
}

ViewRange zoomAround(const ViewRange& view, Point anchor, double factorX, double factorY,
                     const ZoomLimits& limits) {
    ViewRange out = view;
    std::tie(out.xMin, out.xMax) =
        zoomAxis(view.xMin, view.xMax, anchor.x, factorX, limits.minWidth, limits.maxWidth);
    std::tie(out.yMin, out.yMax) =
        zoomAxis(view.yMin, view.yMax, anchor.y, factorY, limits.minHeight, limits.maxHeight);
    return out;
}

ViewRange panByPixels(const ViewRange& view, const Rect& plot, double dx, double dy) {
    ViewRange out = view;
    if (plot.width() > 0) {
        const double shift = dx * view.width() / plot.width();
        out.xMin -= shift;
        out.xMax -= shift;
    }
    if (plot.height() > 0) {
        // Screen y grows downwards: dragging down brings higher values into view.
        const double shift = dy * view.height() / plot.height();
        out.yMin += shift;
        out.yMax += shift;
    }
    return out;
}

void DataBounds::addX(double x) {
    if (!std::isfinite(x)) return;
    xMin = std::min(xMin, x);
    xMax = std::max(xMax, x);
}

void DataBounds::addY(double y) {
    if (!std::isfinite(y)) return;
    yMin = std::min(yMin, y);
    yMax = std::max(yMax, y);
}

void DataBounds::add(double x, double y) {
    addX(x);
    addY(y);
}

ViewRange fitToData(const DataBounds& bounds, const FitOptions& options) {
    ViewRange view;
    std::tie(view.xMin, view.xMax) =
        fitAxis(bounds.xMin, bounds.xMax, bounds.hasX(), options.marginX, options.zeroBaselineX);
    std::tie(view.yMin, view.yMax) =
        fitAxis(bounds.yMin, bounds.yMax, bounds.hasY(), options.marginY, options.zeroBaselineY);
    return view;
}

} // namespace nk::gui::chart
