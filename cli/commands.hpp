// The `naikkelas` commands: run, validate, set, plugins, help and version. Each returns the process
// exit status (kExit* in arguments.hpp); diagnostics and errors go to stderr, results to
// stdout.
#pragma once

#include "arguments.hpp"

#include <string>

namespace nk::cli {

std::string helpText();
std::string versionText();

int runCommand(const RunArguments& arguments, const std::vector<std::string>& pluginDirs,
               Language language);
int validateCommand(const std::vector<std::string>& files,
                    const std::vector<std::string>& pluginDirs);
// Applies KEY=VALUE settings to a scenario file and writes it keeping its layout
// (io::writeScenarioPreserving); on any diagnostic error nothing is written.
int setCommand(const SetArguments& arguments, const std::vector<std::string>& pluginDirs);
// Lists the plugin modules found: id, version, ABI, file, SHA-256, parameters, series.
int pluginsCommand(const std::vector<std::string>& pluginDirs, Language language);

// Parses, dispatches and returns the exit status; what main() does.
int runMain(const std::vector<std::string>& args);

} // namespace nk::cli
