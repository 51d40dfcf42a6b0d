#include "chart/interaction.hpp"

#include <cmath>

namespace nk::gui::chart {

void followFit(ChartState& state, const std::optional<ViewRange>& fit) {
    if (state.autoFit && fit) state.view = *fit;
}

InteractionResult applyInput(ChartState& state, const InteractionFrame& frame,
                             const ChartInput& input) {
    InteractionResult result;
    const ViewRange before = state.view;
    followFit(state, frame.fit);
    const Point mouse = input.mouse;
    const bool inPlot = input.hovered && frame.plot.contains(mouse);
    const bool onX = input.hovered && frame.xAxis.contains(mouse);
    const bool onY = input.hovered && frame.yAxis.contains(mouse);

    if (input.leftPressed && input.hovered) {
        if (const auto entry = legendEntryAt(frame.legend, mouse);
            entry && *entry < frame.legendIds.size()) {
            state.legend.toggle(frame.legendIds[*entry]);
            result.toggled = entry;
            result.viewChanged = !(state.view == before);
            return result;
        }
    }

    if (input.doubleClicked && (inPlot || onX || onY) && frame.fit) {
        state.view = *frame.fit;
        state.autoFit = true;
        state.dragging = false;
    } else {
        if (input.wheel != 0 && (inPlot || onX || onY)) {
            const double factor = std::pow(kZoomPerNotch, input.wheel);
            const Point anchor = toData(state.view, frame.plot, mouse);
            state.view = zoomAround(state.view, anchor, inPlot || onX ? factor : 1.0,
                                    inPlot || onY ? factor : 1.0, frame.limits);
            state.autoFit = false;
        }
        if ((input.leftPressed || input.rightPressed) && (inPlot || onX || onY)) {
            state.dragging = true;
            state.dragX = inPlot || onX;
            state.dragY = inPlot || onY;
            state.dragLast = mouse;
        }
        if (state.dragging && !(input.leftDown || input.rightDown)) state.dragging = false;
        if (state.dragging) {
            const double dx = state.dragX ? mouse.x - state.dragLast.x : 0.0;
            const double dy = state.dragY ? mouse.y - state.dragLast.y : 0.0;
            if (dx != 0 || dy != 0) {
                state.view = panByPixels(state.view, frame.plot, dx, dy);
                state.autoFit = false;
            }
            state.dragLast = mouse;
        }
    }
    result.viewChanged = !(state.view == before);
    return result;
}

} // namespace nk::gui::chart
