// The terminal summary of an exploration: OAT as a tornado table ranked by the larger
// swing, Morris by mu*, Sobol by ST with the 90 % bootstrap intervals, grid and lhs as
// each indicator's range; the frontier and uncertainty designs by their own tables.
#pragma once

#include "naikkelas/decision/analysis.hpp"
#include "naikkelas/decision/evaluator.hpp"
#include "naikkelas/units/rupiah.hpp"

#include <string>
#include <vector>

namespace nk::cli {

std::string renderExploration(const decision::Experiment& experiment,
                              const decision::Evaluator& evaluator,
                              const std::vector<std::vector<double>>& values,
                              const std::vector<std::vector<double>>& outputs,
                              const decision::ExplorationAnalysis& analysis, Language language);

// The efficient plans of a frontier design, cheapest first (explore_choices_summary.cpp).
std::string renderFrontier(const decision::Experiment& experiment,
                           const decision::Evaluator& evaluator,
                           const std::vector<std::vector<double>>& values,
                           const std::vector<decision::FrontierPoint>& frontier, Language language);

// The plans of an uncertainty design against the first, and the acceptability curve.
std::string renderUncertainty(const decision::Experiment& experiment,
                              const decision::Evaluator& evaluator,
                              const decision::UncertaintyReport& report, Language language);

} // namespace nk::cli
