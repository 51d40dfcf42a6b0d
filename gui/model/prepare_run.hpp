// Compile, validate and bind the plugins of an edited scenario, collecting the same
// diagnostics the command line prints, located by the document's source positions.
#pragma once

#include "naikkelas/registry/plugin_run.hpp"
#include "naikkelas/scenario/compiled_scenario.hpp"
#include "naikkelas/scenario/diagnostics.hpp"

#include <memory>
#include <string>

namespace nk::gui {

struct PreparedRun {
    std::shared_ptr<const CompiledScenario> compiled; // null when it does not compile
    std::unique_ptr<PluginBinding> binding;           // null when it does not compile
    Diagnostics diagnostics;
    bool runnable() const { return binding && binding->ok(); }
};

// `positions` may be null (no lines then); `file` names the diagnostics' file.
PreparedRun prepareRun(const Scenario& scenario, const SourcePositions* positions,
                       const std::string& file, const PluginRegistry& registry);

} // namespace nk::gui
