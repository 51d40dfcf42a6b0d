// The terminal summary of an exploration: OAT as a tornado table ranked by the larger
// swing, Morris by mu*, Sobol by ST with the 90 % bootstrap intervals.
#pragma once

#include "naikkelas/decision/evaluator.hpp"
#include "naikkelas/decision/exploration.hpp"
#include "naikkelas/units/rupiah.hpp"

#include <string>
#include <vector>

namespace nk::cli {

std::string renderExploration(const decision::Experiment& experiment,
                              const decision::Evaluator& evaluator,
                              const std::vector<std::vector<double>>& values,
                              const std::vector<std::vector<double>>& outputs,
                              const std::vector<decision::SensitivityRow>& rows, Language language);

} // namespace nk::cli
