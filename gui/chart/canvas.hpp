// The one small drawing interface a chart is drawn through: lines, filled polygons,
// rectangles, circles, text and clipping, in pixels (or points) with y growing downwards.
// The chart code (chart_render.hpp) lays a chart out and draws it only through a Canvas,
// so the same model and layout draw on screen (ImDrawList, chart_draw.hpp) and in a PDF
// (Cairo, gui/report): never two implementations of a chart.
#pragma once

#include "chart/chart_model.hpp"
#include "chart/geometry.hpp"

#include <span>
#include <string_view>

namespace nk::gui::chart {

class Canvas {
public:
    virtual ~Canvas() = default;

    // The text the chart writes with: its line height, and the width of a UTF-8 string.
    virtual double fontSize() const = 0;
    virtual double textWidth(std::string_view text) const = 0;
    // Whether the font draws this code point (else the chart picks a plainer character).
    virtual bool hasGlyph(char32_t codePoint) const = 0;

    virtual void line(Point from, Point to, Color color, double thickness) = 0;
    virtual void polyline(std::span<const Point> points, Color color, double thickness) = 0;
    // A convex polygon, filled without an anti-aliased fringe, so that neighbouring
    // polygons of a translucent colour meet without seams.
    virtual void fillPolygon(std::span<const Point> points, Color color) = 0;
    virtual void fillRect(const Rect& rect, Color color, double rounding) = 0;
    // A one-unit outline.
    virtual void strokeRect(const Rect& rect, Color color, double rounding) = 0;
    virtual void fillCircle(Point center, double radius, Color color) = 0;
    virtual void strokeCircle(Point center, double radius, Color color) = 0;
    // `topLeft`: the top-left corner of the text's line box (fontSize high).
    virtual void text(Point topLeft, Color color, std::string_view text) = 0;

    // Clips what follows to `rect` intersected with the current clip, until popClip.
    virtual void pushClip(const Rect& rect) = 0;
    virtual void popClip() = 0;
};

} // namespace nk::gui::chart
