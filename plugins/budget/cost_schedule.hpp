// The program's costs month by month, from the scenario view alone (README.md,
// "Cost lines"): what core's cost plan computed before the budget became a plugin, plus
// the plugin's two refinements (price escalation, overhead).
#pragma once

#include "naikkelas/plugin.hpp"

#include <cstdint>
#include <string>
#include <vector>

namespace nk::plugins::budget {

struct CostItem {
    int month = 0; // 0..horizon
    std::string category;
    std::string source; // key path of what caused it, e.g. cohorts[0]
    std::int64_t amount = 0;
};

struct Refinements {
    double overheadShare = 0.0;    // overhead as a share of the month's other costs
    double escalationAnnual = 0.0; // price growth per fiscal year after the start year
};

// Category and source of the overhead lines.
inline constexpr const char* kOverheadCategory = "overhead";
inline constexpr const char* kOverheadSource = "overhead_share";

// Items within months 0..horizon, ordered by month. Throws std::overflow_error when a
// sum would not fit in int64 rupiah.
std::vector<CostItem> costSchedule(const nk_scenario_view& scenario, const Refinements& r);

// Calendar (= fiscal, as in APBD) year of month t.
int calendarYear(const nk_scenario_view& scenario, int month);

// a + b and a * b, throwing std::overflow_error instead of wrapping.
std::int64_t addChecked(std::int64_t a, std::int64_t b);
std::int64_t mulChecked(std::int64_t a, std::int64_t b);

} // namespace nk::plugins::budget
