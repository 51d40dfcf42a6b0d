#include "chart/chart_model.hpp"

#include <algorithm>
#include <array>

namespace nk::gui::chart {

Color paletteColor(std::size_t index) {
    static constexpr std::array<Color, 8> kPalette{
        rgba(0, 114, 178),  rgba(230, 159, 0),   rgba(0, 158, 115),  rgba(213, 94, 0),
        rgba(86, 180, 233), rgba(204, 121, 167), rgba(240, 228, 66), rgba(150, 150, 150),
    };
    return kPalette[index % kPalette.size()];
}

bool isCategorical(ChartKind kind) {
    return kind == ChartKind::Bars || kind == ChartKind::GroupedBars || kind == ChartKind::Tornado;
}

std::vector<bool> visibleSeries(const ChartModel& model, const LegendState& legend) {
    std::vector<bool> visible;
    visible.reserve(model.series.size());
    for (const Series& series : model.series) visible.push_back(legend.isVisible(series.id));
    return visible;
}

std::size_t pointCount(const ChartModel& model) {
    std::size_t count = isCategorical(model.kind) ? model.categories.size() : 0;
    for (const Series& series : model.series) count = std::max(count, series.values.size());
    return count;
}

AxisFormatter valueFormatter(const ChartModel& model) {
    return model.valueFormat ? model.valueFormat : countAxis(model.language);
}

AxisFormatter xFormatter(const ChartModel& model) {
    return model.xFormat ? model.xFormat : countAxis(model.language);
}

} // namespace nk::gui::chart
