#include "chart/chart_bounds.hpp"
#include "chart/chart_draw.hpp"

#include "chart_fixtures.hpp"
#include "imgui_harness.hpp"

#include <doctest/doctest.h>

#include <cmath>
#include <optional>
#include <vector>

using namespace nk::gui::chart;
using nk::gui::chart::test::sampleModel;
using nk::gui::test::ImGuiHarness;

namespace {

const Rect kRect{20, 20, 620, 420};

// Draws one frame of the chart and returns the vertices it produced.
int drawOnce(ImGuiHarness& imgui, const ChartModel& model, ChartState& state,
             const ChartInput& input = {}, ChartInteraction* result = nullptr) {
    return imgui.frame([&](ImDrawList* list) {
        const ChartInteraction r = drawChart(list, model, state, kRect, input);
        if (result) *result = r;
    });
}

ChartInput hoverAt(Point p) {
    ChartInput input;
    input.mouse = p;
    input.hovered = true;
    return input;
}

const ChartKind kKinds[] = {ChartKind::Line, ChartKind::Band,        ChartKind::StackedArea,
                            ChartKind::Bars, ChartKind::GroupedBars, ChartKind::Tornado};

} // namespace

TEST_SUITE("chart: draw") {
    TEST_CASE("every kind draws its series on top of the axes") {
        ImGuiHarness imgui;
        for (const ChartKind kind : kKinds) {
            CAPTURE(static_cast<int>(kind));
            const ChartModel model = sampleModel(kind);
            ChartState shown;
            const int withSeries = drawOnce(imgui, model, shown);
            // The same legend and view with the series emptied: the same axes, grid,
            // labels and legend, so the difference is the series' drawing.
            ChartModel bare = model;
            for (Series& series : bare.series) {
                series.values.clear();
                series.bands.clear();
            }
            ChartState hidden;
            hidden.view = shown.view;
            hidden.autoFit = false;
            const int axesOnly = drawOnce(imgui, bare, hidden);
            CHECK(axesOnly > 0);                // frame, grid, labels, legend
            CHECK(withSeries >= axesOnly + 24); // six bars at the least
            CHECK(shown.view == *fitView(model, {true, true}));
        }
    }

    TEST_CASE("the wheel narrows the x range around the cursor") {
        ImGuiHarness imgui;
        const ChartModel model = sampleModel(ChartKind::Band);
        ChartState state;
        ChartInteraction first;
        drawOnce(imgui, model, state, {}, &first);
        const ViewRange fit = state.view;
        const Rect plot = first.layout.plot;
        const Point cursor{plot.x0 + plot.width() * 0.25, plot.y0 + plot.height() * 0.5};
        const Point under = toData(state.view, plot, cursor);
        ChartInput input = hoverAt(cursor);
        input.wheel = 2;
        ChartInteraction zoomed;
        drawOnce(imgui, model, state, input, &zoomed);
        CHECK(zoomed.viewChanged);
        CHECK(state.view.width() < fit.width());
        CHECK(state.view.xMin > fit.xMin);
        CHECK(state.view.xMax < fit.xMax);
        CHECK(toData(state.view, plot, cursor).x == doctest::Approx(under.x));
        CHECK(toData(state.view, plot, cursor).y == doctest::Approx(under.y));
    }

    TEST_CASE("a double-click restores the fit") {
        ImGuiHarness imgui;
        const ChartModel model = sampleModel(ChartKind::Line);
        ChartState state;
        ChartInteraction first;
        drawOnce(imgui, model, state, {}, &first);
        const ViewRange fit = state.view;
        const Point center = first.layout.plot.center();
        ChartInput zoom = hoverAt(center);
        zoom.wheel = 3;
        drawOnce(imgui, model, state, zoom);
        ChartInput press = hoverAt(center);
        press.leftPressed = press.leftDown = true;
        drawOnce(imgui, model, state, press);
        ChartInput drag = hoverAt(Point{center.x + 50, center.y + 20});
        drag.leftDown = true;
        drawOnce(imgui, model, state, drag);
        REQUIRE_FALSE(state.view == fit);
        ChartInput twice = hoverAt(center);
        twice.doubleClicked = twice.leftPressed = twice.leftDown = true;
        drawOnce(imgui, model, state, twice);
        CHECK(state.view == fit);
    }

    TEST_CASE("a drag pans the view") {
        ImGuiHarness imgui;
        const ChartModel model = sampleModel(ChartKind::StackedArea);
        ChartState state;
        ChartInteraction first;
        drawOnce(imgui, model, state, {}, &first);
        const ViewRange fit = state.view;
        const Rect plot = first.layout.plot;
        ChartInput press = hoverAt(plot.center());
        press.rightPressed = press.rightDown = true;
        drawOnce(imgui, model, state, press);
        ChartInput move = hoverAt(Point{plot.center().x - plot.width() / 4, plot.center().y});
        move.rightDown = true;
        drawOnce(imgui, model, state, move);
        // A quarter of the plot to the left: a quarter of the range later.
        CHECK(state.view.xMin == doctest::Approx(fit.xMin + fit.width() / 4));
        CHECK(state.view.width() == doctest::Approx(fit.width()));
    }

    TEST_CASE("a click on a legend entry hides the series") {
        ImGuiHarness imgui;
        const ChartModel model = sampleModel(ChartKind::Line);
        ChartState state;
        ChartInteraction first;
        const int both = drawOnce(imgui, model, state, {}, &first);
        REQUIRE(first.legendItems.size() == 2);
        ChartInput click = hoverAt(first.legendItems[1].center());
        click.leftPressed = click.leftDown = true;
        ChartInteraction clicked;
        const int clickFrame = drawOnce(imgui, model, state, click, &clicked);
        CHECK(clickFrame < both); // hidden in the very frame of the click
        CHECK(clicked.toggledSeries == std::optional<std::size_t>(1));
        CHECK_FALSE(state.legend.isVisible("baseline"));
        CHECK(state.legend.isVisible("program"));
        const int one = drawOnce(imgui, model, state);
        CHECK(one < both);
        // The view follows the fit of what is left: the program line alone.
        CHECK(state.view == *fitView(model, {true, false}));
    }

    TEST_CASE("hovering a month reports it and draws the crosshair and tooltip") {
        ImGuiHarness imgui;
        const ChartModel model = sampleModel(ChartKind::Band);
        // Colours nothing else uses, to find the crosshair and the tooltip among vertices.
        ChartStyle style = darkChartStyle();
        style.crosshair = rgba(1, 2, 3, 200);
        style.tooltipBackground = rgba(4, 5, 6, 250);
        ChartState state;
        const auto draw = [&](const ChartInput& input, ChartInteraction& result) {
            std::vector<ImDrawVert> vertices;
            imgui.frame([&](ImDrawList* list) {
                const int before = list->VtxBuffer.Size;
                result = drawChart(list, model, state, kRect, input, style);
                vertices.assign(list->VtxBuffer.begin() + before, list->VtxBuffer.end());
            });
            return vertices;
        };
        const auto countColour = [](const std::vector<ImDrawVert>& vertices, Color colour,
                                    std::optional<double> atX = std::nullopt) {
            int count = 0;
            for (const ImDrawVert& v : vertices)
                if (v.col == colour && (!atX || std::abs(v.pos.x - *atX) < 2)) ++count;
            return count;
        };
        ChartInteraction first;
        const auto idle = draw(ChartInput{}, first);
        CHECK(countColour(idle, style.crosshair) == 0);
        CHECK(countColour(idle, style.tooltipBackground) == 0);

        const Point month5 = toPixel(state.view, first.layout.plot, Point{5.2, 150});
        const double crosshairX = toPixelX(state.view, first.layout.plot, 5.0);
        ChartInteraction hovered;
        const auto withTooltip = draw(hoverAt(month5), hovered);
        CHECK(hovered.hoverIndex == std::optional<std::size_t>(5));
        CHECK(hovered.hoverSeries == std::optional<std::size_t>(0));       // program is 150 there
        CHECK(countColour(withTooltip, style.crosshair, crosshairX) >= 2); // snapped to month 5
        CHECK(countColour(withTooltip, style.tooltipBackground) >= 4);

        ChartInput covered = hoverAt(month5);
        covered.hovered = false;
        ChartInteraction notHovered;
        const auto without = draw(covered, notHovered);
        CHECK_FALSE(notHovered.hoverIndex.has_value());
        CHECK(countColour(without, style.tooltipBackground) == 0);
    }

    TEST_CASE("hovering a tornado row reports the row") {
        ImGuiHarness imgui;
        const ChartModel model = sampleModel(ChartKind::Tornado);
        ChartState state;
        ChartInteraction first;
        drawOnce(imgui, model, state, {}, &first);
        const Point row0 = toPixel(state.view, first.layout.plot, Point{5, tornadoRowY(0, 3)});
        ChartInteraction hovered;
        drawOnce(imgui, model, state, hoverAt(row0), &hovered);
        CHECK(hovered.hoverIndex == std::optional<std::size_t>(0));
    }

    TEST_CASE("nothing to draw in, or nothing to show") {
        ImGuiHarness imgui;
        const ChartModel model = sampleModel(ChartKind::Line);
        ChartState state;
        CHECK(imgui.frame([&](ImDrawList* list) {
            drawChart(list, model, state, Rect{10, 10, 10, 200}, ChartInput{});
        }) == 0);
        ChartModel empty;
        ChartState emptyState;
        ChartInteraction result;
        CHECK(drawOnce(imgui, empty, emptyState, {}, &result) > 0); // axes, no crash
        CHECK(result.layout.valid);
        CHECK(result.legendItems.empty());
    }

    TEST_CASE("a light style paints an opaque background for exports") {
        ImGuiHarness imgui;
        const ChartModel model = sampleModel(ChartKind::Bars);
        ChartState dark;
        ChartState light;
        const int darkVertices = drawOnce(imgui, model, dark);
        const int lightVertices = imgui.frame([&](ImDrawList* list) {
            drawChart(list, model, light, kRect, ChartInput{}, lightChartStyle());
        });
        CHECK(lightVertices == darkVertices + 4); // one more filled rectangle
    }

    TEST_CASE("chartInputFromImGui reads this frame's mouse") {
        ImGuiHarness imgui;
        ImGuiIO& io = ImGui::GetIO();
        io.MousePos = ImVec2(123, 45);
        io.MouseDown[0] = true;
        io.MouseWheel = 1;
        ChartInput input;
        imgui.frame([&](ImDrawList*) { input = chartInputFromImGui(ImGui::GetIO(), true); });
        CHECK(input.mouse.x == doctest::Approx(123));
        CHECK(input.mouse.y == doctest::Approx(45));
        CHECK(input.hovered);
        CHECK(input.wheel == doctest::Approx(1));
        CHECK(input.leftPressed);
        CHECK(input.leftDown);
        CHECK_FALSE(input.rightDown);
        CHECK_FALSE(input.doubleClicked);
    }
}
