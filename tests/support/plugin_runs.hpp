// Running scenarios with the real builtin plugin modules (<build>/plugins), for the
// plugin suites.
#pragma once

#include "naikkelas/engine/engine.hpp"
#include "naikkelas/io/scenario_yaml.hpp"
#include "naikkelas/registry/plugin_run.hpp"

#include <doctest/doctest.h>

#include <string>

namespace nk::test {

// The builtin modules, loaded once for the whole suite; every one must load.
inline const PluginRegistry& builtinPlugins() {
    static const PluginRegistry* registry = [] {
        auto* r = new PluginRegistry();
        r->loadFolder(NK_PLUGIN_DIR);
        return r;
    }();
    for (const auto& problem : registry->problems()) MESSAGE(problem);
    REQUIRE(registry->problems().empty());
    return *registry;
}

// A scenario file from scenarios/, which must load without errors.
inline Scenario scenarioFile(const std::string& name) {
    const auto loaded = io::loadScenarioFile(std::string(NK_SCENARIO_DIR) + "/" + name);
    for (const auto& d : loaded.diagnostics.items()) MESSAGE(formatDiagnostic(d));
    REQUIRE(loaded.scenario);
    REQUIRE_FALSE(loaded.diagnostics.hasErrors());
    return *loaded.scenario;
}

// The binding's diagnostics, one formatted line each (empty when it binds cleanly).
inline std::string bindingProblems(const Scenario& s, const PluginRegistry& registry) {
    CompileResult compiled = compileScenario(s);
    REQUIRE(compiled.compiled);
    PluginBinding binding(compiled.compiled, registry);
    std::string out;
    for (const auto& d : binding.diagnostics().items()) out += formatDiagnostic(d) + "\n";
    return out;
}

struct PluginRun {
    bool ok = false;
    std::string error; // binding diagnostics or the run's error
    ResultSet results;
};

// Compiles, binds and runs; never REQUIREs success, so failures can be tested.
inline PluginRun tryRunWithPlugins(const Scenario& s, const PluginRegistry& registry,
                                   RunMode mode = RunMode::Expected, int replications = 40,
                                   std::uint64_t seed = 7) {
    PluginRun run;
    CompileResult compiled = compileScenario(s);
    REQUIRE(compiled.compiled);
    PluginBinding binding(compiled.compiled, registry);
    for (const auto& d : binding.diagnostics().items())
        if (d.severity == Severity::Error) run.error += formatDiagnostic(d) + "\n";
    if (!binding.ok()) return run;
    RunOptions options = defaultRunOptions(*compiled.compiled);
    options.mode = mode;
    options.replications = replications;
    options.seed = seed;
    options.threads = 2;
    binding.apply(options);
    RunOutcome outcome = runScenario(*compiled.compiled, options);
    run.ok = outcome.ok;
    run.error += outcome.error;
    run.results = std::move(outcome.results);
    return run;
}

// As tryRunWithPlugins with the builtin modules, REQUIRing success.
inline ResultSet runWithPlugins(const Scenario& s, RunMode mode = RunMode::Expected,
                                int replications = 40, std::uint64_t seed = 7) {
    PluginRun run = tryRunWithPlugins(s, builtinPlugins(), mode, replications, seed);
    INFO(run.error);
    REQUIRE(run.ok);
    return std::move(run.results);
}

} // namespace nk::test
