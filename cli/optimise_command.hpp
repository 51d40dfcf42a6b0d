// `naikkelas optimise EXPERIMENT.yaml --out DIR`: the best allocation of an experiment's
// factors under the budget (core/include/naikkelas/decision/optimiser.hpp), the marginal
// value of money, the baseline against the best, and the files of optimise_outputs.hpp.
#pragma once

#include "arguments.hpp"
#include "scaleout.hpp"

#include "naikkelas/decision/experiment.hpp"
#include "naikkelas/registry/plugin_registry.hpp"
#include "naikkelas/scenario/scenario.hpp"

#include <memory>
#include <string>
#include <vector>

namespace nk::cli {

// An optimisation's experiment and scenario, read and checked: what every rank of a
// distributed run prepares alike.
struct Optimisation {
    std::unique_ptr<PluginRegistry> registry;
    decision::Experiment experiment;
    std::string scenarioFile, scenarioText; // the file: empty for the default scenario
    Scenario scenario;
};

// Reads the experiment (it must have an `optimise` section) and its scenario and checks
// them, printing the diagnostics; nothing, with the exit status in `status`, when they
// are not runnable.
std::unique_ptr<Optimisation> prepareOptimisation(const OptimiseArguments& arguments,
                                                  const std::vector<std::string>& pluginDirs,
                                                  int& status);

int optimiseCommand(const OptimiseArguments& arguments, const std::vector<std::string>& pluginDirs,
                    Language language, const Scaleout& scaleout = {});

} // namespace nk::cli
