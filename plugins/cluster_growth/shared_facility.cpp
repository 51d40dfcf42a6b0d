#include "shared_facility.hpp"

#include <algorithm>
#include <limits>

namespace nk::plugins::cluster_growth {

int installMonth(const nk_scenario_view& s, std::uint32_t cluster) {
    int month = -1;
    for (std::uint32_t g = 0; g < s.group_count; ++g)
        if (s.groups[g].cluster == int(cluster) && (month < 0 || s.groups[g].entry_month < month))
            month = s.groups[g].entry_month;
    return std::max(month, 0);
}

namespace {

double runningUnits(const nk::plugin::CreateContext& context, std::uint32_t cluster,
                    std::uint32_t allocation, int units, double p) {
    if (context.replication < 0) return units * p;
    // One draw per unit and replication: a unit is kept running for the whole run or not
    // at all (SFURTI counts facilities running, not months).
    int running = 0;
    for (int u = 0; u < units; ++u) {
        const std::uint64_t index = (std::uint64_t(allocation) << 32) + std::uint64_t(u);
        running += context.uniform(cluster, index) < p;
    }
    return running;
}

} // namespace

std::vector<std::vector<Facility>> buildFacilities(const nk::plugin::CreateContext& context) {
    const nk_scenario_view& s = context.scenario;
    std::vector<std::vector<Facility>> out(s.cluster_count);
    for (std::uint32_t c = 0; c < s.cluster_count; ++c) {
        const nk_cluster_view& cluster = s.clusters[c];
        const int first = installMonth(s, c);
        for (std::uint32_t j = 0; j < cluster.equipment_count; ++j) {
            const nk_allocation_view& a = cluster.equipment[j];
            if (a.equipment < 0 || std::uint32_t(a.equipment) >= s.equipment_count) continue;
            const nk_equipment_view& e = s.equipment[a.equipment];
            if (!e.shared || a.units <= 0) continue; // a kit is not a shared facility
            Facility f;
            f.runningUnits = runningUnits(context, c, j, a.units, e.running_probability);
            f.slots = f.runningUnits * std::max(e.members_per_unit, 0);
            f.capacity = e.capacity_monthly;
            f.firstMonth = first;
            // Worn out after its lifetime, when the budget stops paying its upkeep.
            const int lifetime = std::max(e.lifetime_months, 0);
            f.endMonth = lifetime > std::numeric_limits<int>::max() - first
                             ? std::numeric_limits<int>::max()
                             : first + lifetime;
            out[c].push_back(f);
        }
    }
    return out;
}

Access accessAt(const std::vector<Facility>& facilities, int t, double active,
                double homeCapacity) {
    double slots = 0.0, weightedGain = 0.0;
    for (const Facility& f : facilities) {
        if (!f.availableAt(t)) continue;
        slots += f.slots;
        // A shared facility never lowers capacity below the home kitchen's.
        weightedGain += f.slots * std::max(0.0, f.capacity - homeCapacity);
    }
    Access access;
    if (slots <= 0.0) return access;
    // With no active enterprise nobody queues: full access for whoever becomes active.
    access.share = active > 0.0 ? std::min(1.0, slots / active) : 1.0;
    // Members use the items in proportion to their slots: slot-weighted capacity.
    access.capacityGain = weightedGain / slots;
    return access;
}

} // namespace nk::plugins::cluster_growth
