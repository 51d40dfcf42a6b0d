// The readable summary a planner sees after `naikkelas run`: what was simulated, the
// planned cost against the budget envelope, the key indicators at the horizon (with
// their Monte Carlo band) and enterprises by size class, program against baseline.
#pragma once

#include "naikkelas/results/result_set.hpp"
#include "naikkelas/scenario/compiled_scenario.hpp"
#include "naikkelas/units/rupiah.hpp"

#include <span>
#include <string>

namespace nk::cli {

// `results` are a run's sets in order (expected, then Monte Carlo for mode both).
std::string renderSummary(const CompiledScenario& scenario, std::span<const ResultSet> results,
                          Language language);

// An indicator's value as the summary prints it: rupiah in words, counts to one
// decimal, ratios to two.
std::string formatIndicatorValue(const std::string& unit, double value, Language language);

// "YYYY-MM" of `months` after a "YYYY-MM" start; empty if the start is malformed.
std::string addMonths(const std::string& start, int months);

} // namespace nk::cli
