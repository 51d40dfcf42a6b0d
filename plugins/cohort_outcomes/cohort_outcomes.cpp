// cohort_outcomes: what a program does to its own participants (docs/model.md section 4):
// training speeds starting and adds a fading drift, a kit boosts starting and lifts the
// capacity ceiling, mentoring lowers closure. Program arm only. README.md gives the
// equations, including the catch-up refinement.
#include "naikkelas/plugin.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <span>
#include <string>
#include <vector>

namespace nk::plugins::cohort_outcomes {

namespace {

using nk::plugin::integer;
using nk::plugin::number;
using nk::plugin::text;

constexpr nk_param_decl kParams[] = {
    number("training_start_mult", "", 2.7, 1.0, 20.0,
           "Pengali peluang memulai usaha selama masa awal pelatihan, bagi peserta yang "
           "menyelesaikan pelatihan (25 % memulai dalam 6 bulan; de Mel dkk.).",
           "Multiplier of the monthly start probability in the training window, for those who "
           "complete the training (25 % start within 6 months; de Mel et al.)."),
    integer("training_months", "months", 6, 0, 120,
            "Lama masa awal (bulan sejak masuk) saat pelatihan dan paket alat menaikkan "
            "peluang memulai usaha.",
            "Months after entry during which training and the kit raise the start "
            "probability."),
    integer("catch_up_months", "months", 25, 0, 240,
            "Bulan sejak masuk saat kelompok pembanding menyusul kepemilikan usaha hasil "
            "pelatihan (de Mel dkk.: sekitar 25 bulan); 0 = pelatihan menambah usaha baru "
            "secara permanen.",
            "Months after entry by which the baseline catches up with the starts that "
            "training pulled forward (de Mel et al.: about 25 months); 0: training adds "
            "starts for good."),
    number("kit_start_mult", "", 2.6, 1.0, 20.0,
           "Pengali tambahan peluang memulai usaha pada masa awal bila program memberi paket "
           "alat (55 % memulai dalam 6 bulan; WINGS: kepemilikan usaha 39 % -> 80 %).",
           "Further multiplier of the start probability in the training window when the "
           "program gives a kit (55 % start within 6 months; WINGS: ownership 39 % -> 80 %)."),
    number("drift_initial", "log/month", 0.005, 0.0, 0.1,
           "Tambahan pertumbuhan omzet bulanan (log) dari pelatihan saat masuk, dikali "
           "tingkat penyelesaian (McKenzie 2021: laba +10 %).",
           "Extra monthly log revenue growth from training at entry, times the completion "
           "rate (McKenzie 2021: profits +10 %)."),
    number("drift_half_life", "months", 18.0, 0.1, 600.0,
           "Waktu paruh memudarnya tambahan pertumbuhan dari pelatihan.",
           "Half-life of the training drift as its effect fades."),
    number("mentoring_exit_mult", "", 0.7, 0.0, 1.0,
           "Pengali peluang tutup usaha selama bulan-bulan pendampingan program.",
           "Multiplier of the closure probability during the program's mentoring months."),
    text("scaled_target_group", "",
         "Kelompok sasaran (mis. perempuan, pmks) yang efek programnya diskalakan dengan "
         "effect_scale; kosong = tidak ada.",
         "Target group tag (e.g. perempuan, pmks) whose program effects are scaled by "
         "effect_scale; empty: none."),
    number("effect_scale", "", 1.0, 0.0, 5.0,
           "Skala efek program bagi kelompok sasaran itu: 0 = tanpa efek (modal hampir tidak "
           "berdampak pada usaha subsisten perempuan di Sri Lanka), >1 = efek lebih besar "
           "(yang termiskin di Jawa Timur).",
           "Scale of the program effects for that target group: 0 removes them (capital "
           "returns near zero for women's subsistence firms in Sri Lanka), above 1 enlarges "
           "them (larger gains for the poorest in East Java)."),
};

// Everything a group's modifiers need, fixed at creation.
struct GroupEffect {
    bool active = false;     // has a program
    double trainStart = 1.0; // start multiplier in the training window (training only)
    double kitStart = 1.0;   // further start multiplier in the window
    double catchUp = 1.0;    // start multiplier from the window's end to catch_up_months
    double drift0 = 0.0;     // drift at tau = 0
    double exitMult = 1.0;   // during mentoring
    int mentoringMonths = 0;
    double capacityAdd = 0.0; // while the kit lasts
    int kitLifetime = 0;
};

// A multiplier m scaled by e keeps e times its excess over 1 (never negative).
double scaled(double m, double e) {
    return std::max(0.0, 1.0 + e * (m - 1.0));
}

} // namespace

class CohortOutcomes final : public nk::plugin::Plugin {
public:
    static nk::plugin::Info info() {
        return {"cohort_outcomes",
                "Cohort outcomes",
                "1.1.0",
                "Dampak pelatihan, paket alat dan pendampingan pada peserta program: lebih "
                "cepat memulai usaha, pertumbuhan omzet yang memudar, batas kapasitas lebih "
                "tinggi, dan lebih sedikit usaha yang tutup (docs/model.md bagian 4).",
                "What training, kits and mentoring do to a program's participants: faster "
                "starting, a fading revenue drift, a higher capacity ceiling and fewer "
                "closures (docs/model.md section 4).",
                kParams,
                {}};
    }

    explicit CohortOutcomes(const nk::plugin::CreateContext& context) {
        const auto& s = context.scenario;
        const auto& p = context.params;
        m_trainingMonths = static_cast<int>(p.integer("training_months"));
        m_catchUpMonths = static_cast<int>(p.integer("catch_up_months"));
        m_halfLife = p.number("drift_half_life");
        const std::string scaledGroup(p.text("scaled_target_group"));
        const double scale = p.number("effect_scale");

        bool tagFound = false;
        m_groups.resize(s.group_count);
        for (std::uint32_t g = 0; g < s.group_count; ++g) {
            const nk_group_view& group = s.groups[g];
            if (group.program < 0 || static_cast<std::uint32_t>(group.program) >= s.program_count)
                continue; // a comparison cohort: no program, no effect
            const nk_program_view& program = s.programs[group.program];
            const bool tagged =
                !scaledGroup.empty() && group.target_group && scaledGroup == group.target_group;
            tagFound = tagFound || tagged;
            const double e = tagged ? scale : 1.0;
            const double rho = program.completion_rate;

            GroupEffect& fx = m_groups[g];
            fx.active = true;
            fx.trainStart = scaled(1.0 + rho * (p.number("training_start_mult") - 1.0), e);
            fx.catchUp = catchUpMult(fx.trainStart);
            fx.drift0 = e * rho * p.number("drift_initial");
            fx.exitMult = scaled(p.number("mentoring_exit_mult"), e);
            fx.mentoringMonths = program.mentoring_months;
            if (program.kit >= 0 && static_cast<std::uint32_t>(program.kit) < s.equipment_count) {
                const nk_equipment_view& kit = s.equipment[program.kit];
                fx.kitStart = scaled(p.number("kit_start_mult"), e);
                fx.capacityAdd = e * std::max(0.0, kit.capacity_monthly - s.home_capacity);
                fx.kitLifetime = kit.lifetime_months;
            }
        }
        if (!scaledGroup.empty() && !tagFound)
            context.warn("cohorts",
                         "cohort_outcomes: no cohort with a program has target_group `" +
                             scaledGroup + "`, so effect_scale changes nothing",
                         "set scaled_target_group to a target_group used in cohorts");
    }

    // Keeps each arm's prospects per group (and the baseline's of the month before), so
    // that the catch-up can stop at the baseline's level (the engine observes both arms
    // before any modifiers of a month). The catch-up is a design effect: it reads the
    // mean field, so a Monte Carlo replication gets the expected mode's multiplier
    // rather than one clamped on its own noise (docs/model.md section 3).
    void observe(const nk_month_view& month, std::span<double>) override {
        const bool program = month.arm == NK_ARM_PROGRAM;
        if (!program) m_previousBaseline.swap(m_prospects[1]);
        auto& prospects = m_prospects[program ? 0 : 1];
        prospects.resize(month.group_count);
        for (std::uint32_t g = 0; g < month.group_count; ++g)
            prospects[g] = nk::plugin::meanField(month.groups[g])[0];
    }

    void modifiers(const nk_month_view& month, std::uint32_t group, nk_modifiers& out) override {
        if (month.arm != NK_ARM_PROGRAM || group >= m_groups.size()) return;
        const GroupEffect& fx = m_groups[group];
        const int tau = month.groups[group].months_since_entry;
        if (!fx.active || tau < 0) return;

        if (tau < m_trainingMonths)
            out.start_mult *= fx.trainStart * fx.kitStart;
        else if (tau < m_catchUpMonths)
            out.start_mult *= catchUpNow(group, fx.catchUp);
        out.drift_add += fx.drift0 * std::exp2(-tau / m_halfLife);
        if (tau < fx.mentoringMonths) out.exit_mult *= fx.exitMult;
        if (tau < fx.kitLifetime) out.capacity_add += fx.capacityAdd;
    }

private:
    // Training pulls starts forward instead of adding them (de Mel et al.): a window of w
    // months at multiplier m holds m*w months' worth of starting, so the months from w to
    // T run at c = (T - m*w) / (T - w) and by T the program has started as many as the
    // baseline (to first order in the start probability, which a plugin does not see).
    double catchUpMult(double trainStart) const {
        const double w = m_trainingMonths, t = m_catchUpMonths;
        if (t <= w) return 1.0;
        return std::clamp((t - trainStart * w) / (t - w), 0.0, 1.0);
    }

    // The catch-up multiplier of this month: c, but never so low that the program arm
    // would keep more prospects than the baseline. Other plugins (a shock halving starts
    // in both arms during the training window) can make the first-order c overshoot; the
    // baseline's start rate of last month, s = 1 - P_b(t) / P_b(t-1) (prospects leave
    // only by starting), gives the c that lands the program on the baseline's prospects:
    // P_p (1 - c s) = P_b (1 - s).
    double catchUpNow(std::uint32_t group, double c) const {
        const auto& program = m_prospects[0];
        const auto& baseline = m_prospects[1];
        if (group >= program.size() || group >= baseline.size()) return c;
        const double pp = program[group], pb = baseline[group];
        if (pp >= pb) return 1.0; // caught up: start as the baseline does
        const double before = group < m_previousBaseline.size() ? m_previousBaseline[group] : 0;
        const double s = before > 0 ? 1.0 - pb / before : 0.0;
        if (s <= 0) return c;
        const double landing = (1.0 - (pb / pp) * (1.0 - s)) / s;
        return std::clamp(std::max(c, landing), 0.0, 1.0);
    }

    std::vector<double> m_previousBaseline; // baseline prospects per group at t - 1
    std::vector<double> m_prospects[2];     // per arm (program, baseline) and group, at t
    int m_trainingMonths = 0;
    int m_catchUpMonths = 0;
    double m_halfLife = 1.0;
    std::vector<GroupEffect> m_groups;
};

} // namespace nk::plugins::cohort_outcomes

NK_PLUGIN_MAIN(nk::plugins::cohort_outcomes::CohortOutcomes)
