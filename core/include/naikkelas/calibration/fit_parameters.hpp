// The parameters a calibration fits: key paths as the decision layer's factors take them
// (`parameters.start_prob_monthly`, `cohorts[*].business_share`,
// `plugins[cohort_outcomes].kit_start_mult`), each with the box the optimiser searches:
// the key's valid range (the schema's, or the plugin's declaration), narrowed where the
// user asks (`PATH=LOW:HIGH`) and closed where the range is open (docs/calibration.md).
#pragma once

#include "naikkelas/registry/plugin_registry.hpp"
#include "naikkelas/scenario/diagnostics.hpp"
#include "naikkelas/scenario/scenario.hpp"

#include <optional>
#include <string>
#include <vector>

namespace nk::calibration {

struct FitRequest {
    std::string path;
    std::optional<double> low, high; // PATH=LOW:HIGH
};

// `PATH[=LOW:HIGH][,PATH...]`; false with `error` naming the bad item.
bool parseFitList(const std::string& text, std::vector<FitRequest>& out, std::string& error);

struct FitParameter {
    std::string path;
    std::string unit;
    double start = 0.0; // the scenario's value, inside the box
    double low = 0.0, high = 0.0;
    // Searched on a log scale: a positive box spanning more than a factor of 20.
    bool logScale = false;
    // Maps between the value and the optimiser's coordinate in [0, 1].
    double toUnit(double value) const;
    double fromUnit(double u) const;
};

// Resolves each request against the scenario and the plugin declarations. Errors name the
// path and what is valid: an unknown key, a whole-number or non-numeric key, a box outside
// the valid range, a parameter given twice.
Diagnostics resolveFitParameters(const Scenario& scenario, const PluginRegistry& registry,
                                 const std::vector<FitRequest>& requests,
                                 std::vector<FitParameter>& out);

} // namespace nk::calibration
