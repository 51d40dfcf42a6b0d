// Shared by chart_draw.cpp and chart_draw_series.cpp; not part of the public API.
#pragma once

#include "chart/chart_draw.hpp"
#include "chart/transform.hpp"

#include <imgui.h>

#include <cstddef>
#include <vector>

namespace nk::gui::chart::detail {

inline ImVec2 toIm(Point p) {
    return ImVec2(static_cast<float>(p.x), static_cast<float>(p.y));
}

// Everything a series painter needs for one frame.
struct SeriesContext {
    ImDrawList* list;
    const ChartModel& model;
    const ViewRange& view;
    const Rect& plot;
    const std::vector<bool>& visible;
    const ChartStyle& style;
};

// Draws every visible series the way the model's kind asks, clipped by the caller.
void drawSeries(const SeriesContext& ctx);

} // namespace nk::gui::chart::detail
