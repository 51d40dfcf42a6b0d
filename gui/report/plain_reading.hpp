// The summary's plain-language reading: three to five sentences generated from the
// results (what the program adds, at what cost per enterprise, whether the benefit covers
// the cost, whether the budget holds), never boilerplate.
#pragma once

#include "naikkelas/results/result_set.hpp"
#include "naikkelas/units/rupiah.hpp"

#include <optional>
#include <string>
#include <vector>

namespace nk::gui::report {

struct BudgetFacts {
    Rupiah planned = 0;
    Rupiah envelope = 0;             // 0: none
    std::vector<int> yearsOverLimit; // fiscal years whose cost exceeds their limit
};

// `results`: the set the summary shows (Monte Carlo when run, for its bands).
std::vector<std::string> plainReading(const ResultSet& results, const BudgetFacts& budget,
                                      Language language);

} // namespace nk::gui::report
