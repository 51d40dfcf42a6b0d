// The ImDrawList back end of the chart Canvas: what the app's windows and PNG exports
// draw charts with.
#pragma once

#include "chart/canvas.hpp"

struct ImDrawList;
struct ImFont;

namespace nk::gui::chart {

class ImDrawListCanvas final : public Canvas {
public:
    ImDrawListCanvas(ImDrawList& list, ImFont& font, float fontSize);

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
    ImDrawList& m_list;
    ImFont& m_font;
    float m_fontSize;
};

} // namespace nk::gui::chart
