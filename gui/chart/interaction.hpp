// The mouse's effect on a chart, as pure state changes: a legend click toggles a series,
// the wheel zooms around the cursor, a left or right drag pans, a double-click fits (the
// Tracy and ImPlot gestures). Over an axis gutter, the wheel and drags act on that axis
// only. The caller fills ChartInput from whatever it has (ImGui's IO, a test, a replay).
#pragma once

#include "chart/geometry.hpp"
#include "chart/legend.hpp"
#include "chart/transform.hpp"

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace nk::gui::chart {

struct ChartInput {
    Point mouse;
    bool hovered = false;       // the chart is under the mouse and nothing covers it
    double wheel = 0.0;         // notches this frame; positive (away from the user) zooms in
    bool leftPressed = false;   // went down this frame
    bool rightPressed = false;  // went down this frame
    bool leftDown = false;      // held
    bool rightDown = false;     // held
    bool doubleClicked = false; // left button, this frame
};

// What a chart remembers between frames. Plain data: the panel that owns the chart keeps
// one per chart.
struct ChartState {
    ViewRange view;
    // The view follows the data's fit (new results, a toggled series) until the user zooms
    // or pans; a double-click or requestFit() makes it follow again.
    bool autoFit = true;
    LegendState legend;
    bool dragging = false;
    bool dragX = true; // the drag pans x
    bool dragY = true; // the drag pans y
    Point dragLast;

    void requestFit() { autoFit = true; }
};

// Where things are this frame.
struct InteractionFrame {
    Rect plot;
    Rect xAxis;
    Rect yAxis;
    LegendLayout legend;
    std::vector<std::string> legendIds; // the series id of each legend entry
    std::optional<ViewRange> fit;       // nullopt: nothing to fit, the view stays
    ZoomLimits limits;
};

struct InteractionResult {
    bool viewChanged = false;
    std::optional<std::size_t> toggled; // the legend entry clicked
};

// One wheel notch scales the view's spans by this factor (in; its inverse out).
inline constexpr double kZoomPerNotch = 0.8;

// Sets the view to the fit while the state follows it.
void followFit(ChartState& state, const std::optional<ViewRange>& fit);

// Applies one frame of input, in this order: a click on a legend entry (and nothing else),
// a double-click fit, the wheel, a drag.
InteractionResult applyInput(ChartState& state, const InteractionFrame& frame,
                             const ChartInput& input);

} // namespace nk::gui::chart
