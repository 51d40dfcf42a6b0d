// Which series the user has hidden, and where the legend's entries sit, as plain math so
// that a click can be hit-tested without a GUI (ImPlot's legend: a click toggles a series).
#pragma once

#include "chart/geometry.hpp"

#include <cstddef>
#include <functional>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace nk::gui::chart {

// Keyed by series id, not position, so that the choice survives a new result snapshot
// whose series come in another order. Every id is visible until hidden; all series may be
// hidden (the chart then keeps its view and draws only axes), as in ImPlot.
class LegendState {
public:
    bool isVisible(std::string_view id) const;
    void setVisible(std::string_view id, bool visible);
    void toggle(std::string_view id);
    void showAll() { m_hidden.clear(); }
    std::size_t hiddenCount() const { return m_hidden.size(); }

private:
    std::set<std::string, std::less<>> m_hidden;
};

struct LegendMetrics {
    double swatch = 10.0;    // the colour square's side
    double swatchGap = 4.0;  // between the square and the text
    double itemGap = 14.0;   // between entries on a row
    double rowHeight = 16.0; // one text line
    double rowGap = 2.0;     // between rows
};

struct LegendLayout {
    std::vector<Rect> items; // one per entry: swatch and text
    double height = 0.0;     // of all rows; 0 without entries
};

// Lays entries of the given text widths left to right from (area.x0, area.y0), wrapping to
// a new row before an entry that would cross area.x1 (an entry wider than the area gets a
// row of its own). area.y1 is not used: the legend takes the height it needs.
LegendLayout layoutLegend(const std::vector<double>& textWidths, const Rect& area,
                          const LegendMetrics& metrics = {});

// The entry under a point, if any.
std::optional<std::size_t> legendEntryAt(const LegendLayout& layout, Point p);

} // namespace nk::gui::chart
