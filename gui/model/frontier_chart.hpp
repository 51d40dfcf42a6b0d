// The budget frontier as a chart, one builder for the Decide tab (a frontier run) and the
// report (an explore folder's frontier.csv or points.csv): every plan's discounted cost
// against the outcome, the efficient plans joined as the frontier line.
#pragma once

#include "chart/chart_model.hpp"

#include "naikkelas/decision/frontier.hpp"

#include <optional>
#include <utility>
#include <vector>

namespace nk::gui {

// Series 0: every plan, 1: the efficient ones (in `plans`' order, cheapest first), 2:
// `current` (cost, outcome) marked when given.
chart::ChartModel frontierChart(const std::vector<decision::FrontierPoint>& plans,
                                std::optional<std::pair<double, double>> current,
                                Language language);

} // namespace nk::gui
