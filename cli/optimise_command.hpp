// `naikkelas optimise EXPERIMENT.yaml --out DIR`: the best allocation of an experiment's
// factors under the budget (core/include/naikkelas/decision/optimiser.hpp), the marginal
// value of money, the baseline against the best, and the files of optimise_outputs.hpp.
#pragma once

#include "arguments.hpp"

#include <string>
#include <vector>

namespace nk::cli {

int optimiseCommand(const OptimiseArguments& arguments, const std::vector<std::string>& pluginDirs,
                    Language language);

} // namespace nk::cli
