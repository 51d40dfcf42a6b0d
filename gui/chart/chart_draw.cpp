#include "chart/chart_draw.hpp"

#include "chart/chart_draw_canvas.hpp"

#include <imgui.h>

namespace nk::gui::chart {

ChartInteraction drawChart(ImDrawList* list, const ChartModel& model, ChartState& state,
                           const Rect& rect, const ChartInput& input, const ChartStyle& style) {
    if (list == nullptr) return {};
    ImDrawListCanvas canvas(*list, *ImGui::GetFont(), ImGui::GetFontSize());
    return renderChart(canvas, model, state, rect, input, style);
}

ChartInput chartInputFromImGui(const ImGuiIO& io, bool hovered) {
    ChartInput input;
    input.mouse = Point{io.MousePos.x, io.MousePos.y};
    input.hovered = hovered;
    input.wheel = io.MouseWheel;
    input.leftPressed = io.MouseClicked[ImGuiMouseButton_Left];
    input.rightPressed = io.MouseClicked[ImGuiMouseButton_Right];
    input.leftDown = io.MouseDown[ImGuiMouseButton_Left];
    input.rightDown = io.MouseDown[ImGuiMouseButton_Right];
    input.doubleClicked = io.MouseDoubleClicked[ImGuiMouseButton_Left];
    return input;
}

} // namespace nk::gui::chart
