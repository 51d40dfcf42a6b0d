#include "report/cairo_canvas.hpp"

#include "report/text_font.hpp"

#include <cairo.h>
#include <pango/pangocairo.h>

#include <cmath>
#include <numbers>

namespace nk::gui::report {

Rgba toRgba(Color c) {
    const auto channel = [c](int shift) {
        return static_cast<double>((c >> shift) & 0xFFu) / 255.0;
    };
    return {channel(0), channel(8), channel(16), channel(24)};
}

CairoCanvas::CairoCanvas(cairo_t* cr, double fontSize)
    : m_cr(cr), m_layout(pango_cairo_create_layout(cr)) {
    setLayoutFont(m_layout, FontStyle::Regular, fontSize);
    pango_layout_set_text(m_layout, "Ag", -1);
    PangoRectangle logical;
    pango_layout_get_extents(m_layout, nullptr, &logical);
    m_lineHeight = static_cast<double>(logical.height) / PANGO_SCALE;
}

CairoCanvas::~CairoCanvas() {
    // A clip left pushed would leak into whatever the context draws next.
    for (; m_clipDepth > 0; --m_clipDepth) cairo_restore(m_cr);
    g_object_unref(m_layout);
}

double CairoCanvas::fontSize() const {
    return m_lineHeight;
}

double CairoCanvas::textWidth(std::string_view text) const {
    pango_layout_set_text(m_layout, text.data(), static_cast<int>(text.size()));
    PangoRectangle logical;
    pango_layout_get_extents(m_layout, nullptr, &logical);
    return static_cast<double>(logical.width) / PANGO_SCALE;
}

bool CairoCanvas::hasGlyph(char32_t codePoint) const {
    return layoutHasGlyph(m_layout, codePoint);
}

void CairoCanvas::setColor(Color color) {
    const Rgba c = toRgba(color);
    cairo_set_source_rgba(m_cr, c.r, c.g, c.b, c.a);
}

void CairoCanvas::line(Point from, Point to, Color color, double thickness) {
    setColor(color);
    cairo_set_line_width(m_cr, thickness);
    cairo_move_to(m_cr, from.x, from.y);
    cairo_line_to(m_cr, to.x, to.y);
    cairo_stroke(m_cr);
}

void CairoCanvas::polyline(std::span<const Point> points, Color color, double thickness) {
    if (points.size() < 2) return;
    setColor(color);
    cairo_set_line_width(m_cr, thickness);
    cairo_set_line_join(m_cr, CAIRO_LINE_JOIN_ROUND);
    cairo_move_to(m_cr, points.front().x, points.front().y);
    for (const Point p : points.subspan(1)) cairo_line_to(m_cr, p.x, p.y);
    cairo_stroke(m_cr);
}

void CairoCanvas::fillPolygon(std::span<const Point> points, Color color) {
    if (points.size() < 3) return;
    setColor(color);
    cairo_move_to(m_cr, points.front().x, points.front().y);
    for (const Point p : points.subspan(1)) cairo_line_to(m_cr, p.x, p.y);
    cairo_close_path(m_cr);
    const cairo_antialias_t antialias = cairo_get_antialias(m_cr);
    cairo_set_antialias(m_cr, CAIRO_ANTIALIAS_NONE);
    cairo_fill(m_cr);
    cairo_set_antialias(m_cr, antialias);
}

void CairoCanvas::rectPath(const Rect& r, double rounding) {
    if (rounding <= 0.0) {
        cairo_rectangle(m_cr, r.x0, r.y0, r.width(), r.height());
        return;
    }
    const double radius = std::min({rounding, r.width() / 2, r.height() / 2});
    const double quarter = std::numbers::pi / 2;
    cairo_new_sub_path(m_cr);
    cairo_arc(m_cr, r.x1 - radius, r.y0 + radius, radius, -quarter, 0);
    cairo_arc(m_cr, r.x1 - radius, r.y1 - radius, radius, 0, quarter);
    cairo_arc(m_cr, r.x0 + radius, r.y1 - radius, radius, quarter, 2 * quarter);
    cairo_arc(m_cr, r.x0 + radius, r.y0 + radius, radius, 2 * quarter, 3 * quarter);
    cairo_close_path(m_cr);
}

void CairoCanvas::fillRect(const Rect& rect, Color color, double rounding) {
    setColor(color);
    rectPath(rect, rounding);
    cairo_fill(m_cr);
}

// Inset by half the line, as ImGui does, so the outline lies inside the rectangle.
void CairoCanvas::strokeRect(const Rect& rect, Color color, double rounding) {
    setColor(color);
    cairo_set_line_width(m_cr, 1.0);
    rectPath(Rect{rect.x0 + 0.5, rect.y0 + 0.5, rect.x1 - 0.5, rect.y1 - 0.5}, rounding);
    cairo_stroke(m_cr);
}

void CairoCanvas::fillCircle(Point center, double radius, Color color) {
    setColor(color);
    cairo_new_sub_path(m_cr);
    cairo_arc(m_cr, center.x, center.y, radius, 0, 2 * std::numbers::pi);
    cairo_fill(m_cr);
}

void CairoCanvas::strokeCircle(Point center, double radius, Color color) {
    setColor(color);
    cairo_set_line_width(m_cr, 1.0);
    cairo_new_sub_path(m_cr);
    cairo_arc(m_cr, center.x, center.y, radius, 0, 2 * std::numbers::pi);
    cairo_stroke(m_cr);
}

void CairoCanvas::text(Point topLeft, Color color, std::string_view text) {
    setColor(color);
    pango_layout_set_text(m_layout, text.data(), static_cast<int>(text.size()));
    cairo_move_to(m_cr, topLeft.x, topLeft.y);
    pango_cairo_show_layout(m_cr, m_layout);
}

void CairoCanvas::pushClip(const Rect& rect) {
    cairo_save(m_cr);
    cairo_rectangle(m_cr, rect.x0, rect.y0, rect.width(), rect.height());
    cairo_clip(m_cr);
    ++m_clipDepth;
}

void CairoCanvas::popClip() {
    if (m_clipDepth == 0) return;
    cairo_restore(m_cr);
    --m_clipDepth;
}

} // namespace nk::gui::report
