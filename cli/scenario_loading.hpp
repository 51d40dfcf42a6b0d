// What the commands share to get from a file to a runnable scenario: plugin folders,
// loading with --set settings, compiling and binding, with every diagnostic printed to
// stderr as the command line shows it.
#pragma once

#include "naikkelas/io/scenario_settings.hpp"
#include "naikkelas/io/scenario_yaml.hpp"
#include "naikkelas/registry/plugin_registry.hpp"
#include "naikkelas/registry/plugin_run.hpp"

#include <memory>
#include <string>
#include <vector>

namespace nk::cli {

// How diagnostics name the embedded default scenario.
inline constexpr const char* kDefaultScenarioName = "<default scenario>";

void printOut(const std::string& text);
void printErr(const std::string& line); // adds the newline
// From now on printOut and printErr append to `into` instead (null: print again): the
// ranks of an MPI job other than 0 keep quiet and hand their messages to rank 0.
void captureOutput(std::string* into);

// Creates an output folder (and its parents) unless it exists; false after printing why.
bool makeOutputFolder(const std::string& path);

// Writes an output file whole or not at all; false after printing why.
bool writeOutputFile(const std::string& path, const std::string& text);

// Prints the diagnostics of `found` that `alreadyPrinted` lacks; returns the warnings
// printed.
std::size_t printNew(const Diagnostics& found, const Diagnostics& alreadyPrinted);

// Every module of the search path (--plugin-dir, NAIKKELAS_PLUGIN_PATH, next to the
// executable); modules that fail to load are reported as warnings.
std::unique_ptr<PluginRegistry> loadRegistry(const std::vector<std::string>& pluginDirs);

// A folder given with --plugin-dir must exist (a typing error would otherwise surface as
// "plugin not installed"); prints the problem.
bool pluginDirsExist(const std::vector<std::string>& pluginDirs);

struct Prepared {
    std::shared_ptr<const CompiledScenario> scenario;
    std::unique_ptr<PluginBinding> plugins;
};

// Compiles and binds a loaded scenario; empty when it is not runnable. `warnings`
// receives the number of warnings printed.
Prepared prepare(io::LoadResult loaded, const std::string& name, const PluginRegistry& registry,
                 std::size_t& warnings);

// A scenario file (the embedded default when `file` is empty) with `settings` applied;
// `text` receives the text as read.
io::LoadResult loadWithSettings(const std::string& file,
                                const std::vector<io::KeySetting>& settings, std::string& text);

Prepared loadAndPrepare(const std::string& file, const std::vector<io::KeySetting>& settings,
                        const PluginRegistry& registry, std::size_t& warnings);

// --threads: 0 means every core.
int resolveThreads(int requested);

} // namespace nk::cli
