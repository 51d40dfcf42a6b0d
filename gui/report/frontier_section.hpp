// The report's budget frontier from an explore folder: the Decide tab's frontier chart
// (model/frontier_chart.hpp) with the scenario as written marked, and the efficient plans
// as a table, cheapest first.
#pragma once

#include "report/page_writer.hpp"
#include "report/report.hpp"

namespace nk::gui::report {

void frontierSection(PageWriter& writer, const ReportInput& input);

} // namespace nk::gui::report
