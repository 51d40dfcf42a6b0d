// Internal to core/src/io: reading a scenario for the writers and for edits made in
// memory, beside the public loadScenarioText.
#pragma once

#include "naikkelas/io/scenario_yaml.hpp"

#include <yaml-cpp/yaml.h>

#include <optional>
#include <string>
#include <string_view>

namespace nk::io::detail {

// The checks on the text and yaml-cpp's parse, as loadScenarioText makes them; false with
// the diagnostics in `result` when no node tree comes out.
bool parseScenarioYaml(std::string_view text, YAML::Node& root, LoadResult& result);

// Reads a node tree as loadScenarioText reads a text, validation included; for a tree
// edited in memory (`naikkelas set`). Positions are those of the nodes' marks.
LoadResult loadScenarioNode(const YAML::Node& root, const std::string& displayName);

// The scenario a text holds, without validateScenario's checks (an edited scenario may be
// saved before it is valid); nothing when the text cannot be read as a scenario.
std::optional<Scenario> readScenarioUnchecked(std::string_view text);

} // namespace nk::io::detail
