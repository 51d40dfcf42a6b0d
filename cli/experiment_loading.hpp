// Reading an experiment file for `explore` and `optimise`: the plugins, the experiment,
// the scenario it names, and the checks that need both, with every diagnostic printed.
// What every rank of a distributed run prepares alike.
#pragma once

#include "naikkelas/decision/experiment.hpp"
#include "naikkelas/registry/plugin_registry.hpp"

#include <memory>
#include <string>
#include <vector>

namespace nk::cli {

struct CheckedExperiment {
    std::unique_ptr<PluginRegistry> registry;
    decision::Experiment experiment;
    std::string experimentText; // as read, for its digest
    std::string scenarioFile;   // as resolved; empty for the default scenario
    std::string scenarioText;
    Scenario scenario;
};

// Nothing, with the exit status in `status`, when the files are not runnable.
std::unique_ptr<CheckedExperiment> loadCheckedExperiment(const std::string& file,
                                                         const std::vector<std::string>& pluginDirs,
                                                         int& status);

} // namespace nk::cli
