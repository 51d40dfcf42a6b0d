#include "naikkelas/registry/plugin_registry.hpp"

#include "plugin_description.hpp"

#include "naikkelas/io/sha256.hpp"

#include <algorithm>
#include <cstddef>
#include <cstdlib>
#include <dlfcn.h>
#include <filesystem>
#include <system_error>

namespace nk {

namespace {

namespace fs = std::filesystem;

std::string abiText(std::uint32_t major, std::uint32_t minor) {
    return std::to_string(major) + "." + std::to_string(minor);
}

} // namespace

PluginRegistry::PluginRegistry() = default;

// Modules stay loaded for the registry's life; dlclose at exit is left to the system
// so that no static destructor of a module runs after its code is unmapped.
PluginRegistry::~PluginRegistry() = default;

bool PluginRegistry::loadFile(const std::string& path, std::string& error) {
    return load(path, error) == Status::Loaded;
}

PluginRegistry::Status PluginRegistry::load(const std::string& path, std::string& error) {
    void* handle = ::dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL);
    if (!handle) {
        const char* why = ::dlerror();
        error = path + ": cannot be loaded as a plugin module: " + (why ? why : "unknown reason");
        return Status::Failed;
    }
    auto fail = [&](const std::string& message, Status status = Status::Failed) {
        error = path + ": " + message;
        ::dlclose(handle);
        return status;
    };
    void* symbol = ::dlsym(handle, NK_ENTRY_SYMBOL);
    if (!symbol)
        return fail(std::string("not a NaikKelas plugin: no `") + NK_ENTRY_SYMBOL + "` symbol");
    const auto entry = reinterpret_cast<nk_plugin_entry_fn>(symbol);
    const nk_plugin* plugin = entry();
    if (!plugin) return fail("its entry returned no description");
    // The versions come before reading any other field.
    if (!registry::hasVersion(*plugin))
        return fail("its description is too small to hold an ABI version");
    const std::string host = abiText(NK_ABI_MAJOR, NK_ABI_MINOR);
    const std::string module = abiText(plugin->abi_major, plugin->abi_minor);
    if (plugin->abi_major != NK_ABI_MAJOR)
        return fail("plugin ABI " + module + " is not supported by this NaikKelas (ABI " + host +
                    "); rebuild the plugin against this version's plugin_api.h");
    if (const std::uint32_t minimum = registry::compatibilityMinimum(*plugin);
        minimum > NK_ABI_MINOR)
        return fail("plugin built for ABI " + module + " needs ABI " +
                    abiText(NK_ABI_MAJOR, minimum) + " or newer; this NaikKelas has ABI " + host +
                    ": update NaikKelas, or rebuild the plugin with a lower compatibility_minimum");
    auto module_ = std::make_unique<PluginModule>();
    if (const std::string problem = registry::readDescription(*plugin, *module_); !problem.empty())
        return fail("malformed plugin description: " + problem);
    if (const PluginModule* other = find(plugin->id))
        return fail("plugin `" + std::string(plugin->id) + "` is already loaded from " +
                        other->path,
                    Status::Duplicate);

    module_->path = path;
    std::string readError;
    if (!io::sha256File(path, module_->sha256, readError))
        return fail("cannot read it to compute its digest: " + readError);
    module_->id = plugin->id;
    module_->name = plugin->name;
    module_->version = plugin->version;
    module_->abi = module;
    m_modules.push_back(std::move(module_)); // the handle stays open for good
    return Status::Loaded;
}

void PluginRegistry::loadFolder(const std::string& folder) {
    std::error_code ec;
    if (!fs::is_directory(folder, ec)) return;
    std::vector<fs::path> files;
    for (const auto& entry : fs::directory_iterator(folder, ec))
        if (entry.path().extension() == ".so") files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    for (const auto& file : files) {
        std::string error;
        switch (load(file.string(), error)) {
        case Status::Loaded:
            break;
        case Status::Duplicate:
            m_shadowed.push_back(error);
            break;
        case Status::Failed:
            m_problems.push_back(error);
            break;
        }
    }
}

std::vector<std::string> PluginRegistry::loadSearchPath(const std::vector<std::string>& given) {
    const auto folders =
        pluginSearchPath(given, std::getenv("NAIKKELAS_PLUGIN_PATH"), executableDir());
    for (const auto& folder : folders) loadFolder(folder);
    return folders;
}

const PluginModule* PluginRegistry::find(const std::string& id) const {
    for (const auto& m : m_modules)
        if (m->id == id) return m.get();
    return nullptr;
}

std::vector<std::string> pluginSearchPath(const std::vector<std::string>& given,
                                          const char* envValue, const std::string& exeDir) {
    std::vector<std::string> folders = given;
    if (envValue) {
        const std::string env = envValue;
        std::size_t from = 0;
        while (from <= env.size()) {
            const std::size_t colon = std::min(env.find(':', from), env.size());
            if (colon > from) folders.push_back(env.substr(from, colon - from));
            from = colon + 1;
        }
    }
    if (!exeDir.empty()) {
        folders.push_back((fs::path(exeDir) / "plugins").string());
        folders.push_back((fs::path(exeDir) / ".." / "lib" / "naikkelas" / "plugins").string());
    }
    return folders;
}

std::string executableDir() {
    std::error_code ec;
    const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
    return ec ? std::string() : exe.parent_path().string();
}

} // namespace nk
