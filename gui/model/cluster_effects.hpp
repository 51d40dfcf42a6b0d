// What an allocation of shared equipment changes in each cluster (no ImGui), for the
// shared-equipment view: per cluster at the horizon, additional active enterprises
// (program - baseline), income per participant, participants at or above the UMK and
// enterprises by micro band; the marginal value of one more or one fewer unit of each
// item in each cluster (expected mode, recomputed as the user drags); and a Monte Carlo
// comparison of the allocation with the reference on the same random numbers (units run
// with their running probability there), so that each difference has its paired band.
#pragma once

#include "naikkelas/registry/plugin_registry.hpp"
#include "naikkelas/results/paired_comparison.hpp"
#include "naikkelas/results/result_set.hpp"
#include "naikkelas/scenario/scenario.hpp"

#include <atomic>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace nk::gui {

struct ClusterFigures {
    std::string id;
    double additionalActive = 0.0;     // program - baseline
    double incomePerParticipant = 0.0; // Rp/month, program arm
    double participantsAtUmk = 0.0;    // program arm
    std::vector<double> bands;         // enterprises per micro band (ClusterEffects::bands)
};

struct ClusterEffects {
    std::vector<std::string> bands;       // the micro bands' names, as the results give them
    std::vector<ClusterFigures> clusters; // in the scenario's order
};

// At the horizon, from the mean series of each cluster's scope.
ClusterEffects clusterEffects(const ResultSet& results, const Scenario& scenario);

// One unit more or fewer of an item in a cluster, against the scenario as it is.
struct UnitChange {
    double profit = 0.0; // discounted profit the program adds (benefit_discounted)
    double atUmk = 0.0;  // participants at >= UMK the program adds (additional_at_umk)
    double cost = 0.0;   // discounted cost (cost_discounted)
};

struct UnitMargin {
    std::size_t cluster = 0;
    std::string item;
    std::optional<UnitChange> plus;
    std::optional<UnitChange> minus; // none where the cluster has no unit to remove
};

struct UnitMargins {
    std::vector<UnitMargin> cells; // cluster by cluster, items in the plan's order
    bool cancelled = false;
    std::string error;
    std::uint64_t documentState = 0;
};

// Runs the scenario and each change in expected mode.
UnitMargins unitMargins(const Scenario& scenario, const PluginRegistry& registry,
                        const std::vector<std::string>& items,
                        const std::atomic<bool>* cancel = nullptr);

// The allocation against the reference, both in Monte Carlo on one seed.
struct PairedAllocation {
    std::optional<ResultSet> reference;
    std::optional<ResultSet> current;
    std::vector<IndicatorDifference> differences; // current - reference, paired bands
    bool cancelled = false;
    std::string error;
    std::uint64_t documentState = 0;
};

PairedAllocation pairedAllocation(const Scenario& reference, const Scenario& current,
                                  const PluginRegistry& registry, int replications,
                                  const std::atomic<bool>* cancel = nullptr,
                                  std::atomic<double>* progress = nullptr);

// One run of `scenario` (plugins bound); none with `error` when it cannot run.
std::optional<ResultSet> runScenarioIn(const Scenario& scenario, const PluginRegistry& registry,
                                       RunMode mode, int replications,
                                       const std::atomic<bool>* cancel, std::string& error);

} // namespace nk::gui
