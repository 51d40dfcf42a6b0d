// A module's description as the registry reads it: the version policy, the copy into
// this host's layout (fields and array strides by struct_size, plugin_api.h "Growth
// within a major") and the checks of every declaration.
#pragma once

#include "naikkelas/registry/plugin_registry.hpp"

#include <cstdint>
#include <string>

namespace nk::registry {

// Whether a description says enough to be version-checked: struct_size and the ABI.
bool hasVersion(const nk_plugin& raw);

// The oldest host minor the module runs on: compatibility_minimum, or abi_minor for a
// description from before 1.1.
std::uint32_t compatibilityMinimum(const nk_plugin& raw);

// Copies `raw` (of a matching major and a minimum this host meets) into `module`'s
// description, parameters and series in this host's layout, and checks them all.
// Returns what is wrong, or empty.
std::string readDescription(const nk_plugin& raw, PluginModule& module);

} // namespace nk::registry
