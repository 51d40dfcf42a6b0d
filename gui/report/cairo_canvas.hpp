// The Cairo back end of the chart Canvas (gui/chart/canvas.hpp): vector lines, fills and
// text laid out by Pango in DejaVu Sans, for the PDF report. The same chart model and
// layout as on screen, drawn into any Cairo context (a PDF page, or an image in tests).
#pragma once

#include "chart/canvas.hpp"

#include <memory>

typedef struct _cairo cairo_t;
typedef struct _PangoLayout PangoLayout;

namespace nk::gui::report {

using chart::Color;
using chart::Point;
using chart::Rect;

class CairoCanvas final : public chart::Canvas {
public:
    // Text of `fontSize` units (points on a PDF page), in the context's current units.
    CairoCanvas(cairo_t* cr, double fontSize);
    ~CairoCanvas() override;
    CairoCanvas(const CairoCanvas&) = delete;
    CairoCanvas& operator=(const CairoCanvas&) = delete;

    double fontSize() const override;
    double textWidth(std::string_view text) const override;
    bool hasGlyph(char32_t codePoint) const override;
    void line(Point from, Point to, Color color, double thickness) override;
    void polyline(std::span<const Point> points, Color color, double thickness) override;
    void fillPolygon(std::span<const Point> points, Color color) override;
    void fillRect(const Rect& rect, Color color, double rounding) override;
    void strokeRect(const Rect& rect, Color color, double rounding) override;
    void fillCircle(Point center, double radius, Color color) override;
    void strokeCircle(Point center, double radius, Color color) override;
    void text(Point topLeft, Color color, std::string_view text) override;
    void pushClip(const Rect& rect) override;
    void popClip() override;

private:
    void setColor(Color color);
    void rectPath(const Rect& rect, double rounding);

    cairo_t* m_cr;
    PangoLayout* m_layout;
    double m_lineHeight;
    int m_clipDepth = 0;
};

// Colour channels 0..1 of a packed chart colour.
struct Rgba {
    double r, g, b, a;
};
Rgba toRgba(Color color);

} // namespace nk::gui::report
