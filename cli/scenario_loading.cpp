#include "scenario_loading.hpp"

#include "naikkelas/io/atomic_file.hpp"

#include "naikkelas/scenario/default_scenario.hpp"

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <thread>

namespace nk::cli {

namespace {

bool sameProblem(const Diagnostic& a, const Diagnostic& b) {
    return a.severity == b.severity && a.path == b.path && a.message == b.message;
}

std::string* g_captured = nullptr; // see captureOutput

} // namespace

void captureOutput(std::string* into) {
    g_captured = into;
}

void printOut(const std::string& text) {
    if (g_captured)
        *g_captured += text;
    else
        std::fwrite(text.data(), 1, text.size(), stdout);
}
void printErr(const std::string& text) {
    if (g_captured) {
        *g_captured += text + "\n";
        return;
    }
    std::fputs(text.c_str(), stderr);
    std::fputc('\n', stderr);
}

bool makeOutputFolder(const std::string& path) {
    std::error_code ec;
    std::filesystem::create_directories(path, ec);
    if (std::filesystem::is_directory(path, ec)) return true;
    printErr("error: cannot create the folder " + path);
    return false;
}

bool writeOutputFile(const std::string& path, const std::string& text) {
    std::string error;
    if (io::writeFileAtomically(path, text, error)) return true;
    printErr("error: " + error);
    return false;
}

// Loading already validates; compiling checks again (for edited scenarios): only what
// compiling adds is printed, so that a warning is not shown twice.
std::size_t printNew(const Diagnostics& found, const Diagnostics& alreadyPrinted) {
    std::size_t warnings = 0;
    const auto& old = alreadyPrinted.items();
    for (const auto& d : found.items()) {
        if (std::any_of(old.begin(), old.end(),
                        [&](const Diagnostic& o) { return sameProblem(o, d); }))
            continue;
        printErr(formatDiagnostic(d));
        if (d.severity == Severity::Warning) ++warnings;
    }
    return warnings;
}

std::unique_ptr<PluginRegistry> loadRegistry(const std::vector<std::string>& pluginDirs) {
    auto registry = std::make_unique<PluginRegistry>();
    registry->loadSearchPath(pluginDirs);
    for (const auto& problem : registry->problems()) printErr("warning: " + problem);
    return registry;
}

bool pluginDirsExist(const std::vector<std::string>& pluginDirs) {
    for (const auto& dir : pluginDirs) {
        std::error_code ec;
        if (!std::filesystem::is_directory(dir, ec)) {
            printErr("naikkelas: --plugin-dir " + dir + " is not a folder");
            return false;
        }
    }
    return true;
}

// Compiles and binds the plugins of a loaded scenario, printing every diagnostic to
// stderr; empty when the input is not runnable. `warnings` receives the number of
// warnings printed.
Prepared prepare(io::LoadResult loaded, const std::string& name, const PluginRegistry& registry,
                 std::size_t& warnings) {
    loaded.diagnostics.setFile(name);
    warnings = printNew(loaded.diagnostics, Diagnostics{});
    if (!loaded.scenario || loaded.diagnostics.hasErrors()) return {};
    CompileResult compiled = compileScenario(*loaded.scenario);
    compiled.diagnostics.setFile(name);
    warnings += printNew(compiled.diagnostics, loaded.diagnostics);
    if (compiled.diagnostics.hasErrors() || !compiled.compiled) return {};
    auto plugins = std::make_unique<PluginBinding>(compiled.compiled, registry);
    Diagnostics bound = plugins->diagnostics();
    for (const auto& d : bound.items()) {
        Diagnostic located = d;
        loaded.positions.locate(located);
        located.file = name;
        printErr(formatDiagnostic(located));
        if (located.severity == Severity::Warning) ++warnings;
    }
    if (!plugins->ok()) return {};
    return {compiled.compiled, std::move(plugins)};
}

io::LoadResult loadWithSettings(const std::string& file,
                                const std::vector<io::KeySetting>& settings, std::string& text) {
    const std::string name = file.empty() ? kDefaultScenarioName : file;
    if (file.empty()) {
        text = std::string(defaultScenarioText());
    } else {
        io::LoadResult read = io::loadScenarioFile(file, &text);
        if (text.empty()) return read; // unreadable: its diagnostics say why
    }
    return io::loadScenarioWithSettings(text, name, settings);
}

Prepared loadAndPrepare(const std::string& file, const std::vector<io::KeySetting>& settings,
                        const PluginRegistry& registry, std::size_t& warnings) {
    const std::string name = file.empty() ? kDefaultScenarioName : file;
    if (!settings.empty()) {
        std::string text;
        return prepare(loadWithSettings(file, settings, text), name, registry, warnings);
    }
    return prepare(file.empty() ? io::loadScenarioText(defaultScenarioText(), name)
                                : io::loadScenarioFile(file),
                   name, registry, warnings);
}

int resolveThreads(int requested) {
    if (requested > 0) return requested;
    return std::max(1, static_cast<int>(std::thread::hardware_concurrency()));
}

} // namespace nk::cli
