// An experiment (docs/experiment-format.md): which scenario, which factors over which
// ranges, which design, which indicators. As SALib's "problem": the data that the design,
// the evaluator and the analysis share. Read from YAML in experiment_yaml.cpp; checked
// against the scenario and the plugins by checkExperiment.
#pragma once

#include "naikkelas/decision/distribution.hpp"
#include "naikkelas/decision/optimise_problem.hpp"
#include "naikkelas/registry/plugin_registry.hpp"
#include "naikkelas/scenario/diagnostics.hpp"
#include "naikkelas/scenario/scenario.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace nk::decision {

enum class Scale { Linear, Log };

struct Factor {
    std::string path; // key path, `[*]` for every element of a list
    double low = 0.0; // range: [low, high]
    double high = 0.0;
    Scale scale = Scale::Linear;
    bool integer = false;
    std::vector<double> values; // instead of a range: these values, in order
    // Instead of a range: what we believe about the value (lhs, sobol and uncertainty
    // designs draw from it).
    std::optional<Distribution> distribution;
    double step = 0.0; // optimise: a range's values are low, low + step, ...; 0: a real
                       // range is continuous, an integer one steps by 1
};

enum class DesignKind { Oat, Grid, Lhs, Morris, Sobol, Frontier, Uncertainty };

// A plan an uncertainty design compares: the scenario with these keys set
// (applyFactor's paths); the first plan is the reference.
struct Plan {
    std::string name;
    std::vector<std::pair<std::string, double>> settings;
};

struct DesignSpec {
    DesignKind kind = DesignKind::Oat;
    int levels = 3;        // grid; morris (default 4)
    int samples = 64;      // lhs, sobol
    int trajectories = 10; // morris
    int bootstrap = 200;   // sobol
    // frontier and uncertainty: the outcome weighed against the discounted cost
    std::string outcome = "additional_active";
    std::vector<Plan> plans; // uncertainty; empty: the scenario as it is
};

struct Experiment {
    std::string scenario = "default"; // as written: a path relative to the file, or `default`
    RunMode mode = RunMode::Expected; // Expected or MonteCarlo
    int replications = 200;
    std::uint64_t seed = 1;
    std::vector<std::string> indicators; // empty: every key indicator
    std::vector<Factor> factors;
    DesignSpec design;
    std::optional<OptimiseSpec> optimise; // an optimisation instead of a design
};

struct ExperimentLoad {
    std::optional<Experiment> experiment; // set when there is no error
    Diagnostics diagnostics;
    SourcePositions positions; // experiment.factors[2].path -> line, column
};

ExperimentLoad loadExperimentText(std::string_view text, const std::string& displayName);
ExperimentLoad loadExperimentFile(const std::string& path);

const char* designName(DesignKind kind); // oat, grid, lhs, morris, sobol, frontier, uncertainty

// The scenario file an experiment names, resolved against the experiment file's folder;
// empty for `default` (the embedded default scenario).
std::string scenarioPathOf(const Experiment& experiment, const std::string& experimentFile);

// What needs the scenario: every factor path names a number (or a plugin's parameter),
// every value of its range lies within the key's valid range, no key is varied twice,
// every indicator exists. Diagnostics carry the experiment's key paths
// (experiment.factors[1].range); `positions` gives them lines.
Diagnostics checkExperiment(const Experiment& experiment, const Scenario& scenario,
                            const PluginRegistry& registry, const SourcePositions& positions);

} // namespace nk::decision
