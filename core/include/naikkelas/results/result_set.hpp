// What a run produced: series per arm and scope (mean and quantiles per month), the
// key indicators at the horizon, and the run's manifest. Immutable once built.
#pragma once

#include "naikkelas/scenario/scenario.hpp"

#include <limits>
#include <string>
#include <utility>
#include <vector>

namespace nk {

enum class Arm { Program = 0, Baseline = 1, Impact = 2 };
const char* armName(Arm arm); // program, baseline, impact

struct SeriesBand {
    Arm arm = Arm::Program;
    std::string scope;        // total, cohort:ID, cluster:ID, group:TAG
    std::string name;         // prospects, active, class:kecil, revenue, cost:training, ...
    std::vector<double> mean; // per month t = 0..H
    std::vector<std::vector<double>> quantiles; // [level][t]; empty in expected mode
};

// A key indicator at the horizon, program - baseline (docs/model.md 2.7).
struct Indicator {
    std::string key;  // additional_active, cost_per_additional_active, ...
    std::string unit; // enterprises, participants, rupiah, ratio
    double mean = 0.0;
    std::vector<double> quantiles; // per level; empty in expected mode
    // Monte Carlo: the standard error of the mean over replications (ratios of means by
    // the delta method); NaN in expected mode or where undefined.
    double standardError = std::numeric_limits<double>::quiet_NaN();
};

// A plugin a run used, as the manifest records it.
struct PluginRecord {
    std::string id;
    std::string version;
    std::string abi; // major.minor
    std::string file;
    std::string sha256;
    std::vector<std::pair<std::string, ParamValue>> params; // every parameter, as used
};

struct RunManifest {
    std::string version;
    std::string scenarioId;
    std::string scenarioSha256; // of the scenario's canonical YAML
    std::uint64_t seed = 0;
    int threads = 1;
    int replications = 0;
    std::string mode;
    std::vector<PluginRecord> plugins;
};

struct ResultSet {
    RunMode mode = RunMode::Expected; // Expected or MonteCarlo
    int months = 0;                   // H + 1 points
    std::string start;                // YYYY-MM of t = 0
    int replications = 0;
    std::vector<double> quantileLevels;
    std::vector<SeriesBand> series;
    std::vector<Indicator> indicators;
    // Monte Carlo: every replication's indicators, [replication * indicators.size() + i],
    // so that two runs on the same random numbers can be compared replication by
    // replication (results/paired_comparison.hpp). Empty in expected mode.
    std::vector<double> replicationIndicators;
    RunManifest manifest;

    const SeriesBand* find(Arm arm, const std::string& scope, const std::string& name) const;
    const Indicator* indicator(const std::string& key) const;
};

} // namespace nk
