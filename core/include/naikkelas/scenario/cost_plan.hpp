// The program's direct costs, month by month, as the scenario states them: training,
// kits, shared equipment (capex and maintenance), mentoring and the budget's extra
// lines. Whole rupiah (MODEL.md section 5).
#pragma once

#include "naikkelas/scenario/scenario.hpp"

#include <string>
#include <vector>

namespace nk {

struct CostEntry {
    std::string
        category;       // training, kits, shared_capex, shared_maintenance, mentoring, or a line's
    std::string source; // key path of what caused it, e.g. cohorts[0] or budget.lines[1]
    int month = 0;      // months after the scenario start
    Rupiah amount = 0;
};

struct CostPlan {
    std::vector<CostEntry> entries; // ordered by month
    Rupiah total() const;
    std::vector<std::string> categories() const; // in order of first appearance
    // Months beyond the horizon are left out: the run sees months 0..horizon.
    std::vector<Rupiah> byMonth(int horizonMonths, const std::string& category = {}) const;
};

// Enterprises a cohort forms: ceil(participants / kube_size).
int enterprisesOf(const Cohort& cohort);

// Costs within the horizon (months 0..horizon_months). Assumes references resolve;
// unknown ids are skipped (validateScenario reports them).
CostPlan buildCostPlan(const Scenario& scenario);

// Calendar year of a month index, from the scenario start "YYYY-MM" (fiscal year =
// calendar year, as in APBD). Returns 0 if the start is malformed.
int calendarYearOf(const std::string& start, int month);

} // namespace nk
