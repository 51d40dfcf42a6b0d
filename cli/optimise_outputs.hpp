// The files `naikkelas optimise` writes (docs/experiment-format.md, *Running an
// optimisation*): the best allocation as a scenario, the ten best allocations, and the
// baseline against the best. Pure text builders; the command writes them. Numbers in
// the CSV files are in their shortest exact form and hold no time or thread count, so
// the files are the same for any --threads.
#pragma once

#include "naikkelas/decision/candidate_model.hpp"
#include "naikkelas/decision/optimiser.hpp"
#include "naikkelas/results/paired_comparison.hpp"

#include <optional>
#include <string>
#include <vector>

namespace nk::cli {

// The comment block heading best.yaml: where it came from, what changed and why.
std::string bestScenarioHeader(const std::string& experimentFile, const std::string& scenarioFile,
                               const decision::Experiment& experiment,
                               const decision::OptimiseResult& result,
                               const std::vector<std::optional<double>>& baseline,
                               const std::optional<decision::Candidate>& baselineRun);

// rank, each factor's path, the objective, total_cost, then what each limit counts.
std::string topTable(const decision::Experiment& experiment,
                     const std::vector<decision::BudgetLimit>& limits,
                     const std::vector<decision::Candidate>& top);

// indicator, unit, baseline, best, difference, and in Monte Carlo the paired band of
// the difference (difference_q05, difference_q95).
std::string comparisonTable(const ResultSet& baseline, const ResultSet& best);

} // namespace nk::cli
