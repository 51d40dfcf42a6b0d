// Reading and setting one number of a Scenario by the key path diagnostics print
// (scenario/key_path.hpp): `parameters.volatility_monthly`, `cohorts[blimbing].participants`,
// `clusters[purwantoro].equipment[deck_oven].units`, `simulation.quantiles[1]`. Entries are
// named by index or id (a cluster's equipment by the equipment's id). Paths resolve through
// the schema's tables, so a sweep over factor paths meets the same keys, ranges and
// did-you-mean as a file edit. A plugin's parameters (`plugins[id].name`) are declared by
// the plugin, so they are reported as such, for the plugin registry to resolve.
#pragma once

#include "naikkelas/scenario/diagnostics.hpp"
#include "naikkelas/scenario/scenario.hpp"
#include "naikkelas/scenario/schema.hpp"

#include <string>
#include <string_view>

namespace nk::schema {

enum class PathStatus {
    Ok,
    NotAKeyPath,     // the text is no key path (`a..b`, `a[`)
    Unknown,         // names no key or no entry
    NotANumber,      // names text, a choice, a section, a list or an entry
    PluginParameter, // a plugin's parameter: the plugin registry resolves it
    OutOfRange,      // writeNumber: the value is outside the field's range or type
};

struct NumberAt {
    PathStatus status = PathStatus::Ok;
    // The path with indexes in place of ids (`cohorts[0].participants`), as far as it
    // resolved; for a plugin parameter `plugins[0].params.name`.
    std::string path;
    const FieldInfo* field = nullptr; // Ok and OutOfRange: the row, with unit and range
    double value = 0;                 // Ok: the value (after writeNumber, the new one)
    Diagnostic problem;               // otherwise: path, message and hint (did you mean)
    bool ok() const { return status == PathStatus::Ok; }
};

NumberAt readNumber(const Scenario& scenario, std::string_view keyPath);

// Sets the number when the path names one and `value` is within the field's range (and
// whole, for a whole-number field); otherwise the scenario is left as it was. Checks that
// involve other keys (entry month within the horizon) remain validateScenario's.
NumberAt writeNumber(Scenario& scenario, std::string_view keyPath, double value);

} // namespace nk::schema
