// The plugin modifier pipeline of docs/model.md section 3, as the engine sees it.
#pragma once

#include "naikkelas/results/result_set.hpp"

#include <functional>
#include <memory>
#include <span>
#include <string>

namespace nk {

struct Modifiers {
    double start_mult = 1.0;
    double exit_mult = 1.0;
    double drift_add = 0.0;
    double sigma_mult = 1.0;
    double capacity_add = 0.0;
    double start_shift = 0.0;

    // Combination rules of docs/model.md section 3: products and sums.
    void combine(const Modifiers& other);
    bool finite() const;
    bool operator==(const Modifiers&) const = default;
};

// One group's state at month t: counts (expected or realised) of P, A_0..A_{B-1}, X,
// and the mean-field counts of expected mode for the same group, arm and month (in
// expected mode the same as counts). Design effects of a program follow the plan and
// read the mean field, so both modes give them alike; count-dependent effects (access
// to shared units, adoption following active firms) read the realised counts.
struct GroupState {
    int group = 0;
    std::span<const double> counts;    // size B + 2
    std::span<const double> meanField; // size B + 2
};

// Gives the combined modifiers of all plugins for each group, arm and month. One
// instance serves one replication on one thread. For each month t = 0..H and each arm,
// observe sees every group's state at t (and writes the plugins' series of month t)
// before any modifiers(t) call, so count-dependent effects can use the counts.
class ModifierPipeline {
public:
    virtual ~ModifierPipeline() = default;
    // `series` holds RunOptions::pluginSeries.size() values, preset to 0. False, with a
    // message naming the plugin and month, stops the run.
    virtual bool observe(Arm arm, int month, std::span<const GroupState> groups,
                         std::span<double> series, std::string& error) = 0;
    // False, with a message naming the plugin, group and month, stops the run.
    virtual bool modifiers(Arm arm, int month, int group, Modifiers& out, std::string& error) = 0;
};

// Makes the pipeline of one replication (replication -1: expected mode). Null factory:
// no plugins, every modifier neutral, both arms equal.
using PipelineFactory = std::function<std::unique_ptr<ModifierPipeline>(int replication)>;

} // namespace nk
