#include "chart/ticks.hpp"

#include <algorithm>
#include <cmath>
#include <initializer_list>

namespace nk::gui::chart {

namespace {

// Slack for comparisons against values computed in floating point.
constexpr double kEpsilon = 1e-9;

int floorMod(int a, int b) {
    const int r = a % b;
    return r < 0 ? r + b : r;
}

} // namespace

double niceStep(double rawStep) {
    if (!(rawStep > 0) || !std::isfinite(rawStep)) return 0.0;
    const double power = std::pow(10.0, std::floor(std::log10(rawStep)));
    const double fraction = rawStep / power; // in [1, 10) up to rounding
    for (const double nice : {1.0, 2.0, 5.0})
        if (fraction <= nice * (1 + kEpsilon)) return nice * power;
    return 10.0 * power;
}

int stepDecimals(double step) {
    if (!(step > 0) || !std::isfinite(step)) return 0;
    double scaled = step;
    for (int decimals = 0; decimals < 12; ++decimals) {
        if (std::fabs(scaled - std::round(scaled)) <= 1e-6 * std::max(1.0, scaled)) return decimals;
        scaled *= 10.0;
    }
    return 12;
}

TickSet niceTicks(double lo, double hi, double pixelLength, double minPixelSpacing) {
    TickSet ticks;
    if (!std::isfinite(lo) || !std::isfinite(hi) || !(hi > lo) || !(pixelLength > 0) ||
        !(minPixelSpacing > 0) || !std::isfinite(pixelLength) || !std::isfinite(minPixelSpacing))
        return ticks;
    const double step = niceStep((hi - lo) * minPixelSpacing / pixelLength);
    if (!(step > 0)) return ticks;
    const double first = std::ceil(lo / step - kEpsilon);
    const double last = std::floor(hi / step + kEpsilon);
    if (last < first || last - first >= static_cast<double>(kMaxTicks)) return ticks;
    ticks.step = step;
    for (double k = first; k <= last; k += 1.0) {
        const double value = k * step;
        ticks.values.push_back(k == 0.0 ? 0.0 : value);
    }
    return ticks;
}

std::size_t labelStride(const std::vector<double>& centers, const std::vector<double>& extents,
                        double gap) {
    const std::size_t count = std::min(centers.size(), extents.size());
    for (std::size_t stride = 1; stride < count; ++stride) {
        bool fits = true;
        for (std::size_t i = 0; i + stride < count && fits; i += stride) {
            const double distance = std::fabs(centers[i + stride] - centers[i]);
            fits = distance >= (extents[i] + extents[i + stride]) / 2 + gap;
        }
        if (fits) return stride;
    }
    return std::max<std::size_t>(count, 1);
}

double labelCentre(double pixel, double extent, double lo, double hi) {
    return std::clamp(pixel, lo + extent / 2, std::max(lo + extent / 2, hi - extent / 2));
}

std::vector<std::size_t> prunedLabels(const std::vector<double>& centers,
                                      const std::vector<double>& extents, double gap) {
    const std::size_t count = std::min(centers.size(), extents.size());
    const std::size_t stride = labelStride(centers, extents, gap);
    std::vector<std::size_t> kept;
    for (std::size_t i = 0; i < count; i += stride) kept.push_back(i);
    return kept;
}

int monthStep(double pixelsPerMonth, double minPixelSpacing) {
    for (const int step : kMonthSteps)
        if (step * pixelsPerMonth >= minPixelSpacing) return step;
    return kMonthSteps.back();
}

MonthTicks monthTicks(double lo, double hi, YearMonth start, double pixelLength,
                      double minPixelSpacing, Language language) {
    MonthTicks ticks;
    if (!std::isfinite(lo) || !std::isfinite(hi) || !(hi >= lo) || !(pixelLength > 0) ||
        !std::isfinite(pixelLength))
        return ticks;
    // A view wider than any calendar would make the loop below pointless.
    const double span = std::max(hi - lo, 1e-9);
    if (span > 1e6) return ticks;
    const int step = monthStep(pixelLength / span, minPixelSpacing);
    const int first = static_cast<int>(std::ceil(lo - kEpsilon));
    const int last = static_cast<int>(std::floor(hi + kEpsilon));
    const int origin = monthOrdinal(start);
    ticks.step = step;
    for (int t = first; t <= last; ++t) {
        if (floorMod(origin + t, step) != 0) continue;
        ticks.indices.push_back(t);
        ticks.labels.push_back(monthLabel(fromMonthOrdinal(origin + t), language));
    }
    return ticks;
}

} // namespace nk::gui::chart
