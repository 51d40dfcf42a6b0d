// The scatter kind (the Decide tab's budget frontier): bounds from each point's x, the
// nearest point under the mouse, dots and a joined line through the canvas, and the
// tooltip heading the point's x.
#include "recording_canvas.hpp"

#include "chart/chart_bounds.hpp"
#include "chart/chart_render.hpp"
#include "chart/hit.hpp"

#include <doctest/doctest.h>

#include <algorithm>

using namespace nk::gui::chart;

namespace {

ChartModel frontier() {
    ChartModel m;
    m.kind = ChartKind::Scatter;
    Series plans;
    plans.id = "plans";
    plans.x = {100.0, 200.0, 300.0};
    plans.values = {1.0, 3.0, 2.0};
    Series line;
    line.id = "efficient";
    line.x = {100.0, 200.0};
    line.values = {1.0, 3.0};
    line.joined = true;
    m.series = {plans, line};
    return m;
}

} // namespace

TEST_CASE("scatter: bounds come from the points' x, not their index") {
    const DataBounds b = dataBounds(frontier(), {true, true});
    CHECK(b.xMin == 100.0);
    CHECK(b.xMax == 300.0);
    CHECK(b.yMin == 1.0);
    CHECK(b.yMax == 3.0);
    CHECK_FALSE(dataBounds(frontier(), {false, false}).hasX());
}

TEST_CASE("scatter: the nearest point within reach, the later series on a tie") {
    const ChartModel m = frontier();
    const ViewRange view{0.0, 400.0, 0.0, 4.0};
    const Rect plot{0.0, 0.0, 400.0, 400.0};
    const Point atSecond = toPixel(view, plot, Point{200.0, 3.0});
    const auto hit = nearestScatterPoint(m, {true, true}, view, plot, atSecond, 12.0);
    REQUIRE(hit);
    CHECK(hit->series == 1); // the efficient line's point lies over the plan's
    CHECK(hit->index == 1);
    const auto onlyPlans = nearestScatterPoint(m, {true, false}, view, plot, atSecond, 12.0);
    REQUIRE(onlyPlans);
    CHECK(onlyPlans->series == 0);
    CHECK_FALSE(
        nearestScatterPoint(m, {true, true}, view, plot, Point{atSecond.x + 50, atSecond.y}, 12.0));
}

TEST_CASE("scatter: dots for every point, a line through the joined series, x in the tooltip") {
    ChartModel m = frontier();
    m.xFormat = [](double x, double) { return "x=" + std::to_string(static_cast<int>(x)); };
    test::RecordingCanvas canvas;
    ChartState state;
    const Rect rect{0.0, 0.0, 500.0, 400.0};
    renderChart(canvas, m, state, rect, ChartInput{}, darkChartStyle());
    const auto count = [&](const std::string& kind) {
        return std::count_if(canvas.primitives.begin(), canvas.primitives.end(),
                             [&](const test::Primitive& p) { return p.kind == kind; });
    };
    CHECK(count("fillCircle") == 5);
    CHECK(count("polyline") >= 1);
    // Hovering the middle plan heads the tooltip with its x.
    const ChartInteraction drawn =
        renderChart(canvas, m, state, rect, ChartInput{}, darkChartStyle());
    const Point at = toPixel(state.view, drawn.layout.plot, Point{300.0, 2.0});
    ChartInput input;
    input.mouse = at;
    input.hovered = true;
    canvas.primitives.clear();
    const ChartInteraction hovered = renderChart(canvas, m, state, rect, input, darkChartStyle());
    REQUIRE(hovered.hoverSeries);
    CHECK(*hovered.hoverSeries == 0);
    CHECK(hovered.hoverIndex == std::size_t{2});
    CHECK(std::any_of(canvas.primitives.begin(), canvas.primitives.end(),
                      [](const test::Primitive& p) { return p.text == "x=300"; }));
}

TEST_CASE("tornado with whiskers: a bar from zero to the estimate and its interval") {
    ChartModel m;
    m.kind = ChartKind::Tornado;
    m.categories = {"a"};
    Series s;
    s.id = "st";
    s.values = {0.5};
    s.bands = {BandLayer{{0.2}, {0.9}}};
    s.whisker = true;
    m.series = {s};
    test::RecordingCanvas canvas;
    ChartState state;
    renderChart(canvas, m, state, Rect{0.0, 0.0, 400.0, 200.0}, ChartInput{}, darkChartStyle());
    const auto lines = std::count_if(
        canvas.primitives.begin(), canvas.primitives.end(), [](const test::Primitive& p) {
            return p.kind == "line" && p.color == darkChartStyle().text;
        });
    CHECK(lines == 3); // the whisker and its two caps
    const DataBounds b = dataBounds(m, {true});
    CHECK(b.xMin == 0.2);
    CHECK(b.xMax == 0.9);
}
