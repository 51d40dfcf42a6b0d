#include "chart/transform.hpp"

#include <doctest/doctest.h>

#include <initializer_list>
#include <limits>

using namespace nk::gui::chart;

namespace {

const Rect kPlot{100, 50, 500, 250}; // 400 x 200 pixels
const ViewRange kView{0, 10, 0, 100};

void checkPoint(Point actual, Point expected) {
    CHECK(actual.x == doctest::Approx(expected.x));
    CHECK(actual.y == doctest::Approx(expected.y));
}

void checkView(const ViewRange& actual, const ViewRange& expected) {
    CHECK(actual.xMin == doctest::Approx(expected.xMin));
    CHECK(actual.xMax == doctest::Approx(expected.xMax));
    CHECK(actual.yMin == doctest::Approx(expected.yMin));
    CHECK(actual.yMax == doctest::Approx(expected.yMax));
}

} // namespace

TEST_SUITE("chart: transform") {
    TEST_CASE("data to pixel with y up, and back") {
        checkPoint(toPixel(kView, kPlot, {0, 0}), {100, 250});
        checkPoint(toPixel(kView, kPlot, {10, 100}), {500, 50});
        checkPoint(toPixel(kView, kPlot, {5, 50}), {300, 150});
        checkPoint(toPixel(kView, kPlot, {2.5, 75}), {200, 100});
        for (const Point p : {Point{0.1, 3}, Point{-4, 250}, Point{7.77, -12.5}, Point{10, 0}}) {
            checkPoint(toData(kView, kPlot, toPixel(kView, kPlot, p)), p);
            checkPoint(toPixel(kView, kPlot, toData(kView, kPlot, p)), p);
        }
        // A degenerate view maps to the plot's left and bottom edges instead of dividing by 0.
        checkPoint(toPixel(ViewRange{1, 1, 2, 2}, kPlot, {1, 2}), {100, 250});
    }

    TEST_CASE("zoom keeps the data point under the cursor fixed") {
        const Point anchor{2.5, 75};
        const ViewRange z = zoomAround(kView, anchor, 0.5, 0.5);
        CHECK(z.xMin == doctest::Approx(1.25));
        CHECK(z.xMax == doctest::Approx(6.25));
        CHECK(z.yMin == doctest::Approx(37.5));
        CHECK(z.yMax == doctest::Approx(87.5));
        checkPoint(toPixel(z, kPlot, anchor), toPixel(kView, kPlot, anchor));
        // Zooming out keeps it too.
        const ViewRange out = zoomAround(kView, {9, 10}, 1.25, 1.25);
        CHECK(out.width() == doctest::Approx(12.5));
        checkPoint(toPixel(out, kPlot, {9, 10}), toPixel(kView, kPlot, {9, 10}));
    }

    TEST_CASE("zoom on one axis, clamped, or with a bad factor") {
        const ViewRange xOnly = zoomAround(kView, {5, 50}, 0.5, 1.0);
        CHECK(xOnly.width() == doctest::Approx(5));
        CHECK(xOnly.yMin == 0);
        CHECK(xOnly.yMax == 100);
        ZoomLimits limits;
        limits.minWidth = 4;
        limits.maxHeight = 150;
        const ViewRange clamped = zoomAround(kView, {2, 20}, 0.1, 10, limits);
        CHECK(clamped.width() == doctest::Approx(4));
        CHECK(clamped.height() == doctest::Approx(150));
        checkPoint(toPixel(clamped, kPlot, {2, 20}), toPixel(kView, kPlot, {2, 20}));
        for (const double bad : {0.0, -1.0, std::numeric_limits<double>::quiet_NaN(),
                                 std::numeric_limits<double>::infinity()})
            CHECK(zoomAround(kView, {5, 50}, bad, bad) == kView);
    }

    TEST_CASE("pan moves the content with the mouse") {
        // 40 pixels are 1 unit on x; 20 pixels are 10 units on y.
        const ViewRange p = panByPixels(kView, kPlot, 40, 20);
        CHECK(p.xMin == doctest::Approx(-1));
        CHECK(p.xMax == doctest::Approx(9));
        CHECK(p.yMin == doctest::Approx(10));
        CHECK(p.yMax == doctest::Approx(110));
        // What was under the mouse is under the mouse again after it moved.
        const Point grabbed = toData(kView, kPlot, {260, 130});
        checkPoint(toPixel(p, kPlot, grabbed), {300, 150});
    }

    TEST_CASE("fit adds margins and starts at zero") {
        DataBounds b;
        b.add(0, 10);
        b.add(24, 90);
        b.addY(std::numeric_limits<double>::quiet_NaN()); // ignored
        checkView(fitToData(b), {0, 24, 0, 94.5});        // 5 % of 90 on top only

        DataBounds mixed;
        mixed.add(0, -20);
        mixed.add(10, 80);
        checkView(fitToData(mixed), {0, 10, -25, 85});

        FitOptions free;
        free.zeroBaselineY = false;
        checkView(fitToData(b, free), {0, 24, 6, 94});

        DataBounds negative;
        negative.add(0, -50);
        negative.add(1, -10);
        const ViewRange n = fitToData(negative);
        CHECK(n.yMin == doctest::Approx(-52.5));
        CHECK(n.yMax == 0);

        FitOptions withX;
        withX.marginX = 0.1;
        CHECK(fitToData(b, withX).xMin == doctest::Approx(-2.4));
    }

    TEST_CASE("fit of degenerate data") {
        DataBounds zeros;
        zeros.add(0, 0);
        zeros.add(5, 0);
        checkView(fitToData(zeros), {0, 5, 0, 1});

        DataBounds single;
        single.add(3, 5);
        FitOptions free;
        free.zeroBaselineY = false;
        const ViewRange s = fitToData(single, free); // y: 5 -+ 2.5, then 5 % of 5
        CHECK(s.xMin == doctest::Approx(1.5));       // 3 -+ 1.5
        CHECK(s.xMax == doctest::Approx(4.5));
        CHECK(s.yMin == doctest::Approx(2.25));
        CHECK(s.yMax == doctest::Approx(7.75));

        CHECK_FALSE(DataBounds{}.hasX());
        checkView(fitToData(DataBounds{}), {0, 1, 0, 1});
    }
}
