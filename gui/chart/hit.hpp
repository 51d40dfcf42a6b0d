// What lies under the mouse: the month or category nearest to it and each visible series'
// value there, for the hover crosshair and tooltip.
#pragma once

#include "chart/chart_model.hpp"
#include "chart/transform.hpp"

#include <cstddef>
#include <optional>
#include <vector>

namespace nk::gui::chart {

// The whole index nearest to a data position, if it lies within half a step of 0..count-1.
std::optional<std::size_t> nearestIndex(double position, std::size_t count);

// The month (or category) under a pixel column of the plot.
std::optional<std::size_t> nearestMonth(const ViewRange& view, const Rect& plot, double pixelX,
                                        std::size_t count);

struct HoverValue {
    std::size_t series = 0; // index into ChartModel::series
    double value = 0.0;     // the series' value at the index; NaN when it has none
    // The extent drawn on the value axis: the stack slice (stacked kinds), 0..value (bars),
    // the outermost band or 0..value (Tornado), or value..value (lines), from <= to.
    double from = 0.0;
    double to = 0.0;
    bool hasBand = false; // the outermost band at the index, when the series has one
    double bandLower = 0.0;
    double bandUpper = 0.0;
};

// One entry per visible series, in series order.
std::vector<HoverValue> hoverValues(const ChartModel& model, const std::vector<bool>& visible,
                                    std::size_t index);

// The entry whose drawn extent is nearest to a value-axis position (0 inside it): on a
// stacked chart the slice under the cursor, on a line chart the nearest line. A position
// into `values`; nullopt if there are none.
std::optional<std::size_t> entryAt(const std::vector<HoverValue>& values, double position);

// Scatter: the point of a visible series nearest to `mouse` within `maxPixels`, as
// (series, index); the later series wins a tie, as it is drawn on top.
struct ScatterHit {
    std::size_t series = 0;
    std::size_t index = 0;
};
std::optional<ScatterHit> nearestScatterPoint(const ChartModel& model,
                                              const std::vector<bool>& visible,
                                              const ViewRange& view, const Rect& plot,
                                              const Point& mouse, double maxPixels);

} // namespace nk::gui::chart
