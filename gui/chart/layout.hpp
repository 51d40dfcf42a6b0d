// Where the parts of a chart go inside the rectangle it is given: title, legend, plot
// area and the two axis gutters. Text sizes come from the caller (the draw code measures
// them with the font), so this stays pure math.
#pragma once

#include "chart/geometry.hpp"

namespace nk::gui::chart {

struct LayoutInput {
    Rect outer;                // the whole chart, e.g. a panel's content region or an image
    double lineHeight = 13.0;  // one line of text
    bool hasTitle = false;     // a title line on top
    double legendHeight = 0.0; // from layoutLegend, 0 without a legend
    double yLabelWidth = 0.0;  // the widest label left of the plot
    double padding = 6.0;      // around the chart and between its parts
    double tickLength = 4.0;   // ticks stick out of the plot by this much
};

struct ChartLayout {
    Rect title;         // empty height without a title
    Rect legend;        // empty height without a legend
    Rect plot;          // the data area
    Rect xAxis;         // below the plot: ticks and labels
    Rect yAxis;         // left of the plot: ticks and labels
    bool valid = false; // the plot has room to draw in (more than 4 pixels each way)
};

// From top to bottom: padding, title, legend, plot, x labels, padding; from left to right:
// padding, y labels, ticks, plot, padding. The vertical layout does not depend on
// yLabelWidth, so a caller can lay out once to learn the plot's height, measure the y
// labels that fit it, and lay out again.
ChartLayout layoutChart(const LayoutInput& input);

} // namespace nk::gui::chart
