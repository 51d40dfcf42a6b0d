#include "chart/interaction.hpp"

#include <doctest/doctest.h>

using namespace nk::gui::chart;

namespace {

// A 400 x 200 plot with its gutters and a legend of two entries above it.
InteractionFrame sampleFrame() {
    InteractionFrame frame;
    frame.plot = Rect{100, 50, 500, 250};
    frame.xAxis = Rect{100, 250, 500, 270};
    frame.yAxis = Rect{60, 50, 100, 250};
    frame.legend = layoutLegend({40, 40}, Rect{100, 20, 500, 0});
    frame.legendIds = {"a", "b"};
    frame.fit = ViewRange{0, 10, 0, 100};
    frame.limits.minWidth = 1;
    return frame;
}

ChartInput at(double x, double y) {
    ChartInput input;
    input.mouse = Point{x, y};
    input.hovered = true;
    return input;
}

ChartInput wheel(double x, double y, double notches) {
    ChartInput input = at(x, y);
    input.wheel = notches;
    return input;
}

} // namespace

TEST_SUITE("chart: interaction") {
    TEST_CASE("the view follows the fit until the user moves it") {
        ChartState state;
        InteractionFrame frame = sampleFrame();
        applyInput(state, frame, ChartInput{});
        CHECK(state.view == *frame.fit);
        CHECK(state.autoFit);
        // New data while following: the view follows.
        frame.fit = ViewRange{0, 20, 0, 50};
        CHECK(applyInput(state, frame, ChartInput{}).viewChanged);
        CHECK(state.view == *frame.fit);
    }

    TEST_CASE("the wheel zooms around the cursor") {
        ChartState state;
        const InteractionFrame frame = sampleFrame();
        applyInput(state, frame, ChartInput{});
        const Point cursor{200, 100};
        const Point before = toData(state.view, frame.plot, cursor);
        const InteractionResult r = applyInput(state, frame, wheel(cursor.x, cursor.y, 1));
        CHECK(r.viewChanged);
        CHECK_FALSE(state.autoFit);
        CHECK(state.view.width() == doctest::Approx(10 * kZoomPerNotch));
        CHECK(state.view.height() == doctest::Approx(100 * kZoomPerNotch));
        const Point after = toData(state.view, frame.plot, cursor);
        CHECK(after.x == doctest::Approx(before.x));
        CHECK(after.y == doctest::Approx(before.y));
        // Back out by the same notch.
        applyInput(state, frame, wheel(cursor.x, cursor.y, -1));
        CHECK(state.view.width() == doctest::Approx(10));
    }

    TEST_CASE("the wheel over an axis zooms that axis only and nowhere else") {
        ChartState state;
        const InteractionFrame frame = sampleFrame();
        applyInput(state, frame, ChartInput{});
        applyInput(state, frame, wheel(300, 260, 2)); // x gutter
        CHECK(state.view.width() == doctest::Approx(10 * 0.64));
        CHECK(state.view.height() == doctest::Approx(100));
        applyInput(state, frame, wheel(80, 150, 1)); // y gutter
        CHECK(state.view.height() == doctest::Approx(80));
        const ViewRange settled = state.view;
        applyInput(state, frame, wheel(20, 150, 1)); // outside
        ChartInput away = wheel(300, 150, 1);
        away.hovered = false; // covered by another window
        applyInput(state, frame, away);
        CHECK(state.view == settled);
    }

    TEST_CASE("zoom stops at the limits") {
        ChartState state;
        const InteractionFrame frame = sampleFrame();
        applyInput(state, frame, ChartInput{});
        applyInput(state, frame, wheel(300, 150, 50));
        CHECK(state.view.width() == doctest::Approx(1)); // frame.limits.minWidth
    }

    TEST_CASE("a drag pans until released") {
        ChartState state;
        const InteractionFrame frame = sampleFrame();
        applyInput(state, frame, ChartInput{});
        ChartInput press = at(200, 150);
        press.leftPressed = press.leftDown = true;
        applyInput(state, frame, press);
        CHECK(state.dragging);
        CHECK(state.view == *frame.fit); // pressing alone moves nothing
        ChartInput move = at(240, 170);  // 40 px = 1 unit on x, 20 px = 10 units on y
        move.leftDown = true;
        CHECK(applyInput(state, frame, move).viewChanged);
        CHECK(state.view.xMin == doctest::Approx(-1));
        CHECK(state.view.yMin == doctest::Approx(10));
        CHECK_FALSE(state.autoFit);
        // Outside the plot while held: the drag goes on.
        ChartInput outside = at(280, 170);
        outside.leftDown = true;
        outside.hovered = false;
        applyInput(state, frame, outside);
        CHECK(state.view.xMin == doctest::Approx(-2));
        const ViewRange released = state.view;
        applyInput(state, frame, at(300, 200)); // button up
        CHECK_FALSE(state.dragging);
        applyInput(state, frame, at(350, 220));
        CHECK(state.view == released);
    }

    TEST_CASE("a drag on an axis gutter pans that axis only") {
        ChartState state;
        const InteractionFrame frame = sampleFrame();
        applyInput(state, frame, ChartInput{});
        ChartInput press = at(200, 260);
        press.rightPressed = press.rightDown = true;
        applyInput(state, frame, press);
        ChartInput move = at(160, 300);
        move.rightDown = true;
        applyInput(state, frame, move);
        CHECK(state.view.xMin == doctest::Approx(1));
        CHECK(state.view.yMin == doctest::Approx(0));
        // And on the y gutter, y only.
        move.rightDown = false;
        applyInput(state, frame, move);
        ChartInput pressY = at(80, 150);
        pressY.leftPressed = pressY.leftDown = true;
        applyInput(state, frame, pressY);
        ChartInput moveY = at(120, 170);
        moveY.leftDown = true;
        applyInput(state, frame, moveY);
        CHECK(state.view.xMin == doctest::Approx(1));
        CHECK(state.view.yMin == doctest::Approx(10));
    }

    TEST_CASE("a double-click restores the fit and following") {
        ChartState state;
        InteractionFrame frame = sampleFrame();
        applyInput(state, frame, ChartInput{});
        applyInput(state, frame, wheel(200, 100, 3));
        frame.fit = ViewRange{0, 12, 0, 120}; // data changed meanwhile: the view stays
        applyInput(state, frame, ChartInput{});
        CHECK_FALSE(state.view == *frame.fit);
        ChartInput twice = at(300, 150);
        twice.doubleClicked = twice.leftPressed = twice.leftDown = true;
        CHECK(applyInput(state, frame, twice).viewChanged);
        CHECK(state.view == *frame.fit);
        CHECK(state.autoFit);
        state.view = ViewRange{};
        state.autoFit = false;
        state.requestFit();
        applyInput(state, frame, ChartInput{});
        CHECK(state.view == *frame.fit);
    }

    TEST_CASE("a click on a legend entry toggles that series and nothing else") {
        ChartState state;
        const InteractionFrame frame = sampleFrame();
        applyInput(state, frame, ChartInput{});
        ChartInput click = at(frame.legend.items[1].center().x, frame.legend.items[1].center().y);
        click.leftPressed = click.leftDown = true;
        const InteractionResult r = applyInput(state, frame, click);
        CHECK(r.toggled == std::optional<std::size_t>(1));
        CHECK_FALSE(state.legend.isVisible("b"));
        CHECK(state.legend.isVisible("a"));
        CHECK_FALSE(state.dragging);
        applyInput(state, frame, click);
        CHECK(state.legend.isVisible("b"));
        // A right click does not toggle.
        click.leftPressed = false;
        click.rightPressed = true;
        CHECK_FALSE(applyInput(state, frame, click).toggled.has_value());
    }
}
