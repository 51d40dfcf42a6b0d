// savings_group: an arisan / kelompok simpan pinjam formed among the participants of a
// program. Members can borrow from the group in a bad month instead of closing, so the
// plugin lowers the monthly closure probability of the program arm's enterprises by
// exit_mult, for cohorts that received a program and whose group formed. It reports the
// enterprises active in savings groups and pays a facilitator for the first months.
//
// docs/writing-a-plugin.md walks through this file.
#include <naikkelas/plugin.hpp>

#include <array>
#include <vector>

namespace {

namespace np = nk::plugin;

constexpr std::array kParams = {
    np::number("exit_mult", "", 0.8, 0.0, 1.0, "pengali peluang tutup usaha anggota kelompok",
               "closure multiplier for members of a savings group"),
    np::number("formation_probability", "share", 0.9, 0.0, 1.0,
               "peluang sebuah kohort membentuk kelompok simpan pinjam",
               "probability that a cohort forms a savings group"),
    np::integer("facilitation_monthly", "Rp/month", 150'000, 0, 100'000'000,
                "biaya pendamping kelompok per kohort per bulan",
                "facilitator cost per cohort per month"),
    np::integer("facilitation_months", "months", 12, 0, 120, "lama pendampingan kelompok",
                "months the facilitator accompanies each group"),
};

constexpr std::array kSeries = {
    np::series("savings_group_members", "enterprises",
               "usaha aktif yang tergabung dalam kelompok simpan pinjam",
               "active enterprises in savings groups"),
};

class SavingsGroup : public np::Plugin {
public:
    static np::Info info() {
        return {"savings_group",
                "Kelompok simpan pinjam (arisan)",
                "1.0.0",
                "Arisan / kelompok simpan pinjam menurunkan peluang tutup usaha peserta program.",
                "Savings groups (arisan) lower the closure probability of program participants.",
                kParams,
                kSeries};
    }

    // Parameters arrive checked against their declared range; only relations between
    // parameters and the scenario are left to check here (throwing refuses the run).
    explicit SavingsGroup(const np::CreateContext& context)
        : m_scenario(context.scenario), m_exitMult(context.params.number("exit_mult")),
          m_facilitationMonthly(context.params.integer("facilitation_monthly")),
          m_facilitationMonths(static_cast<int>(context.params.integer("facilitation_months"))) {
        if (m_scenario.program_count == 0)
            throw std::invalid_argument("savings_group needs a program: the groups form among "
                                        "a program's participants");
        const double p = context.params.number("formation_probability");
        // Expected mode (replication -1) averages over formation: every group is formed
        // with weight p. A Monte Carlo replication draws it once per group from the host's
        // counter-based randomness (stream = group index, draw 0), so runs reproduce.
        m_formed.resize(m_scenario.group_count);
        for (std::uint32_t g = 0; g < m_scenario.group_count; ++g) {
            const bool inProgram = m_scenario.groups[g].program >= 0;
            if (context.replication < 0)
                m_formed[g] = inProgram ? p : 0.0;
            else
                m_formed[g] = inProgram && context.uniform(g, 0) < p ? 1.0 : 0.0;
        }
    }

    void observe(const nk_month_view& month, std::span<double> series) override {
        if (month.arm != NK_ARM_PROGRAM) return; // no groups without the program
        const int bins = m_scenario.bins;
        for (std::uint32_t g = 0; g < month.group_count; ++g) {
            const double* counts = month.groups[g].counts; // prospects, bins..., closed
            double active = 0.0;
            for (int k = 1; k <= bins; ++k) active += counts[k];
            series[0] += m_formed[g] * active;
        }
    }

    void modifiers(const nk_month_view& month, std::uint32_t group, nk_modifiers& out) override {
        if (month.arm != NK_ARM_PROGRAM) return;
        // A share f of formed groups: closure falls to f * exit_mult + (1 - f) of its value.
        const double f = m_formed[group];
        out.exit_mult *= 1.0 - f * (1.0 - m_exitMult);
    }

    // The planning instance's costs: the facilitator, paid by the program for every cohort
    // that has one, from its entry month. Formation is not known at planning time, so
    // the plan budgets for every group.
    void costLines(const np::CostSink& sink) override {
        for (std::uint32_t g = 0; g < m_scenario.group_count; ++g) {
            const nk_group_view& group = m_scenario.groups[g];
            if (group.program < 0) continue;
            for (int m = 0; m < m_facilitationMonths; ++m) {
                const int month = group.entry_month + m;
                if (month >= m_scenario.horizon) break;
                sink.add(month, NK_ARM_PROGRAM, "mentoring", "cohorts[" + std::to_string(g) + "]",
                         m_facilitationMonthly);
            }
        }
    }

private:
    const nk_scenario_view& m_scenario; // valid until destroy (plugin_api.h)
    double m_exitMult;
    std::int64_t m_facilitationMonthly;
    int m_facilitationMonths;
    std::vector<double> m_formed; // per group: 1 formed, 0 not, or p in expected mode
};

} // namespace

NK_PLUGIN_MAIN(SavingsGroup)
