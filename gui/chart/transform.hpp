// The visible data window of a chart and its mapping to a pixel rectangle (y up in data,
// down on screen), with the view operations the mouse drives: zoom around the cursor, pan
// by a drag, fit to the data.
#pragma once

#include "chart/geometry.hpp"

#include <limits>

namespace nk::gui::chart {

struct ViewRange {
    double xMin = 0.0;
    double xMax = 1.0;
    double yMin = 0.0;
    double yMax = 1.0;

    double width() const { return xMax - xMin; }
    double height() const { return yMax - yMin; }
    bool operator==(const ViewRange&) const = default;
};

// Data -> pixel and back for a plot rectangle. A degenerate view or rectangle maps
// everything to the rectangle's left / bottom edge (and back to xMin / yMin).
double toPixelX(const ViewRange& view, const Rect& plot, double x);
double toPixelY(const ViewRange& view, const Rect& plot, double y);
double toDataX(const ViewRange& view, const Rect& plot, double pixelX);
double toDataY(const ViewRange& view, const Rect& plot, double pixelY);
Point toPixel(const ViewRange& view, const Rect& plot, Point data);
Point toData(const ViewRange& view, const Rect& plot, Point pixel);

// How far a zoom may go: spans below the minimum would lose floating-point meaning (or,
// on a month axis, show less than a month); spans above the maximum lose the data.
struct ZoomLimits {
    double minWidth = 1e-9;
    double minHeight = 1e-9;
    double maxWidth = std::numeric_limits<double>::max();
    double maxHeight = std::numeric_limits<double>::max();
};

// Scales the width by factorX and the height by factorY (< 1 zooms in) so that the data
// point `anchor` keeps its place on screen: it divides the view in the same proportions
// before and after. The new spans are clamped to `limits`; a factor that is not finite
// and positive leaves that axis unchanged.
ViewRange zoomAround(const ViewRange& view, Point anchor, double factorX, double factorY,
                     const ZoomLimits& limits = {});

// Moves the view so that the content follows a mouse that moved by (dx, dy) pixels.
ViewRange panByPixels(const ViewRange& view, const Rect& plot, double dx, double dy);

// The extent of the data to fit; an axis with nothing added stays empty (min > max).
struct DataBounds {
    double xMin = std::numeric_limits<double>::infinity();
    double xMax = -std::numeric_limits<double>::infinity();
    double yMin = std::numeric_limits<double>::infinity();
    double yMax = -std::numeric_limits<double>::infinity();

    void addX(double x);          // ignores NaN and infinities
    void addY(double y);          // ignores NaN and infinities
    void add(double x, double y); // both
    bool hasX() const { return xMin <= xMax; }
    bool hasY() const { return yMin <= yMax; }
};

struct FitOptions {
    double marginX = 0.0;  // fraction of the data's width added on each free side
    double marginY = 0.05; // fraction of the data's height added on each free side
    // Include zero in the axis, with no margin beyond it: data all >= 0 start at 0 (bars
    // and counts grow from a visible baseline), data all <= 0 end at 0.
    bool zeroBaselineX = false;
    bool zeroBaselineY = true;
};

// The view that shows the bounds with the margins. An empty axis gets [0, 1]; a single
// value is widened to half its magnitude each way (or 0.5 around 0).
ViewRange fitToData(const DataBounds& bounds, const FitOptions& options = {});

} // namespace nk::gui::chart
