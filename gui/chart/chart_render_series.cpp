// The series painters, one per chart kind.
#include "chart/chart_bounds.hpp"
#include "chart/chart_render_internal.hpp"
#include "chart/stacking.hpp"

#include <algorithm>
#include <cmath>
#include <span>

namespace nk::gui::chart::detail {

namespace {

// Bars fill this much of a category's width (or a Tornado row's height).
constexpr double kGroupWidth = 0.8;

bool shown(const SeriesContext& ctx, std::size_t i) {
    return i < ctx.visible.size() ? ctx.visible[i] : true;
}

std::size_t visibleCount(const SeriesContext& ctx) {
    std::size_t count = 0;
    for (std::size_t i = 0; i < ctx.model.series.size(); ++i) count += shown(ctx, i) ? 1 : 0;
    return count;
}

double valueAt(const std::vector<double>& values, std::size_t t) {
    return t < values.size() ? values[t] : std::nan("");
}

// The indices worth drawing: those inside the view plus one on each side, so that lines
// leave the plot at its edge instead of stopping short.
struct IndexRange {
    std::size_t first = 0;
    std::size_t last = 0; // exclusive
};

IndexRange indexRange(const ViewRange& view, std::size_t count) {
    if (count == 0) return {};
    const double lo = std::clamp(std::floor(view.xMin) - 1, 0.0, static_cast<double>(count));
    const double hi = std::clamp(std::ceil(view.xMax) + 2, 0.0, static_cast<double>(count));
    return {static_cast<std::size_t>(lo), static_cast<std::size_t>(hi)};
}

Point pixel(const SeriesContext& ctx, double x, double y) {
    return toPixel(ctx.view, ctx.plot, Point{x, y});
}

// A polyline over months, broken where a value is missing; a lone point becomes a dot.
void drawLine(const SeriesContext& ctx, const std::vector<double>& values, Color color,
              double thickness) {
    const IndexRange range = indexRange(ctx.view, values.size());
    std::vector<Point> run;
    const auto flush = [&] {
        if (run.size() == 1) ctx.canvas.fillCircle(run.front(), thickness * 1.5, color);
        if (run.size() > 1) ctx.canvas.polyline(run, color, thickness);
        run.clear();
    };
    for (std::size_t t = range.first; t < range.last; ++t) {
        if (!std::isfinite(values[t])) {
            flush();
            continue;
        }
        run.push_back(pixel(ctx, static_cast<double>(t), values[t]));
    }
    flush();
}

// The area between two month series, as one quad per month step (the canvas fills them
// so that neighbouring quads meet without seams under a translucent colour).
void fillBetween(const SeriesContext& ctx, const std::vector<double>& lower,
                 const std::vector<double>& upper, Color color) {
    const std::size_t count = std::min(lower.size(), upper.size());
    const IndexRange range = indexRange(ctx.view, count);
    for (std::size_t t = range.first; t + 1 < range.last; ++t) {
        const double l0 = lower[t], u0 = upper[t], l1 = lower[t + 1], u1 = upper[t + 1];
        if (!std::isfinite(l0) || !std::isfinite(u0) || !std::isfinite(l1) || !std::isfinite(u1))
            continue;
        const double x0 = static_cast<double>(t);
        const double x1 = x0 + 1;
        const Point quad[] = {pixel(ctx, x0, u0), pixel(ctx, x1, u1), pixel(ctx, x1, l1),
                              pixel(ctx, x0, l0)};
        ctx.canvas.fillPolygon(quad, color);
    }
}

// A filled rectangle between two data corners, whichever way round they come.
void fillRect(const SeriesContext& ctx, double x0, double y0, double x1, double y1, Color color) {
    const Point a = pixel(ctx, x0, y0);
    const Point b = pixel(ctx, x1, y1);
    ctx.canvas.fillRect(
        Rect{std::min(a.x, b.x), std::min(a.y, b.y), std::max(a.x, b.x), std::max(a.y, b.y)}, color,
        0.0);
}

// An error bar at x from lo to hi (vertical) or at y (horizontal, for Tornado).
void drawWhisker(const SeriesContext& ctx, double at, double lo, double hi, double capHalf,
                 bool horizontal, Color color) {
    if (!std::isfinite(lo) || !std::isfinite(hi)) return;
    const auto p = [&](double along, double across) {
        return horizontal ? pixel(ctx, along, across) : pixel(ctx, across, along);
    };
    ctx.canvas.line(p(lo, at), p(hi, at), color, 1.5);
    ctx.canvas.line(p(lo, at - capHalf), p(lo, at + capHalf), color, 1.5);
    ctx.canvas.line(p(hi, at - capHalf), p(hi, at + capHalf), color, 1.5);
}

// Inner bands are drawn over outer ones, so they get darker the closer to the mean.
std::uint8_t bandAlpha(std::size_t layer) {
    return static_cast<std::uint8_t>(std::min<std::size_t>(40 + 35 * layer, 200));
}

void drawLines(const SeriesContext& ctx) {
    for (std::size_t i = 0; i < ctx.model.series.size(); ++i) {
        if (!shown(ctx, i)) continue;
        const Series& s = ctx.model.series[i];
        drawLine(ctx, s.values, s.color, ctx.style.lineThickness);
    }
}

void drawBands(const SeriesContext& ctx) {
    // All fans first, then all lines: a line is never hidden under another series' fan.
    for (std::size_t i = 0; i < ctx.model.series.size(); ++i) {
        if (!shown(ctx, i)) continue;
        const Series& s = ctx.model.series[i];
        for (std::size_t layer = 0; layer < s.bands.size(); ++layer)
            fillBetween(ctx, s.bands[layer].lower, s.bands[layer].upper,
                        withAlpha(s.color, bandAlpha(layer)));
    }
    drawLines(ctx);
}

std::vector<StackLayer> stackOf(const ChartModel& model, const std::vector<bool>& visible) {
    std::vector<std::span<const double>> values;
    for (const Series& series : model.series) values.emplace_back(series.values);
    return stackSeries(values, visible);
}

void drawStackedArea(const SeriesContext& ctx) {
    const auto layers = stackOf(ctx.model, ctx.visible);
    for (std::size_t i = 0; i < layers.size(); ++i) {
        if (!shown(ctx, i)) continue;
        const Color color = ctx.model.series[i].color;
        fillBetween(ctx, layers[i].lower, layers[i].upper, withAlpha(color, 190));
        drawLine(ctx, layers[i].upper, color, 1.0);
    }
}

void drawStackedBars(const SeriesContext& ctx) {
    const auto layers = stackOf(ctx.model, ctx.visible);
    const double half = kGroupWidth / 2;
    for (std::size_t i = 0; i < layers.size(); ++i) {
        if (!shown(ctx, i)) continue;
        for (std::size_t c = 0; c < ctx.model.series[i].values.size(); ++c) {
            const double x = static_cast<double>(c);
            fillRect(ctx, x - half, layers[i].lower[c], x + half, layers[i].upper[c],
                     withAlpha(ctx.model.series[i].color, 220));
        }
    }
    // A whisker only means something on a bar that stands alone.
    if (visibleCount(ctx) != 1) return;
    for (std::size_t i = 0; i < ctx.model.series.size(); ++i) {
        const Series& s = ctx.model.series[i];
        if (!shown(ctx, i) || s.bands.empty()) continue;
        for (std::size_t c = 0; c < s.values.size(); ++c)
            drawWhisker(ctx, static_cast<double>(c), valueAt(s.bands[0].lower, c),
                        valueAt(s.bands[0].upper, c), half / 3, false, ctx.style.text);
    }
}

// Bars side by side: slot j of n inside a group centred on `center`.
double slotCenter(double center, std::size_t slot, std::size_t slots) {
    const double width = kGroupWidth / static_cast<double>(slots);
    return center - kGroupWidth / 2 + (static_cast<double>(slot) + 0.5) * width;
}

void drawGroupedBars(const SeriesContext& ctx) {
    const std::size_t slots = std::max<std::size_t>(visibleCount(ctx), 1);
    const double half = kGroupWidth / static_cast<double>(slots) / 2;
    std::size_t slot = 0;
    for (std::size_t i = 0; i < ctx.model.series.size(); ++i) {
        if (!shown(ctx, i)) continue;
        const Series& s = ctx.model.series[i];
        for (std::size_t c = 0; c < s.values.size(); ++c) {
            if (!std::isfinite(s.values[c])) continue;
            const double x = slotCenter(static_cast<double>(c), slot, slots);
            fillRect(ctx, x - half, 0.0, x + half, s.values[c], withAlpha(s.color, 220));
            if (!s.bands.empty())
                drawWhisker(ctx, x, valueAt(s.bands[0].lower, c), valueAt(s.bands[0].upper, c),
                            half / 2, false, ctx.style.text);
        }
        ++slot;
    }
}

void drawTornado(const SeriesContext& ctx) {
    const std::size_t rows = pointCount(ctx.model);
    const std::size_t slots = std::max<std::size_t>(visibleCount(ctx), 1);
    const double half = kGroupWidth / static_cast<double>(slots) / 2;
    // The reference the ranges are read against.
    ctx.canvas.line(pixel(ctx, 0.0, ctx.view.yMin), pixel(ctx, 0.0, ctx.view.yMax),
                    ctx.style.zeroLine, 1.0);
    std::size_t slot = 0;
    for (std::size_t i = 0; i < ctx.model.series.size(); ++i) {
        if (!shown(ctx, i)) continue;
        const Series& s = ctx.model.series[i];
        for (std::size_t r = 0; r < rows; ++r) {
            // Slots run top to bottom within a row, like the rows themselves.
            const double y = slotCenter(tornadoRowY(r, rows), slots - 1 - slot, slots);
            const double value = valueAt(s.values, r);
            if (s.whisker) {
                if (std::isfinite(value))
                    fillRect(ctx, 0.0, y - half, value, y + half, withAlpha(s.color, 220));
                if (!s.bands.empty())
                    drawWhisker(ctx, y, valueAt(s.bands[0].lower, r), valueAt(s.bands[0].upper, r),
                                half / 2, true, ctx.style.text);
                continue;
            }
            if (s.bands.empty()) {
                if (std::isfinite(value))
                    fillRect(ctx, 0.0, y - half, value, y + half, withAlpha(s.color, 220));
                continue;
            }
            for (std::size_t layer = 0; layer < s.bands.size(); ++layer) {
                const double lo = valueAt(s.bands[layer].lower, r);
                const double hi = valueAt(s.bands[layer].upper, r);
                if (std::isfinite(lo) && std::isfinite(hi))
                    fillRect(ctx, lo, y - half, hi, y + half,
                             withAlpha(s.color, bandAlpha(layer + 1)));
            }
            if (std::isfinite(value))
                ctx.canvas.line(pixel(ctx, value, y - half), pixel(ctx, value, y + half),
                                ctx.style.text, 2.0);
        }
        ++slot;
    }
}

void drawScatter(const SeriesContext& ctx) {
    for (std::size_t i = 0; i < ctx.model.series.size(); ++i) {
        if (!shown(ctx, i)) continue;
        const Series& s = ctx.model.series[i];
        std::vector<Point> points;
        for (std::size_t k = 0; k < s.values.size() && k < s.x.size(); ++k)
            if (std::isfinite(s.x[k]) && std::isfinite(s.values[k]))
                points.push_back(pixel(ctx, s.x[k], s.values[k]));
        if (s.joined && points.size() > 1)
            ctx.canvas.polyline(points, s.color, ctx.style.lineThickness);
        if (s.marker <= 0) continue;
        for (const Point& p : points) ctx.canvas.fillCircle(p, s.marker, s.color);
    }
}

} // namespace

void drawSeries(const SeriesContext& ctx) {
    switch (ctx.model.kind) {
    case ChartKind::Line:
        drawLines(ctx);
        break;
    case ChartKind::Band:
        drawBands(ctx);
        break;
    case ChartKind::StackedArea:
        drawStackedArea(ctx);
        break;
    case ChartKind::Bars:
        drawStackedBars(ctx);
        break;
    case ChartKind::GroupedBars:
        drawGroupedBars(ctx);
        break;
    case ChartKind::Tornado:
        drawTornado(ctx);
        break;
    case ChartKind::Scatter:
        drawScatter(ctx);
        break;
    }
}

} // namespace nk::gui::chart::detail
