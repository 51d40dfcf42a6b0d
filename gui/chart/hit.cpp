#include "chart/hit.hpp"

#include "chart/stacking.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <span>

namespace nk::gui::chart {

namespace {

double at(const std::vector<double>& values, std::size_t index) {
    return index < values.size() ? values[index] : std::numeric_limits<double>::quiet_NaN();
}

} // namespace

std::optional<std::size_t> nearestIndex(double position, std::size_t count) {
    if (count == 0 || !std::isfinite(position)) return std::nullopt;
    if (position < -0.5 || position > static_cast<double>(count) - 0.5) return std::nullopt;
    const double rounded = std::clamp(std::round(position), 0.0, static_cast<double>(count - 1));
    return static_cast<std::size_t>(rounded);
}

std::optional<std::size_t> nearestMonth(const ViewRange& view, const Rect& plot, double pixelX,
                                        std::size_t count) {
    return nearestIndex(toDataX(view, plot, pixelX), count);
}

std::vector<HoverValue> hoverValues(const ChartModel& model, const std::vector<bool>& visible,
                                    std::size_t index) {
    const bool stacked = model.kind == ChartKind::StackedArea || model.kind == ChartKind::Bars;
    std::vector<StackLayer> layers;
    if (stacked) {
        std::vector<std::span<const double>> values;
        for (const Series& series : model.series) values.emplace_back(series.values);
        layers = stackSeries(values, visible);
    }
    std::vector<HoverValue> out;
    for (std::size_t i = 0; i < model.series.size(); ++i) {
        if (i < visible.size() && !visible[i]) continue;
        const Series& series = model.series[i];
        HoverValue hover;
        hover.series = i;
        hover.value = at(series.values, index);
        if (!series.bands.empty()) {
            hover.bandLower = at(series.bands.front().lower, index);
            hover.bandUpper = at(series.bands.front().upper, index);
            hover.hasBand = std::isfinite(hover.bandLower) && std::isfinite(hover.bandUpper);
        }
        if (stacked) {
            hover.from = at(layers[i].lower, index);
            hover.to = at(layers[i].upper, index);
        } else if (model.kind == ChartKind::GroupedBars) {
            hover.from = 0.0;
            hover.to = hover.value;
        } else if (model.kind == ChartKind::Tornado) {
            hover.from = hover.hasBand ? hover.bandLower : 0.0;
            hover.to = hover.hasBand ? hover.bandUpper : hover.value;
        } else {
            hover.from = hover.to = hover.value;
        }
        if (hover.from > hover.to) std::swap(hover.from, hover.to);
        out.push_back(hover);
    }
    return out;
}

std::optional<std::size_t> entryAt(const std::vector<HoverValue>& values, double position) {
    std::optional<std::size_t> best;
    double bestDistance = std::numeric_limits<double>::infinity();
    for (std::size_t i = 0; i < values.size(); ++i) {
        const HoverValue& v = values[i];
        if (!std::isfinite(v.from) || !std::isfinite(v.to)) continue;
        const double distance = position < v.from ? v.from - position
                                : position > v.to ? position - v.to
                                                  : 0.0;
        // Ties go to the later entry: on a stack it is drawn on top of the earlier one.
        if (distance <= bestDistance) {
            bestDistance = distance;
            best = i;
        }
    }
    return best;
}

std::optional<ScatterHit> nearestScatterPoint(const ChartModel& model,
                                              const std::vector<bool>& visible,
                                              const ViewRange& view, const Rect& plot,
                                              const Point& mouse, double maxPixels) {
    std::optional<ScatterHit> best;
    double bestDistance = maxPixels;
    for (std::size_t i = 0; i < model.series.size(); ++i) {
        if (i < visible.size() && !visible[i]) continue;
        const Series& s = model.series[i];
        for (std::size_t k = 0; k < s.values.size() && k < s.x.size(); ++k) {
            if (!std::isfinite(s.x[k]) || !std::isfinite(s.values[k])) continue;
            const Point p = toPixel(view, plot, Point{s.x[k], s.values[k]});
            const double d = std::hypot(p.x - mouse.x, p.y - mouse.y);
            if (d <= bestDistance) {
                bestDistance = d;
                best = ScatterHit{i, k};
            }
        }
    }
    return best;
}

} // namespace nk::gui::chart
