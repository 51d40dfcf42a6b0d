// Reading and writing scenario files (YAML, schema version 1). yaml-cpp stays inside
// the .cpp: callers see Scenario values and Diagnostics only.
#pragma once

#include "naikkelas/scenario/diagnostics.hpp"
#include "naikkelas/scenario/scenario.hpp"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace nk::io {

inline constexpr std::size_t kMaxScenarioBytes = 4 * 1024 * 1024;

// A scenario text that was read with errors: what could be read, each value that could
// not keeping its default, so that an editor can open the file for repair.
struct PartialScenario {
    Scenario scenario;
    // The problems of reading (a value of the wrong kind, an unknown or missing key),
    // without validateScenario's findings, which the caller recomputes as it edits.
    Diagnostics readProblems;
};

struct LoadResult {
    std::optional<Scenario> scenario; // set when there is no error
    // Set instead when there are errors but the text is a scenario's mapping (not when it
    // is no YAML, another format version, or has too many problems to read on).
    std::optional<PartialScenario> partial;
    Diagnostics diagnostics;   // all problems found, errors and warnings
    SourcePositions positions; // where each key path of the text is
};

// Parses and validates (validateScenario) a scenario; every diagnostic carries
// `displayName`, and line/column where the key is in the text.
LoadResult loadScenarioText(std::string_view text, const std::string& displayName);
// `text`, when given, receives the file's text (for a writer that keeps its layout,
// scenario_preserving.hpp); it is left empty when the file cannot be read.
LoadResult loadScenarioFile(const std::string& path, std::string* text = nullptr);

// The YAML text of a scenario; loading it again gives an equal Scenario.
std::string scenarioToYaml(const Scenario& scenario);

// Writes by write-then-rename; on failure returns false, leaves any existing file
// untouched and sets `error`.
bool saveScenarioFile(const Scenario& scenario, const std::string& path, std::string& error);

} // namespace nk::io
