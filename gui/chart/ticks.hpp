// Where axis ticks go and which of their labels to print (ImPlot's rules): numeric steps
// are 1, 2 or 5 times a power of ten; month axes step by 1, 3, 6, 12 or 24 months aligned
// to the calendar. The stride that keeps labels from overlapping is computed here; the
// chart's draw (chart_draw.cpp) applies it to the centres where labels are drawn.
#pragma once

#include "chart/months.hpp"

#include <array>
#include <cstddef>
#include <string>
#include <vector>

namespace nk::gui::chart {

// The smallest 1, 2 or 5 x 10^n that is >= rawStep (rawStep > 0 and finite; else 0).
double niceStep(double rawStep);

// The fewest decimals that print `step` exactly (0.5 -> 1, 0.25 -> 2, 20 -> 0), at most 12.
int stepDecimals(double step);

struct TickSet {
    double step = 0.0;          // 0 when there are no ticks
    std::vector<double> values; // multiples of step inside [lo, hi], ascending
};

// Ticks for [lo, hi] drawn over pixelLength pixels, at least minPixelSpacing apart: the
// step is the nice step of span * minPixelSpacing / pixelLength. Values are k * step, so
// they print exactly (no 0.30000000000000004) and 0 is exactly 0. Empty for a degenerate
// range or length; never more than kMaxTicks.
inline constexpr std::size_t kMaxTicks = 1000;
TickSet niceTicks(double lo, double hi, double pixelLength, double minPixelSpacing);

// Label pruning. centers: the labels' pixel positions along the axis (in tick order);
// extents: their pixel sizes along the axis (width on x, height on y). Returns the smallest
// stride k >= 1 such that keeping labels 0, k, 2k, ... leaves at least `gap` pixels between
// neighbours. 1 when nothing overlaps; never more than the label count.
std::size_t labelStride(const std::vector<double>& centers, const std::vector<double>& extents,
                        double gap);
// The indices kept with that stride.
std::vector<std::size_t> prunedLabels(const std::vector<double>& centers,
                                      const std::vector<double>& extents, double gap);

// Where a label of size `extent` centred at `pixel` is drawn: moved inside [lo, hi] so
// that an edge label stays in the chart's rectangle. Prune on these centres, the ones
// drawn, so that a label moved in from the edge never lands on its neighbour.
double labelCentre(double pixel, double extent, double lo, double hi);

// Month steps tried in order; beyond 24 months, whole decades of years.
inline constexpr std::array<int, 9> kMonthSteps{1, 3, 6, 12, 24, 60, 120, 240, 600};

// The first month step at least minPixelSpacing wide (the largest if none is).
int monthStep(double pixelsPerMonth, double minPixelSpacing);

struct MonthTicks {
    int step = 0;                    // months between ticks; 0 when there are none
    std::vector<int> indices;        // month indices t (0 is the start month), ascending
    std::vector<std::string> labels; // "Jan 2023" / "Agu 2023", one per index
};

// Ticks for the month indices in [lo, hi] over pixelLength pixels. Ticks fall on calendar
// boundaries, not on multiples of the step from the start: quarters on Jan/Apr/Jul/Oct,
// half years on Jan/Jul, years on January, two years on January of even years.
MonthTicks monthTicks(double lo, double hi, YearMonth start, double pixelLength,
                      double minPixelSpacing, Language language);

} // namespace nk::gui::chart
