// Discovering and loading plugin modules (plugin_api.h): search folders, dlopen with
// RTLD_NOW | RTLD_LOCAL, the ABI check before anything else, and the table of loaded
// modules by id. Modules are never unloaded while the registry lives, and a registry
// outlives every run that uses it.
#pragma once

#include "naikkelas/plugin_api.h"

#include <memory>
#include <string>
#include <vector>

namespace nk {

// One loaded module. Its description is read once into this host's layout (a module of
// another minor may have larger or smaller structs, plugin_api.h): `plugin` points to
// that copy, whose parameter and series arrays are `params` and `series`.
struct PluginModule {
    std::string path;   // the file it was loaded from
    std::string sha256; // of the file's bytes
    const nk_plugin* plugin = nullptr;
    std::string id, name, version;
    std::string abi; // "major.minor" the module was built with
    nk_plugin description{};
    std::vector<nk_param_decl> params;
    std::vector<nk_series_decl> series;

    PluginModule() = default;
    PluginModule(const PluginModule&) = delete; // `plugin` points into it
    PluginModule& operator=(const PluginModule&) = delete;
};

class PluginRegistry {
public:
    PluginRegistry();
    ~PluginRegistry();
    PluginRegistry(const PluginRegistry&) = delete;
    PluginRegistry& operator=(const PluginRegistry&) = delete;

    // Loads one module file. False with a message naming the file on any failure: not
    // loadable, no entry symbol, another major or a compatibility_minimum newer than this
    // host, malformed description (including a parameter default outside its range or
    // choices), id already loaded.
    bool loadFile(const std::string& path, std::string& error);
    // Loads every *.so in a folder (sorted by name); a missing folder is not an error.
    // Failures are kept in problems(). A module whose id is already loaded from an
    // earlier folder is skipped and noted in shadowed(): earlier folders take precedence.
    void loadFolder(const std::string& folder);
    // Loads the folders of pluginSearchPath(given, $NAIKKELAS_PLUGIN_PATH, executableDir())
    // in order, and returns them (what the command line and the app search).
    std::vector<std::string> loadSearchPath(const std::vector<std::string>& given = {});

    const PluginModule* find(const std::string& id) const; // null if not loaded
    const std::vector<std::unique_ptr<PluginModule>>& modules() const { return m_modules; }
    const std::vector<std::string>& problems() const { return m_problems; }
    const std::vector<std::string>& shadowed() const { return m_shadowed; }

private:
    enum class Status { Loaded, Duplicate, Failed };
    Status load(const std::string& path, std::string& error);

    std::vector<std::unique_ptr<PluginModule>> m_modules;
    std::vector<std::string> m_problems;
    std::vector<std::string> m_shadowed;
};

// The folders searched, in order: those given (e.g. --plugin-dir), then the folders of
// NAIKKELAS_PLUGIN_PATH (colon-separated; `envValue` may be null), then `plugins` next
// to the executable and ../lib/naikkelas/plugins (an installed layout).
std::vector<std::string> pluginSearchPath(const std::vector<std::string>& given,
                                          const char* envValue, const std::string& executableDir);

// Folder of the running executable (/proc/self/exe), or empty if unknown.
std::string executableDir();

} // namespace nk
