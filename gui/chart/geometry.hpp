// Points and rectangles in pixels or data units, as plain doubles: the chart math never
// sees ImGui's float ImVec2, so it can be tested and reused without a GUI.
#pragma once

namespace nk::gui::chart {

struct Point {
    double x = 0.0;
    double y = 0.0;
};

// Screen rectangle, y growing downwards: (x0, y0) is the top-left corner.
struct Rect {
    double x0 = 0.0;
    double y0 = 0.0;
    double x1 = 0.0;
    double y1 = 0.0;

    double width() const { return x1 - x0; }
    double height() const { return y1 - y0; }
    Point center() const { return {(x0 + x1) / 2, (y0 + y1) / 2}; }
    // Half-open, so that two touching rectangles never both claim a pixel.
    bool contains(Point p) const { return p.x >= x0 && p.x < x1 && p.y >= y0 && p.y < y1; }
};

} // namespace nk::gui::chart
