#include "chart/chart_bounds.hpp"

#include "chart/stacking.hpp"

#include <algorithm>
#include <cmath>
#include <span>

namespace nk::gui::chart {

namespace {

bool shown(const std::vector<bool>& visible, std::size_t i) {
    return i < visible.size() ? visible[i] : true;
}

std::vector<StackLayer> stackOf(const ChartModel& model, const std::vector<bool>& visible) {
    std::vector<std::span<const double>> values;
    values.reserve(model.series.size());
    for (const Series& series : model.series) values.emplace_back(series.values);
    return stackSeries(values, visible);
}

// Adds value-axis extents (y, or x for Tornado) of visible series over points [0, n).
void addValues(DataBounds& bounds, bool onX, double value) {
    if (onX)
        bounds.addX(value);
    else
        bounds.addY(value);
}

} // namespace

double tornadoRowY(std::size_t row, std::size_t rows) {
    return static_cast<double>(rows) - 1.0 - static_cast<double>(row);
}

DataBounds dataBounds(const ChartModel& model, const std::vector<bool>& visible) {
    DataBounds bounds;
    const std::size_t points = pointCount(model);
    const bool tornado = model.kind == ChartKind::Tornado;
    const auto add = [&](double value) { addValues(bounds, tornado, value); };
    if (model.kind == ChartKind::Scatter) {
        for (std::size_t i = 0; i < model.series.size(); ++i) {
            if (!shown(visible, i)) continue;
            const Series& series = model.series[i];
            for (std::size_t k = 0; k < series.values.size() && k < series.x.size(); ++k) {
                if (!std::isfinite(series.x[k]) || !std::isfinite(series.values[k])) continue;
                bounds.addX(series.x[k]);
                bounds.addY(series.values[k]);
            }
        }
        return bounds.hasX() ? bounds : DataBounds{};
    }
    if (model.kind == ChartKind::StackedArea || model.kind == ChartKind::Bars) {
        const auto layers = stackOf(model, visible);
        for (std::size_t i = 0; i < layers.size(); ++i) {
            if (!shown(visible, i)) continue;
            for (std::size_t t = 0; t < model.series[i].values.size(); ++t) {
                add(layers[i].lower[t]);
                add(layers[i].upper[t]);
            }
        }
    } else {
        for (std::size_t i = 0; i < model.series.size(); ++i) {
            if (!shown(visible, i)) continue;
            const Series& series = model.series[i];
            for (const double v : series.values) add(v);
            const bool drawsBands = model.kind == ChartKind::Band ||
                                    model.kind == ChartKind::Tornado ||
                                    model.kind == ChartKind::GroupedBars;
            if (!drawsBands) continue;
            for (const BandLayer& band : series.bands) {
                for (const double v : band.lower) add(v);
                for (const double v : band.upper) add(v);
            }
        }
    }
    // Without a finite value of a visible series there is nothing to fit.
    const bool any = tornado ? bounds.hasX() : bounds.hasY();
    if (!any || points == 0) return DataBounds{};
    if (isCategorical(model.kind)) {
        const double last = static_cast<double>(points) - 0.5;
        if (tornado) {
            bounds.addY(-0.5);
            bounds.addY(last);
        } else {
            bounds.addX(-0.5);
            bounds.addX(last);
        }
    } else {
        bounds.addX(0.0);
        bounds.addX(static_cast<double>(points - 1));
    }
    return bounds;
}

FitOptions fitOptions(ChartKind kind) {
    FitOptions options;
    if (kind == ChartKind::Tornado) {
        options.marginX = 0.05;
        options.zeroBaselineX = true;
        options.marginY = 0.0;
        options.zeroBaselineY = false;
    }
    if (kind == ChartKind::Scatter) {
        options.marginX = 0.05;
        options.zeroBaselineY = false;
    }
    return options;
}

std::optional<ViewRange> fitView(const ChartModel& model, const std::vector<bool>& visible) {
    const DataBounds bounds = dataBounds(model, visible);
    if (!bounds.hasX() || !bounds.hasY()) return std::nullopt;
    return fitToData(bounds, fitOptions(model.kind));
}

ZoomLimits zoomLimits(const ChartModel& model, const ViewRange& fit) {
    ZoomLimits limits;
    limits.minWidth = std::max(fit.width() * 1e-3, 1e-9);
    limits.minHeight = std::max(fit.height() * 1e-3, 1e-9);
    limits.maxWidth = fit.width() * 1e3;
    limits.maxHeight = fit.height() * 1e3;
    if (model.kind == ChartKind::Tornado)
        limits.minHeight = std::max(limits.minHeight, 1.0);
    else if (model.kind != ChartKind::Scatter)
        limits.minWidth = std::max(limits.minWidth, 1.0);
    return limits;
}

} // namespace nk::gui::chart
