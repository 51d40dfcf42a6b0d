// What a chart shows, independent of ImGui: its kind, its series and how to label its
// axes. Built by a view-model from a ResultSet (series_from_results.hpp) and drawn by
// drawChart (chart_draw.hpp); nothing here changes while drawing.
#pragma once

#include "chart/axis_format.hpp"
#include "chart/legend.hpp"
#include "chart/months.hpp"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace nk::gui::chart {

enum class ChartKind {
    Line,        // one line per series over months
    Band,        // quantile fan: each series' bands (outer to inner), then its line
    StackedArea, // series stacked over months (enterprises by size class)
    Bars,        // one bar per category; several series stack (costs by category per year)
    GroupedBars, // one bar per series side by side in each category
    Tornado,     // one row per category, top first: a horizontal range bar per series
    Scatter,     // points (x[i], values[i]) on two numeric axes; a joined series is a line
};

// Packed like ImU32 / IM_COL32: alpha in the high byte, then blue, green, red.
using Color = std::uint32_t;

constexpr Color rgba(std::uint8_t r, std::uint8_t g, std::uint8_t b, std::uint8_t a = 255) {
    return (Color{a} << 24) | (Color{b} << 16) | (Color{g} << 8) | Color{r};
}
constexpr Color withAlpha(Color color, std::uint8_t a) {
    return (color & 0x00FFFFFFu) | (Color{a} << 24);
}

// A palette that colour-blind readers can tell apart (Okabe and Ito), repeating.
Color paletteColor(std::size_t index);

// A band from lower[t] to upper[t], e.g. the 5 % and 95 % quantiles.
struct BandLayer {
    std::vector<double> lower;
    std::vector<double> upper;
};

struct Series {
    std::string id;    // stable key for the legend state
    std::string label; // shown in the legend and the tooltip
    Color color = rgba(0, 114, 178);
    // Per month t = 0..H (Line, Band, StackedArea) or per category (the other kinds).
    std::vector<double> values;
    // Outermost first. Drawn by Band (fan), Tornado (range bar) and unstacked bars (whisker
    // of the outermost band).
    std::vector<BandLayer> bands;
    // Scatter: the x of each point (values hold the y), a dot of this radius at each
    // point (0: none), and a line through the points in order when joined.
    std::vector<double> x;
    double marker = 3.0;
    bool joined = false;
    // Tornado: a bar from 0 to the value with the outermost band as a whisker (an
    // estimate and its interval), instead of a range bar.
    bool whisker = false;
};

struct ChartModel {
    ChartKind kind = ChartKind::Line;
    std::string title;
    Language language = Language::Indonesian;
    std::vector<Series> series;
    // Line, Band, StackedArea: x is a month index counted from this month. Without it the
    // x axis is numeric and uses xFormat.
    std::optional<YearMonth> start;
    // Bars and GroupedBars: the x labels; Tornado: the row labels, top row first.
    std::vector<std::string> categories;
    // The value axis: y, or x for Tornado. Empty: countAxis(language).
    AxisFormatter valueFormat;
    // A numeric x axis (no start, not categorical). Empty: countAxis(language).
    AxisFormatter xFormat;
};

// Bars, GroupedBars and Tornado place their points at whole category positions.
bool isCategorical(ChartKind kind);

// Per series, whether the legend shows it.
std::vector<bool> visibleSeries(const ChartModel& model, const LegendState& legend);

// The number of x positions (months or categories): the longest series, or for a
// categorical chart at least the number of categories.
std::size_t pointCount(const ChartModel& model);

// The formatter in use for the value axis and for a numeric x axis.
AxisFormatter valueFormatter(const ChartModel& model);
AxisFormatter xFormatter(const ChartModel& model);

} // namespace nk::gui::chart
