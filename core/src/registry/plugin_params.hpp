// A plugin's parameters as a scenario sets them, checked against the module's
// declarations (names, types, ranges, choices) with defaults filled in.
#pragma once

#include "naikkelas/plugin_api.h"
#include "naikkelas/scenario/diagnostics.hpp"
#include "naikkelas/scenario/scenario.hpp"

#include <cstdint>
#include <string>
#include <vector>

namespace nk::registry {

struct ResolvedParam {
    std::string name;
    std::int32_t type = NK_PARAM_NUMBER;
    double number = 0.0;
    std::int64_t integer = 0;
    std::string text;
};

// Every declared parameter in declaration order, the scenario's value or the default.
// Problems are reported at `usePath`.params.NAME; false if there was any.
bool resolveParams(const nk_plugin& plugin, const PluginUse& use, const std::string& usePath,
                   Diagnostics& diagnostics, std::vector<ResolvedParam>& out);

// The value with its type (a manifest writes numbers as numbers, flags as booleans).
ParamValue paramValue(const ResolvedParam& param);

} // namespace nk::registry
