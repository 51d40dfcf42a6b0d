#include "chart/chart_render.hpp"

#include "chart/chart_bounds.hpp"
#include "chart/chart_render_internal.hpp"
#include "chart/hit.hpp"
#include "chart/ticks.hpp"

#include <algorithm>
#include <cmath>
#include <string>
#include <string_view>

namespace nk::gui::chart {

namespace {

constexpr double kLabelGap = 8.0; // pixels kept free between neighbouring labels
constexpr double kTickLength = 4.0;
constexpr double kTooltipPadding = 6.0;

// The rectangle spanned by two corners, whichever way round they come.
Rect rectBetween(Point a, Point b) {
    return Rect{std::min(a.x, b.x), std::min(a.y, b.y), std::max(a.x, b.x), std::max(a.y, b.y)};
}

// The canvas's font, and the two things the chart does with it.
struct Text {
    Canvas& canvas;
    double size;

    explicit Text(Canvas& c) : canvas(c), size(c.fontSize()) {}
    double width(std::string_view s) const { return canvas.textWidth(s); }
    void draw(Point topLeft, Color color, std::string_view s) const {
        canvas.text(topLeft, color, s);
    }
};

// One axis's ticks: where they are (data units), their labels, and which labels are kept
// once overlapping ones are pruned. Grid lines go at every tick.
struct AxisTicks {
    double step = 0.0;
    std::vector<double> positions;
    std::vector<std::string> labels;
    std::vector<std::size_t> labeled;
    double maxLabelWidth = 0.0; // of the kept labels
};

// Fills `labeled` and `maxLabelWidth`. extentAlong: a label's size along the axis;
// [lo, hi]: the pixel range labels are kept within.
template <typename ToPixel, typename Extent>
void pruneTicks(AxisTicks& axis, ToPixel toPixel, Extent extentAlong, double lo, double hi,
                const Text& text) {
    std::vector<double> centers;
    std::vector<double> extents;
    for (std::size_t i = 0; i < axis.positions.size(); ++i) {
        extents.push_back(extentAlong(axis.labels[i]));
        centers.push_back(labelCentre(toPixel(axis.positions[i]), extents.back(), lo, hi));
    }
    axis.labeled = prunedLabels(centers, extents, kLabelGap);
    axis.maxLabelWidth = 0.0;
    for (const std::size_t i : axis.labeled)
        axis.maxLabelWidth = std::max(axis.maxLabelWidth, text.width(axis.labels[i]));
}

// Nice ticks on a value axis. On x, where labels sit side by side, the spacing grows to
// the widest label so that pruning rarely has to drop any.
AxisTicks numericAxis(double lo, double hi, double length, bool horizontal,
                      const AxisFormatter& format, const Text& text) {
    AxisTicks axis;
    double spacing = horizontal ? text.size * 5.0 : text.size * 2.0; // two lines apart on y
    for (int pass = 0; pass < 2; ++pass) {
        const TickSet ticks = niceTicks(lo, hi, length, spacing);
        axis.step = ticks.step;
        axis.positions = ticks.values;
        axis.labels.clear();
        double widest = 0.0;
        for (const double v : ticks.values) {
            axis.labels.push_back(format(v, ticks.step));
            widest = std::max(widest, text.width(axis.labels.back()));
        }
        if (!horizontal || widest + kLabelGap <= spacing) break;
        spacing = widest + kLabelGap;
    }
    return axis;
}

// One tick per category inside the view. position(i) places category i on the axis.
template <typename Position>
AxisTicks categoryAxis(double lo, double hi, const std::vector<std::string>& categories,
                       std::size_t count, Position position) {
    AxisTicks axis;
    for (std::size_t i = 0; i < count; ++i) {
        const double at = position(i);
        if (at < lo - 1e-9 || at > hi + 1e-9) continue;
        axis.positions.push_back(at);
        axis.labels.push_back(i < categories.size() ? categories[i] : std::to_string(i + 1));
    }
    return axis;
}

AxisTicks monthAxis(const ViewRange& view, YearMonth start, double length, Language language,
                    const Text& text) {
    double widest = 0.0;
    for (int month = 1; month <= 12; ++month)
        widest = std::max(widest, text.width(monthLabel(YearMonth{2000, month}, language)));
    const MonthTicks ticks =
        monthTicks(view.xMin, view.xMax, start, length, widest + kLabelGap, language);
    AxisTicks axis;
    axis.step = ticks.step;
    for (const int t : ticks.indices) axis.positions.push_back(static_cast<double>(t));
    axis.labels = ticks.labels;
    return axis;
}

AxisTicks xAxisTicks(const ChartModel& model, const ViewRange& view, const Rect& plot,
                     const Rect& outer, const Text& text) {
    AxisTicks axis;
    if (model.kind == ChartKind::Tornado) {
        axis = numericAxis(view.xMin, view.xMax, plot.width(), true, valueFormatter(model), text);
    } else if (isCategorical(model.kind)) {
        axis = categoryAxis(view.xMin, view.xMax, model.categories, pointCount(model),
                            [](std::size_t i) { return static_cast<double>(i); });
    } else if (model.start) {
        axis = monthAxis(view, *model.start, plot.width(), model.language, text);
    } else {
        axis = numericAxis(view.xMin, view.xMax, plot.width(), true, xFormatter(model), text);
    }
    pruneTicks(
        axis, [&](double x) { return toPixelX(view, plot, x); },
        [&](const std::string& s) { return text.width(s); }, outer.x0, outer.x1, text);
    return axis;
}

AxisTicks yAxisTicks(const ChartModel& model, const ViewRange& view, const Rect& plot,
                     const Rect& outer, const Text& text) {
    AxisTicks axis;
    if (model.kind == ChartKind::Tornado) {
        const std::size_t rows = pointCount(model);
        axis = categoryAxis(view.yMin, view.yMax, model.categories, rows,
                            [rows](std::size_t i) { return tornadoRowY(i, rows); });
    } else {
        axis = numericAxis(view.yMin, view.yMax, plot.height(), false, valueFormatter(model), text);
    }
    pruneTicks(
        axis, [&](double y) { return toPixelY(view, plot, y); },
        [&](const std::string&) { return static_cast<double>(text.size); }, outer.y0, outer.y1,
        text);
    return axis;
}

void drawGridAndTicks(Canvas& canvas, const ChartLayout& layout, const ViewRange& view,
                      const AxisTicks& xs, const AxisTicks& ys, const ChartStyle& style,
                      const Text& text, const Rect& outer) {
    const Rect& plot = layout.plot;
    const double tick = kTickLength;
    for (const double x : xs.positions) {
        const double px = toPixelX(view, plot, x);
        if (px < plot.x0 - 0.5 || px > plot.x1 + 0.5) continue;
        canvas.line(Point{px, plot.y0}, Point{px, plot.y1}, style.grid, 1.0);
        canvas.line(Point{px, plot.y1}, Point{px, plot.y1 + tick}, style.frame, 1.0);
    }
    for (const double y : ys.positions) {
        const double py = toPixelY(view, plot, y);
        if (py < plot.y0 - 0.5 || py > plot.y1 + 0.5) continue;
        canvas.line(Point{plot.x0, py}, Point{plot.x1, py}, style.grid, 1.0);
        canvas.line(Point{plot.x0 - tick, py}, Point{plot.x0, py}, style.frame, 1.0);
    }
    for (const std::size_t i : xs.labeled) {
        const double px = toPixelX(view, plot, xs.positions[i]);
        const double w = text.width(xs.labels[i]);
        const double x = labelCentre(px, w, outer.x0, outer.x1) - w / 2;
        text.draw(Point{x, layout.xAxis.y0 + kTickLength}, style.text, xs.labels[i]);
    }
    for (const std::size_t i : ys.labeled) {
        const double py = toPixelY(view, plot, ys.positions[i]);
        const double w = text.width(ys.labels[i]);
        const double y = labelCentre(py, text.size, outer.y0, outer.y1) - text.size / 2.0;
        text.draw(Point{plot.x0 - kTickLength - 2 - w, y}, style.text, ys.labels[i]);
    }
}

void drawLegend(Canvas& canvas, const ChartModel& model, const std::vector<bool>& visible,
                const std::vector<Rect>& items, const LegendMetrics& metrics,
                const ChartStyle& style, const Text& text) {
    for (std::size_t i = 0; i < items.size() && i < model.series.size(); ++i) {
        const Rect& r = items[i];
        const double top = r.y0 + (metrics.rowHeight - metrics.swatch) / 2;
        const Rect swatch{r.x0, top, r.x0 + metrics.swatch, top + metrics.swatch};
        const Color color = model.series[i].color;
        if (visible[i])
            canvas.fillRect(swatch, color, 0.0);
        else
            canvas.strokeRect(swatch, withAlpha(color, 160), 0.0);
        text.draw(Point{r.x0 + metrics.swatch + metrics.swatchGap,
                        r.y0 + (metrics.rowHeight - text.size) / 2},
                  visible[i] ? style.text : style.textDim, model.series[i].label);
    }
}

// The tooltip's heading: the month, the category or the x value.
std::string hoverHeading(const ChartModel& model, std::size_t index,
                         const std::vector<HoverValue>& values) {
    if (model.kind == ChartKind::Scatter && !values.empty()) {
        const Series& s = model.series[values.front().series];
        return index < s.x.size() ? xFormatter(model)(s.x[index], 0.0) : std::string();
    }
    if (isCategorical(model.kind))
        return index < model.categories.size() ? model.categories[index]
                                               : std::to_string(index + 1);
    if (model.start)
        return monthLabel(addMonths(*model.start, static_cast<int>(index)), model.language);
    return xFormatter(model)(static_cast<double>(index), 0.0);
}

struct Hover {
    std::size_t index = 0;
    std::vector<HoverValue> values;
    std::optional<std::size_t> under; // into values
};

void drawHover(Canvas& canvas, const ChartModel& model, const ViewRange& view, const Rect& plot,
               const Hover& hover, const ChartStyle& style) {
    const auto at = [&](double x, double y) { return toPixel(view, plot, Point{x, y}); };
    const double i = static_cast<double>(hover.index);
    if (model.kind == ChartKind::Scatter) {
        for (const HoverValue& v : hover.values) {
            const Series& s = model.series[v.series];
            const Point p = at(s.x[hover.index], v.value);
            canvas.strokeCircle(p, std::max(s.marker, 3.0) + 3.0, style.text);
        }
        return;
    }
    if (model.kind == ChartKind::Tornado) {
        const double y = tornadoRowY(hover.index, pointCount(model));
        canvas.fillRect(rectBetween(at(view.xMin, y + 0.5), at(view.xMax, y - 0.5)),
                        withAlpha(style.crosshair, 30), 0.0);
        return;
    }
    if (isCategorical(model.kind)) {
        canvas.fillRect(rectBetween(at(i - 0.5, view.yMax), at(i + 0.5, view.yMin)),
                        withAlpha(style.crosshair, 30), 0.0);
        return;
    }
    canvas.line(at(i, view.yMin), at(i, view.yMax), style.crosshair, 1.0);
    for (std::size_t k = 0; k < hover.values.size(); ++k) {
        const HoverValue& v = hover.values[k];
        const double y = model.kind == ChartKind::StackedArea ? v.to : v.value;
        if (!std::isfinite(y)) continue;
        const double radius = hover.under == k ? 5.0 : 3.5;
        canvas.fillCircle(at(i, y), radius, model.series[v.series].color);
        if (hover.under == k) canvas.strokeCircle(at(i, y), radius + 1.0, style.text);
    }
}

void drawTooltip(Canvas& canvas, const ChartModel& model, const Hover& hover, Point mouse,
                 const Rect& outer, const ChartStyle& style, const Text& text) {
    const AxisFormatter format = valueFormatter(model);
    // An en dash where the font has one; the default ImGui font stops at Latin-1.
    const char* dash = canvas.hasGlyph(0x2013) ? " \u2013 " : " .. ";
    std::vector<std::string> lines;
    lines.push_back(hoverHeading(model, hover.index, hover.values));
    for (const HoverValue& v : hover.values) {
        std::string line = model.series[v.series].label + ": " + format(v.value, 0.0);
        if (v.hasBand)
            line += " (" + format(v.bandLower, 0.0) + dash + format(v.bandUpper, 0.0) + ")";
        lines.push_back(std::move(line));
    }
    const double swatch = text.size * 0.7;
    const double lineHeight = text.size + 2.0;
    double width = 0.0;
    for (std::size_t k = 0; k < lines.size(); ++k)
        width = std::max(width, text.width(lines[k]) + (k == 0 ? 0.0 : swatch + 4.0));
    width += 2 * kTooltipPadding;
    const double height = static_cast<double>(lines.size()) * lineHeight + 2 * kTooltipPadding;
    // Beside the cursor, flipped to its other side where the chart ends.
    double x = mouse.x + 16;
    double y = mouse.y + 16;
    if (x + width > outer.x1) x = mouse.x - 16 - width;
    if (y + height > outer.y1) y = mouse.y - 16 - height;
    x = std::clamp(x, outer.x0, std::max(outer.x0, outer.x1 - width));
    y = std::clamp(y, outer.y0, std::max(outer.y0, outer.y1 - height));
    const Rect box{x, y, x + width, y + height};
    canvas.fillRect(box, style.tooltipBackground, 3.0);
    canvas.strokeRect(box, style.tooltipBorder, 3.0);
    double lineY = y + kTooltipPadding;
    text.draw(Point{x + kTooltipPadding, lineY}, style.text, lines[0]);
    for (std::size_t k = 0; k < hover.values.size(); ++k) {
        lineY += lineHeight;
        const double sx = x + kTooltipPadding;
        const double sy = lineY + (text.size - swatch) / 2;
        canvas.fillRect(Rect{sx, sy, sx + swatch, sy + swatch},
                        model.series[hover.values[k].series].color, 0.0);
        text.draw(Point{sx + swatch + 4.0, lineY}, hover.under == k ? style.text : style.textDim,
                  lines[k + 1]);
    }
}

// Where everything goes: the legend's height first, then the y labels' width for the
// plot's height.
struct FrameLayout {
    LegendMetrics metrics;
    LegendLayout legend;
    std::vector<std::string> ids; // series ids, for legend toggles
    ChartLayout chart;
};

FrameLayout layoutFrame(const ChartModel& model, const ChartState& state, const Rect& rect,
                        const Text& text) {
    FrameLayout f;
    const double lineHeight = text.size;
    f.metrics.swatch = std::round(lineHeight * 0.8);
    f.metrics.itemGap = lineHeight;
    f.metrics.rowHeight = lineHeight + 2;
    std::vector<double> labelWidths;
    for (const Series& s : model.series) {
        labelWidths.push_back(text.width(s.label));
        f.ids.push_back(s.id);
    }
    LayoutInput layoutInput;
    layoutInput.outer = rect;
    layoutInput.lineHeight = lineHeight;
    layoutInput.hasTitle = !model.title.empty();
    layoutInput.tickLength = kTickLength;
    f.legend = layoutLegend(labelWidths, layoutChart(layoutInput).legend, f.metrics);
    layoutInput.legendHeight = f.legend.height;
    // The labels of the view before this frame's input: at worst one frame stale in width.
    layoutInput.yLabelWidth =
        yAxisTicks(model, state.view, layoutChart(layoutInput).plot, rect, text).maxLabelWidth;
    f.chart = layoutChart(layoutInput);
    return f;
}

// The point under the mouse (along the x axis, or down a tornado's bars) and the series
// nearest the mouse across it; nothing outside the plot.
std::optional<Hover> hoverAt(const ChartModel& model, const std::vector<bool>& visible,
                             const ViewRange& view, const Rect& plot, const Point& mouse) {
    if (!plot.contains(mouse)) return std::nullopt;
    if (model.kind == ChartKind::Scatter) {
        constexpr double kReach = 12.0; // pixels from a point that still hover it
        const auto hit = nearestScatterPoint(model, visible, view, plot, mouse, kReach);
        if (!hit) return std::nullopt;
        HoverValue v;
        v.series = hit->series;
        v.value = v.from = v.to = model.series[hit->series].values[hit->index];
        return Hover{hit->index, {v}, std::size_t{0}};
    }
    const std::size_t count = pointCount(model);
    const bool tornado = model.kind == ChartKind::Tornado;
    const double along = tornado ? static_cast<double>(count) - 1.0 - toDataY(view, plot, mouse.y)
                                 : toDataX(view, plot, mouse.x);
    const auto index = nearestIndex(along, count);
    if (!index) return std::nullopt;
    Hover hover{*index, hoverValues(model, visible, *index), std::nullopt};
    const double across = tornado ? toDataX(view, plot, mouse.x) : toDataY(view, plot, mouse.y);
    hover.under = entryAt(hover.values, across);
    return hover;
}

} // namespace

ChartInteraction renderChart(Canvas& canvas, const ChartModel& model, ChartState& state,
                             const Rect& rect, const ChartInput& input, const ChartStyle& style) {
    ChartInteraction out;
    if (!(rect.width() > 0) || !(rect.height() > 0)) return out;
    const Text text(canvas);
    canvas.pushClip(rect);
    if ((style.background >> 24) != 0) canvas.fillRect(rect, style.background, 0.0);

    std::vector<bool> visible = visibleSeries(model, state.legend);
    const std::optional<ViewRange> fit = fitView(model, visible);
    followFit(state, fit);

    const FrameLayout frameLayout = layoutFrame(model, state, rect, text);
    const LegendMetrics& metrics = frameLayout.metrics;
    const LegendLayout& legend = frameLayout.legend;
    const std::vector<std::string>& ids = frameLayout.ids;
    out.layout = frameLayout.chart;
    out.legendItems = legend.items;
    const ChartLayout& layout = out.layout;

    const InteractionFrame frame{layout.plot,
                                 layout.xAxis,
                                 layout.yAxis,
                                 legend,
                                 ids,
                                 fit,
                                 fit ? zoomLimits(model, *fit) : ZoomLimits{}};
    const InteractionResult result = applyInput(state, frame, input);
    out.viewChanged = result.viewChanged;
    if (result.toggled) {
        out.toggledSeries = result.toggled;
        visible = visibleSeries(model, state.legend);
    }

    if (!model.title.empty())
        text.draw(Point{layout.title.x0, layout.title.y0}, style.text, model.title);
    drawLegend(canvas, model, visible, legend.items, metrics, style, text);
    if (!layout.valid) {
        canvas.popClip();
        return out;
    }

    const Rect& plot = layout.plot;
    const ViewRange& view = state.view;
    const AxisTicks xs = xAxisTicks(model, view, plot, rect, text);
    const AxisTicks ys = yAxisTicks(model, view, plot, rect, text);
    canvas.fillRect(plot, style.plotBackground, 0.0);
    drawGridAndTicks(canvas, layout, view, xs, ys, style, text, rect);

    const std::optional<Hover> hover = input.hovered && !state.dragging
                                           ? hoverAt(model, visible, view, plot, input.mouse)
                                           : std::nullopt;
    if (hover) {
        out.hoverIndex = hover->index;
        if (hover->under) out.hoverSeries = hover->values[*hover->under].series;
    }

    canvas.pushClip(plot);
    detail::drawSeries(detail::SeriesContext{canvas, model, view, plot, visible, style});
    if (hover) drawHover(canvas, model, view, plot, *hover, style);
    canvas.popClip();
    canvas.strokeRect(plot, style.frame, 0.0);
    if (hover && !hover->values.empty())
        drawTooltip(canvas, model, *hover, input.mouse, rect, style, text);
    canvas.popClip();
    return out;
}

} // namespace nk::gui::chart
