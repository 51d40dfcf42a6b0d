// Binding a compiled scenario to the plugins it names: checking their parameters
// against each module's declarations, creating instances (one per replication), and
// collecting cost lines, warnings, extra series and the manifest records. The result
// plugs into RunOptions.
#pragma once

#include "naikkelas/engine/engine.hpp"
#include "naikkelas/registry/plugin_registry.hpp"
#include "naikkelas/scenario/compiled_scenario.hpp"
#include "naikkelas/scenario/diagnostics.hpp"

#include <memory>
#include <string>
#include <vector>

namespace nk {

// Checks every plugins[i] entry: the module is loaded, each parameter is declared
// (with "did you mean"), has the declared type and lies in range or among the choices.
// Paths are plugins[i].id and plugins[i].params.NAME, so SourcePositions can add lines.
Diagnostics checkPluginUses(const Scenario& scenario, const PluginRegistry& registry);

// The plugins of one compiled scenario, ready to run. Holds the scenario and the
// registry's modules by reference: both must outlive it and every run using it.
class PluginBinding {
public:
    // Checks the uses, then creates the planning instance of each plugin (replication
    // -1, at the scenario's seed) to collect cost lines and warnings. Problems go to diagnostics();
    // ok() is false when any is an error (a missing plugin, a bad parameter, a refused create).
    PluginBinding(std::shared_ptr<const CompiledScenario> scenario, const PluginRegistry& registry);
    ~PluginBinding();
    PluginBinding(const PluginBinding&) = delete;
    PluginBinding& operator=(const PluginBinding&) = delete;

    bool ok() const { return !m_diagnostics.hasErrors(); }
    const Diagnostics& diagnostics() const { return m_diagnostics; }
    const CostPlan& costs() const;

    // Sets pipelines, costs, extra series and manifest records of `options` for a run
    // with options.seed (set the seed first). Another seed than the scenario's is planned
    // again, so the cost lines come from the seed the run's instances see.
    void apply(RunOptions& options) const;

    struct State;

private:
    std::shared_ptr<State> m_state;
    Diagnostics m_diagnostics;
};

} // namespace nk
