// The text of `naikkelas plugins`: every module found with its version, ABI, file,
// SHA-256, description, parameters (type, unit, default, range) and series, then what
// failed to load.
#pragma once

#include "naikkelas/registry/plugin_registry.hpp"
#include "naikkelas/units/rupiah.hpp"

#include <string>
#include <vector>

namespace nk::cli {

std::string renderPluginListing(const PluginRegistry& registry,
                                const std::vector<std::string>& searchedFolders, Language language);

} // namespace nk::cli
