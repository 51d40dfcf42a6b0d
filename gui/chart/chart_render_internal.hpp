// Shared by chart_render.cpp and chart_render_series.cpp; not part of the public API.
#pragma once

#include "chart/chart_render.hpp"
#include "chart/transform.hpp"

#include <vector>

namespace nk::gui::chart::detail {

// Everything a series painter needs for one frame.
struct SeriesContext {
    Canvas& canvas;
    const ChartModel& model;
    const ViewRange& view;
    const Rect& plot;
    const std::vector<bool>& visible;
    const ChartStyle& style;
};

// Draws every visible series the way the model's kind asks, clipped by the caller.
void drawSeries(const SeriesContext& ctx);

} // namespace nk::gui::chart::detail
