// The chart's drawing interface over its back ends: one chart model drawn through the
// ImDrawList canvas (the app) and the Cairo canvas (the PDF report) gives the same
// primitives in the same order, and each back end really draws them.
#include "chart/chart_draw_canvas.hpp"
#include "chart/chart_render.hpp"
#include "report/cairo_canvas.hpp"

#include "chart_fixtures.hpp"
#include "imgui_harness.hpp"
#include "recording_canvas.hpp"

#include <cairo.h>
#include <doctest/doctest.h>

#include <memory>

using namespace nk::gui::chart;
using nk::gui::chart::test::Primitive;
using nk::gui::chart::test::RecordingCanvas;
using nk::gui::chart::test::sampleModel;
using nk::gui::test::ImGuiHarness;

namespace {

const Rect kRect{10, 10, 610, 410};

const ChartKind kKinds[] = {ChartKind::Line, ChartKind::Band,        ChartKind::StackedArea,
                            ChartKind::Bars, ChartKind::GroupedBars, ChartKind::Tornado};

// A hover in the middle of the plot, so the crosshair and tooltip are drawn too.
ChartInput hoverInMiddle() {
    ChartInput input;
    input.mouse = kRect.center();
    input.hovered = true;
    return input;
}

std::vector<Primitive> record(const ChartModel& model, Canvas* backEnd) {
    RecordingCanvas recorder(backEnd);
    ChartState state;
    renderChart(recorder, model, state, kRect, hoverInMiddle(), lightChartStyle());
    return recorder.primitives;
}

// Pixels inside `area` of a white-cleared ARGB image that are no longer white.
int paintedPixels(cairo_surface_t* surface, const Rect& area) {
    cairo_surface_flush(surface);
    const unsigned char* data = cairo_image_surface_get_data(surface);
    const int stride = cairo_image_surface_get_stride(surface);
    int painted = 0;
    for (int y = static_cast<int>(area.y0); y < static_cast<int>(area.y1); ++y)
        for (int x = static_cast<int>(area.x0); x < static_cast<int>(area.x1); ++x) {
            const auto* pixel = reinterpret_cast<const std::uint32_t*>(data + y * stride) + x;
            painted += (*pixel & 0x00FFFFFFu) != 0x00FFFFFFu;
        }
    return painted;
}

} // namespace

TEST_SUITE("chart: canvas back ends") {
    TEST_CASE("every kind gives the same primitives in the same order on both back ends") {
        ImGuiHarness imgui;
        for (const ChartKind kind : kKinds) {
            CAPTURE(static_cast<int>(kind));
            const ChartModel model = sampleModel(kind);
            const std::vector<Primitive> plain = record(model, nullptr);
            REQUIRE(plain.size() > 20);

            std::vector<Primitive> onImGui;
            int clipDepthBefore = 0;
            int clipDepthAfter = 0;
            const int vertices = imgui.frame([&](ImDrawList* list) {
                ImDrawListCanvas canvas(*list, *ImGui::GetFont(), ImGui::GetFontSize());
                clipDepthBefore = list->_ClipRectStack.Size;
                onImGui = record(model, &canvas);
                clipDepthAfter = list->_ClipRectStack.Size;
            });
            CHECK(onImGui == plain);
            CHECK(vertices > 100);
            CHECK(clipDepthAfter == clipDepthBefore);

            const std::unique_ptr<cairo_surface_t, decltype(&cairo_surface_destroy)> surface(
                cairo_image_surface_create(CAIRO_FORMAT_RGB24, 620, 420), cairo_surface_destroy);
            const std::unique_ptr<cairo_t, decltype(&cairo_destroy)> cr(cairo_create(surface.get()),
                                                                        cairo_destroy);
            cairo_set_source_rgb(cr.get(), 1, 1, 1);
            cairo_paint(cr.get());
            std::vector<Primitive> onCairo;
            {
                nk::gui::report::CairoCanvas canvas(cr.get(), 10.0);
                onCairo = record(model, &canvas);
            }
            CHECK(onCairo == plain);
            CHECK(cairo_status(cr.get()) == CAIRO_STATUS_SUCCESS);
            // The series land inside the plot, whose background alone is near white.
            ChartState state;
            RecordingCanvas probe;
            const ChartInteraction drawn =
                renderChart(probe, model, state, kRect, {}, lightChartStyle());
            CHECK(paintedPixels(surface.get(), drawn.layout.plot) >
                  static_cast<int>(drawn.layout.plot.width() * drawn.layout.plot.height() / 50));
        }
    }

    TEST_CASE("clips nest on the Cairo canvas: nothing lands outside the inner clip") {
        const std::unique_ptr<cairo_surface_t, decltype(&cairo_surface_destroy)> surface(
            cairo_image_surface_create(CAIRO_FORMAT_RGB24, 100, 100), cairo_surface_destroy);
        const std::unique_ptr<cairo_t, decltype(&cairo_destroy)> cr(cairo_create(surface.get()),
                                                                    cairo_destroy);
        cairo_set_source_rgb(cr.get(), 1, 1, 1);
        cairo_paint(cr.get());
        nk::gui::report::CairoCanvas canvas(cr.get(), 10.0);
        canvas.pushClip(Rect{0, 0, 60, 60});
        canvas.pushClip(Rect{20, 20, 100, 100});
        canvas.fillRect(Rect{0, 0, 100, 100}, rgba(0, 0, 0), 0.0);
        canvas.popClip();
        canvas.popClip();
        CHECK(paintedPixels(surface.get(), Rect{20, 20, 60, 60}) == 40 * 40);
        CHECK(paintedPixels(surface.get(), Rect{0, 0, 100, 100}) == 40 * 40);
    }
}
