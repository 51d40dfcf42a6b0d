// A Canvas that writes down every primitive it is given, in order, and passes it on to
// another canvas (a real back end) if it has one. Its font is fixed (13 units high, 7
// wide per character), so that charts drawn over back ends with different fonts lay out
// alike and their primitive lists can be compared.
#pragma once

#include "chart/canvas.hpp"

#include <string>
#include <vector>

namespace nk::gui::chart::test {

struct Primitive {
    std::string kind;
    std::vector<double> numbers; // coordinates, sizes and thicknesses, in call order
    Color color = 0;
    std::string text;
    bool operator==(const Primitive&) const = default;
};

class RecordingCanvas final : public Canvas {
public:
    explicit RecordingCanvas(Canvas* forward = nullptr) : m_forward(forward) {}

    std::vector<Primitive> primitives;

    double fontSize() const override { return 13.0; }
    double textWidth(std::string_view text) const override {
        double characters = 0;
        for (const char c : text) characters += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
        return 7.0 * characters;
    }
    bool hasGlyph(char32_t) const override { return true; }

    void line(Point from, Point to, Color color, double thickness) override {
        add("line", {from.x, from.y, to.x, to.y, thickness}, color);
        if (m_forward) m_forward->line(from, to, color, thickness);
    }
    void polyline(std::span<const Point> points, Color color, double thickness) override {
        add("polyline", flatten(points, thickness), color);
        if (m_forward) m_forward->polyline(points, color, thickness);
    }
    void fillPolygon(std::span<const Point> points, Color color) override {
        add("fillPolygon", flatten(points, 0.0), color);
        if (m_forward) m_forward->fillPolygon(points, color);
    }
    void fillRect(const Rect& r, Color color, double rounding) override {
        add("fillRect", {r.x0, r.y0, r.x1, r.y1, rounding}, color);
        if (m_forward) m_forward->fillRect(r, color, rounding);
    }
    void strokeRect(const Rect& r, Color color, double rounding) override {
        add("strokeRect", {r.x0, r.y0, r.x1, r.y1, rounding}, color);
        if (m_forward) m_forward->strokeRect(r, color, rounding);
    }
    void fillCircle(Point c, double radius, Color color) override {
        add("fillCircle", {c.x, c.y, radius}, color);
        if (m_forward) m_forward->fillCircle(c, radius, color);
    }
    void strokeCircle(Point c, double radius, Color color) override {
        add("strokeCircle", {c.x, c.y, radius}, color);
        if (m_forward) m_forward->strokeCircle(c, radius, color);
    }
    void text(Point topLeft, Color color, std::string_view text) override {
        add("text", {topLeft.x, topLeft.y}, color, std::string(text));
        if (m_forward) m_forward->text(topLeft, color, text);
    }
    void pushClip(const Rect& r) override {
        add("pushClip", {r.x0, r.y0, r.x1, r.y1}, 0);
        if (m_forward) m_forward->pushClip(r);
    }
    void popClip() override {
        add("popClip", {}, 0);
        if (m_forward) m_forward->popClip();
    }

    std::size_t count(const std::string& kind) const {
        std::size_t n = 0;
        for (const Primitive& p : primitives) n += p.kind == kind;
        return n;
    }

private:
    void add(std::string kind, std::vector<double> numbers, Color color, std::string text = {}) {
        primitives.push_back({std::move(kind), std::move(numbers), color, std::move(text)});
    }
    static std::vector<double> flatten(std::span<const Point> points, double extra) {
        std::vector<double> out;
        for (const Point p : points) {
            out.push_back(p.x);
            out.push_back(p.y);
        }
        out.push_back(extra);
        return out;
    }

    Canvas* m_forward;
};

} // namespace nk::gui::chart::test
