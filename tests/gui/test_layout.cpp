#include "chart/layout.hpp"

#include <doctest/doctest.h>

using namespace nk::gui::chart;

namespace {

void checkRect(const Rect& r, double x0, double y0, double x1, double y1) {
    CHECK(r.x0 == doctest::Approx(x0));
    CHECK(r.y0 == doctest::Approx(y0));
    CHECK(r.x1 == doctest::Approx(x1));
    CHECK(r.y1 == doctest::Approx(y1));
}

} // namespace

TEST_SUITE("chart: layout") {
    TEST_CASE("title, legend, plot and gutters stack inside the rectangle") {
        LayoutInput in;
        in.outer = Rect{0, 0, 400, 300};
        in.lineHeight = 13;
        in.hasTitle = true;
        in.legendHeight = 20;
        in.yLabelWidth = 50;
        in.padding = 6;
        in.tickLength = 4;
        const ChartLayout l = layoutChart(in);
        CHECK(l.valid);
        checkRect(l.title, 6, 6, 394, 19);
        checkRect(l.legend, 6, 25, 394, 45);
        checkRect(l.plot, 60, 51, 394, 277);
        checkRect(l.xAxis, 60, 277, 394, 294);
        checkRect(l.yAxis, 6, 51, 60, 277);
    }

    TEST_CASE("without title and legend the plot starts at the padding") {
        LayoutInput in;
        in.outer = Rect{100, 100, 500, 400};
        const ChartLayout l = layoutChart(in);
        CHECK(l.plot.y0 == doctest::Approx(106));
        CHECK(l.title.height() == 0);
        CHECK(l.legend.height() == 0);
    }

    TEST_CASE("the vertical layout does not depend on the y labels' width") {
        LayoutInput in;
        in.outer = Rect{0, 0, 400, 300};
        in.hasTitle = true;
        const ChartLayout narrow = layoutChart(in);
        in.yLabelWidth = 120;
        const ChartLayout wide = layoutChart(in);
        CHECK(narrow.plot.y0 == wide.plot.y0);
        CHECK(narrow.plot.y1 == wide.plot.y1);
        CHECK(wide.plot.x0 == doctest::Approx(narrow.plot.x0 + 120));
    }

    TEST_CASE("a rectangle too small to plot in is not valid") {
        LayoutInput in;
        in.outer = Rect{0, 0, 30, 30};
        CHECK_FALSE(layoutChart(in).valid);
    }
}
