#include "chart/chart_draw_canvas.hpp"

#include <imgui.h>

#include <cfloat>
#include <vector>

namespace nk::gui::chart {

namespace {

ImVec2 toIm(Point p) {
    return ImVec2(static_cast<float>(p.x), static_cast<float>(p.y));
}

float toFloat(double value) {
    return static_cast<float>(value);
}

} // namespace

ImDrawListCanvas::ImDrawListCanvas(ImDrawList& list, ImFont& font, float fontSize)
    : m_list(list), m_font(font), m_fontSize(fontSize) {}

double ImDrawListCanvas::fontSize() const {
    return m_fontSize;
}

double ImDrawListCanvas::textWidth(std::string_view text) const {
    return m_font.CalcTextSizeA(m_fontSize, FLT_MAX, 0.0f, text.data(), text.data() + text.size())
        .x;
}

bool ImDrawListCanvas::hasGlyph(char32_t codePoint) const {
    return codePoint <= IM_UNICODE_CODEPOINT_MAX &&
           m_font.FindGlyphNoFallback(static_cast<ImWchar>(codePoint)) != nullptr;
}

void ImDrawListCanvas::line(Point from, Point to, Color color, double thickness) {
    m_list.AddLine(toIm(from), toIm(to), color, toFloat(thickness));
}

void ImDrawListCanvas::polyline(std::span<const Point> points, Color color, double thickness) {
    std::vector<ImVec2> im;
    im.reserve(points.size());
    for (const Point p : points) im.push_back(toIm(p));
    m_list.AddPolyline(im.data(), static_cast<int>(im.size()), color, ImDrawFlags_None,
                       toFloat(thickness));
}

// Plain triangles without the anti-aliased fringe of AddConvexPolyFilled.
void ImDrawListCanvas::fillPolygon(std::span<const Point> points, Color color) {
    if (points.size() < 3) return;
    const ImVec2 uv = ImGui::GetFontTexUvWhitePixel();
    const int count = static_cast<int>(points.size());
    m_list.PrimReserve((count - 2) * 3, count);
    const auto base = m_list._VtxCurrentIdx;
    for (const Point p : points) m_list.PrimWriteVtx(toIm(p), uv, color);
    for (int k = 1; k + 1 < count; ++k) {
        m_list.PrimWriteIdx(static_cast<ImDrawIdx>(base));
        m_list.PrimWriteIdx(static_cast<ImDrawIdx>(base + static_cast<unsigned>(k)));
        m_list.PrimWriteIdx(static_cast<ImDrawIdx>(base + static_cast<unsigned>(k) + 1));
    }
}

void ImDrawListCanvas::fillRect(const Rect& rect, Color color, double rounding) {
    m_list.AddRectFilled(toIm(Point{rect.x0, rect.y0}), toIm(Point{rect.x1, rect.y1}), color,
                         toFloat(rounding));
}

void ImDrawListCanvas::strokeRect(const Rect& rect, Color color, double rounding) {
    m_list.AddRect(toIm(Point{rect.x0, rect.y0}), toIm(Point{rect.x1, rect.y1}), color,
                   toFloat(rounding));
}

void ImDrawListCanvas::fillCircle(Point center, double radius, Color color) {
    m_list.AddCircleFilled(toIm(center), toFloat(radius), color);
}

void ImDrawListCanvas::strokeCircle(Point center, double radius, Color color) {
    m_list.AddCircle(toIm(center), toFloat(radius), color);
}

void ImDrawListCanvas::text(Point topLeft, Color color, std::string_view text) {
    m_list.AddText(&m_font, m_fontSize, toIm(topLeft), color, text.data(),
                   text.data() + text.size());
}

void ImDrawListCanvas::pushClip(const Rect& rect) {
    m_list.PushClipRect(toIm(Point{rect.x0, rect.y0}), toIm(Point{rect.x1, rect.y1}), true);
}

void ImDrawListCanvas::popClip() {
    m_list.PopClipRect();
}

} // namespace nk::gui::chart
