// Shared equipment of a cluster as one replication runs it, and the access a cluster's
// active program enterprises have to it (README.md, "Shared facility access").
#pragma once

#include "naikkelas/plugin.hpp"

#include <cstdint>
#include <vector>

namespace nk::plugins::cluster_growth {

// One shared equipment allocation of a cluster.
struct Facility {
    double runningUnits = 0.0; // expected units x p, or the units drawn as kept running
    double slots = 0.0;        // members it serves: running units x members per unit
    double capacity = 0.0;     // Rp/month of revenue a member's use allows (0: none)
    int firstMonth = 0;        // bought when the cluster's first cohort enters
    int endMonth = 0;          // first month after its lifetime
    bool availableAt(int t) const { return t >= firstMonth && t < endMonth; }
};

// Month the cluster's equipment is bought: its first cohort's entry (0 when it has none),
// as the budget plugin charges it.
int installMonth(const nk_scenario_view& scenario, std::uint32_t cluster);

// The shared facilities of every cluster. Expected mode (replication -1) runs
// units x running_probability units; a Monte Carlo replication draws each unit once.
std::vector<std::vector<Facility>> buildFacilities(const nk::plugin::CreateContext& context);

struct Access {
    double share = 0.0;        // a = min(1, slots / active), 0 without a facility
    double capacityGain = 0.0; // capacity added at full access, Rp/month
};

// Access of `active` program enterprises to the facilities available at month t.
Access accessAt(const std::vector<Facility>& facilities, int t, double active, double homeCapacity);

} // namespace nk::plugins::cluster_growth
