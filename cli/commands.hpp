// The `naikkelas` commands: run, validate, set, plugins, help and version. Each returns the process
// exit status (kExit* in arguments.hpp); diagnostics and errors go to stderr, results to
// stdout.
#pragma once

#include "arguments.hpp"
#include "scaleout.hpp"
#include "scenario_loading.hpp"

#include <memory>
#include <string>

namespace nk::cli {

std::string helpText();
std::string versionText();

// A scenario ready to run as `run` would run it: what every rank of a distributed run
// prepares alike.
struct RunPreparation {
    std::unique_ptr<PluginRegistry> registry; // the plugins' modules, kept loaded
    Prepared prepared;
    RunOptions options; // mode as asked: Both runs expected, then Monte Carlo
};
// Loads, compiles and binds the scenario and builds the options from the arguments,
// printing the diagnostics; nothing, with the exit status in `status`, when not runnable.
std::unique_ptr<RunPreparation> prepareRun(const RunArguments& arguments,
                                           const std::vector<std::string>& pluginDirs, int& status);

int runCommand(const RunArguments& arguments, const std::vector<std::string>& pluginDirs,
               Language language, const Scaleout& scaleout = {});
int validateCommand(const std::vector<std::string>& files,
                    const std::vector<std::string>& pluginDirs);
// Applies KEY=VALUE settings to a scenario file and writes it keeping its layout
// (io::writeScenarioPreserving); on any diagnostic error nothing is written.
int setCommand(const SetArguments& arguments, const std::vector<std::string>& pluginDirs);
// Lists the plugin modules found: id, version, ABI, file, SHA-256, parameters, series.
int pluginsCommand(const std::vector<std::string>& pluginDirs, Language language);

// Parses, dispatches and returns the exit status; what main() does.
int runMain(const std::vector<std::string>& args, const Scaleout& scaleout = {});

} // namespace nk::cli
