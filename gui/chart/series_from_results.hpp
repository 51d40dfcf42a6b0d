// A chart series from what a run produced (results/result_set.hpp): the mean per month as
// the line and the quantiles paired into a fan.
#pragma once

#include "chart/chart_model.hpp"
#include "naikkelas/results/result_set.hpp"

#include <string>
#include <vector>

namespace nk::gui::chart {

// values = band.mean; quantile levels are paired from the outside in (lowest with highest,
// then the next pair), so bands come outermost first as Band draws them. A middle level
// (the median of an odd count) has no partner and is not a band. quantileLevels are the
// ResultSet's; if their count does not match band.quantiles, the quantiles are taken to be
// in ascending order. Expected-mode results (no quantiles) give a series without bands.
Series seriesFromBand(const SeriesBand& band, const std::vector<double>& quantileLevels,
                      std::string id, std::string label, Color color);

} // namespace nk::gui::chart
