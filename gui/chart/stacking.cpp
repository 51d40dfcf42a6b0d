#include "chart/stacking.hpp"

#include <algorithm>
#include <cmath>

namespace nk::gui::chart {

std::vector<StackLayer> stackSeries(const std::vector<std::span<const double>>& values,
                                    const std::vector<bool>& visible) {
    std::size_t points = 0;
    for (const auto& series : values) points = std::max(points, series.size());
    std::vector<double> total(points, 0.0);
    std::vector<StackLayer> layers(values.size());
    for (std::size_t i = 0; i < values.size(); ++i) {
        const bool shown = i < visible.size() ? visible[i] : true;
        layers[i].lower = total;
        for (std::size_t t = 0; t < points && shown; ++t) {
            const double v = t < values[i].size() ? values[i][t] : 0.0;
            if (std::isfinite(v)) total[t] += v;
        }
        layers[i].upper = total;
    }
    return layers;
}

} // namespace nk::gui::chart
