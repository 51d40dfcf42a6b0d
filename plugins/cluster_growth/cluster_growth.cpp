// The cluster_growth plugin (docs/model.md section 4): access to a cluster's shared
// facilities (program arm) and agglomeration of active enterprises (both arms). The
// equations as implemented, and where they refine docs/model.md, are in README.md.
#include "shared_facility.hpp"

#include "naikkelas/plugin.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <stdexcept>
#include <string>

namespace nk::plugins::cluster_growth {

namespace {

constexpr nk_param_decl kParams[] = {
    nk::plugin::number(
        "drift_per_access", "log/month", 0.004, 0.0, 0.1,
        "Tambahan pertumbuhan omzet bulanan (log) bagi anggota dengan akses penuh ke "
        "peralatan bersama",
        "Added monthly growth of log revenue for a member with full access to the shared "
        "facility"),
    nk::plugin::number("agglomeration_per_doubling", "log", 0.05, 0.0, 0.5,
                       "Kenaikan tingkat omzet (log) setiap kali jumlah usaha aktif di klaster "
                       "berlipat dua (efek aglomerasi)",
                       "Rise of the log revenue level each time the cluster's active "
                       "enterprises double (agglomeration)"),
    nk::plugin::number("density_scale", "enterprises", 20.0, 1.0, 1e6,
                       "Jumlah usaha aktif di klaster saat tingkat aglomerasi mencapai efek "
                       "satu kali penggandaan: L = g log2(1 + A / skala)",
                       "Active enterprises in a cluster at which the level reaches one "
                       "doubling's effect: L = g log2(1 + A / scale)"),
};

constexpr nk_series_decl kSeries[] = {
    nk::plugin::series("running_units", "units",
                       "Unit peralatan bersama yang benar-benar berjalan (semua klaster; 0 di "
                       "arm pembanding)",
                       "Shared equipment units actually kept running (all clusters; 0 in the "
                       "baseline arm)"),
    nk::plugin::series("shared_access", "share",
                       "Akses rata-rata usaha aktif program ke peralatan bersama, ditimbang "
                       "dengan jumlah usaha aktif per klaster (0 di arm pembanding)",
                       "Access of active program enterprises to shared equipment, averaged over "
                       "clusters weighted by their active enterprises (0 in the baseline arm)"),
    nk::plugin::series("agglomeration_level", "log",
                       "Tingkat efek aglomerasi L(A), rata-rata tertimbang usaha aktif per "
                       "klaster",
                       "Agglomeration level L(A), averaged over clusters weighted by their "
                       "active enterprises"),
};

class ClusterGrowth : public nk::plugin::Plugin {
public:
    static nk::plugin::Info info() {
        return {"cluster_growth",
                "Cluster growth",
                "1.0.0",
                "Akses ke peralatan bersama klaster (rumah produksi bersama) yang terbagi di "
                "antara anggota aktif, dan efek aglomerasi usaha aktif di klaster",
                "Access to a cluster's shared equipment (a common production house), diluted "
                "among its active members, and agglomeration of active enterprises in a "
                "cluster",
                kParams,
                kSeries};
    }

    explicit ClusterGrowth(const nk::plugin::CreateContext& context)
        : m_scenario(context.scenario), m_driftPerAccess(context.params.number("drift_per_access")),
          m_perDoubling(context.params.number("agglomeration_per_doubling")),
          m_densityScale(context.params.number("density_scale")),
          m_facilities(buildFacilities(context)) {
        if (!(m_densityScale > 0.0)) throw std::invalid_argument("density_scale must be above 0");
        const std::size_t n = m_scenario.cluster_count;
        for (auto& arm : m_level) arm.assign(n, 0.0);
        for (auto& arm : m_levelBefore) arm.assign(n, 0.0);
        m_access.assign(n, {});
        m_activeAll.assign(n, 0.0);
        m_activeProgram.assign(n, 0.0);
    }

    void observe(const nk_month_view& month, std::span<double> series) override {
        const std::size_t arm = armIndex(month.arm);
        countActive(month);
        double active = 0.0, weightedLevel = 0.0;
        for (std::size_t c = 0; c < m_level[arm].size(); ++c) {
            m_levelBefore[arm][c] = m_level[arm][c]; // 0 before the first month
            m_level[arm][c] = level(m_activeAll[c]);
            active += m_activeAll[c];
            weightedLevel += m_activeAll[c] * m_level[arm][c];
        }
        series[2] = active > 0.0 ? weightedLevel / active : 0.0;
        if (month.arm != NK_ARM_PROGRAM) return; // the facilities are the program's

        double units = 0.0, programActive = 0.0, weightedAccess = 0.0;
        for (std::size_t c = 0; c < m_access.size(); ++c) {
            for (const Facility& f : m_facilities[c])
                if (f.availableAt(month.month)) units += f.runningUnits;
            m_access[c] = accessAt(m_facilities[c], month.month, m_activeProgram[c],
                                   m_scenario.home_capacity);
            programActive += m_activeProgram[c];
            weightedAccess += m_activeProgram[c] * m_access[c].share;
        }
        series[0] = units;
        series[1] = programActive > 0.0 ? weightedAccess / programActive : 0.0;
    }

    void modifiers(const nk_month_view& month, std::uint32_t group, nk_modifiers& out) override {
        const nk_group_view& g = m_scenario.groups[group];
        if (g.cluster < 0 || std::uint32_t(g.cluster) >= m_scenario.cluster_count) return;
        const std::size_t c = std::size_t(g.cluster), arm = armIndex(month.arm);
        // Level effect (docs/model.md section 3). A group in its entry month carries no level
        // yet, so it takes the whole of it rather than the month's change.
        const bool entering = month.groups[group].months_since_entry <= 0;
        const double now = m_level[arm][c];
        out.drift_add = now - (entering ? 0.0 : m_levelBefore[arm][c]);
        out.start_shift = now;
        if (month.arm != NK_ARM_PROGRAM || g.program < 0) return;
        const Access& a = m_access[c];
        out.drift_add += a.share * m_driftPerAccess;
        out.capacity_add = a.share * a.capacityGain;
    }

private:
    static std::size_t armIndex(int arm) {
        if (arm != NK_ARM_PROGRAM && arm != NK_ARM_BASELINE)
            throw std::invalid_argument("unknown arm " + std::to_string(arm));
        return std::size_t(arm);
    }

    double level(double active) const {
        return m_perDoubling * std::log2(1.0 + active / m_densityScale);
    }

    // Active enterprises per cluster at month t: all groups, and those with a program.
    void countActive(const nk_month_view& month) {
        std::fill(m_activeAll.begin(), m_activeAll.end(), 0.0);
        std::fill(m_activeProgram.begin(), m_activeProgram.end(), 0.0);
        const std::size_t bins = std::size_t(std::max(m_scenario.bins, 0));
        for (std::uint32_t g = 0; g < month.group_count && g < m_scenario.group_count; ++g) {
            const nk_group_view& group = m_scenario.groups[g];
            if (group.cluster < 0 || std::uint32_t(group.cluster) >= m_scenario.cluster_count)
                continue;
            if (month.groups[g].months_since_entry < 0) continue;
            double active = 0.0;
            for (std::size_t k = 1; k <= bins; ++k) active += month.groups[g].counts[k];
            m_activeAll[std::size_t(group.cluster)] += active;
            if (group.program >= 0) m_activeProgram[std::size_t(group.cluster)] += active;
        }
    }

    const nk_scenario_view& m_scenario;
    double m_driftPerAccess, m_perDoubling, m_densityScale;
    std::vector<std::vector<Facility>> m_facilities; // per cluster
    // Per arm and cluster: L at the month last observed, and at the month before.
    std::array<std::vector<double>, 2> m_level, m_levelBefore;
    std::vector<Access> m_access; // program arm, month last observed
    std::vector<double> m_activeAll, m_activeProgram;
};

} // namespace

} // namespace nk::plugins::cluster_growth

NK_PLUGIN_MAIN(nk::plugins::cluster_growth::ClusterGrowth)
