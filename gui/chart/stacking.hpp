// Cumulative stacking for stacked areas and stacked bars.
#pragma once

#include <span>
#include <vector>

namespace nk::gui::chart {

// One series' slice of the stack at each point: it is drawn from lower to upper.
struct StackLayer {
    std::vector<double> lower;
    std::vector<double> upper;
};

// Stacks the series in order: layer i starts where the visible layers before it end. A
// hidden series keeps its layer, with zero thickness at the running total, so that layer
// indices stay the series' indices. Every layer has as many points as the longest series;
// a missing or non-finite value counts as 0. Values are summed as they are, so a negative
// value draws its layer downwards from the running total.
std::vector<StackLayer> stackSeries(const std::vector<std::span<const double>>& values,
                                    const std::vector<bool>& visible);

} // namespace nk::gui::chart
