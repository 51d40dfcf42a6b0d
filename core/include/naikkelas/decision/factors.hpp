// From a design's unit-cube coordinates to factor values, and from factor values to a
// scenario variant: each value is written through the schema's key-path accessor
// (scenario/schema_access.hpp), so a factor meets the ranges a file edit meets.
#pragma once

#include "naikkelas/decision/designs.hpp"
#include "naikkelas/decision/experiment.hpp"
#include "naikkelas/scenario/diagnostics.hpp"
#include "naikkelas/scenario/scenario.hpp"

#include <optional>
#include <string>
#include <vector>

namespace nk::decision {

// The value at coordinate u in [0, 1]: linear or geometric across the range, the
// distribution's u-quantile (either rounded for an integer factor), or the value whose
// equal share of [0, 1] holds u.
double factorValue(const Factor& factor, double u);

// The coordinate at which factorValue gives `value` (the middle of a listed value's
// share); nothing when the value lies outside the range or the list, or the factor has a
// distribution.
std::optional<double> coordinateOf(const Factor& factor, double value);

// How many values a grid (or frontier) takes along the factor: each listed value, each
// whole number of an integer range when there are at most `levels` of them, otherwise
// `levels`.
int gridLevels(const Factor& factor, int levels);
std::vector<double> factorValues(const std::vector<Factor>& factors, const Point& point);

// The key paths a factor path names in `scenario`: itself, or with each `[*]` replaced by
// every index of its list. Nothing when a `[*]` list is empty or the path names nothing.
std::vector<std::string> expandFactorPath(const Scenario& scenario, const std::string& path);

// Writes `value` at every key `path` names. A plugin's parameter is set in its entry's
// params (as a whole number when the value is whole, so integer parameters accept it);
// its range is the plugin binding's to check. Errors carry `path` as the key path.
Diagnostics applyFactor(Scenario& scenario, const std::string& path, double value);

} // namespace nk::decision
