// The summary's plain-language reading: three to five sentences generated from the
// results, never boilerplate: the headline every front end prints
// (results/plain_reading.hpp: what the program adds, who moves up a band, who reaches
// kecil), then at what cost per enterprise, whether the benefit covers the cost, and
// whether the budget holds.
#pragma once

#include "naikkelas/results/result_set.hpp"
#include "naikkelas/scenario/compiled_scenario.hpp"
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
std::vector<std::string> reportReading(const CompiledScenario& scenario, const ResultSet& results,
                                       const BudgetFacts& budget, Language language);

} // namespace nk::gui::report
