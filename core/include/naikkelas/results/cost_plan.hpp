// A run's costs, month by month, as the plugins' cost lines give them (the budget plugin
// prices training, kits, shared equipment, mentoring and the budget's own lines). Whole
// rupiah (docs/model.md section 5).
#pragma once

#include "naikkelas/results/result_set.hpp"

#include <string>
#include <vector>

namespace nk {

struct CostEntry {
    std::string category; // training, kits, shared_capex, shared_maintenance, mentoring, ...
    std::string source;   // key path of what caused it, e.g. cohorts[0] or budget.lines[1]
    int month = 0;        // months after the scenario start
    Rupiah amount = 0;
    Arm arm = Arm::Program; // who pays it: Program or Baseline
};

struct CostPlan {
    std::vector<CostEntry> entries; // ordered by month
    Rupiah total(Arm arm = Arm::Program) const;
    std::vector<std::string> categories() const; // in order of first appearance
    // One arm's costs per month 0..horizonMonths (later months are left out), of one
    // category or of all.
    std::vector<Rupiah> byMonth(int horizonMonths, Arm arm, const std::string& category = {}) const;
};

} // namespace nk
