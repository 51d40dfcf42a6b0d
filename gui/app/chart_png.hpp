// Saves one chart as a PNG for reports: drawChart with lightChartStyle into an offscreen
// OpenGL framebuffer through ImGui's OpenGL 3 backend, read back and written by
// write-then-rename. Needs the current GL context, an ImGui context whose OpenGL 3
// backend is initialised, and at least one frame begun (for the font and its texture);
// call it between frames, e.g. after rendering.
#pragma once

#include "chart/chart_model.hpp"

#include <string>

namespace nk::gui {

inline constexpr int kChartPngWidth = 1200;
inline constexpr int kChartPngHeight = 700;

// False with `error` when the framebuffer cannot be made or the file cannot be written.
bool saveChartPng(const chart::ChartModel& model, const std::string& path, std::string& error,
                  int width = kChartPngWidth, int height = kChartPngHeight);

} // namespace nk::gui
