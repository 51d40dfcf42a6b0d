// market_channels: selling places a program opens for its participants (docs/model.md section
// 4): online marketplaces, consignment counters, a pasar UMKM per RW, an off-take partner
// and export. A channel a cluster lists raises the sales level of its program
// enterprises by the adopting share, reached over an adoption ramp; an off-take partner
// also lowers closure. Program arm only. README.md gives the equations.
#include "naikkelas/plugin.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace nk::plugins::market_channels {

namespace {

using nk::plugin::integer;
using nk::plugin::number;

constexpr std::array<std::string_view, 5> kChannels = {"online", "consignment", "pasar_umkm",
                                                       "offtake", "export"};
constexpr std::size_t kOfftake = 3;

constexpr nk_param_decl kParams[] = {
    number("online_share", "share", 0.4, 0.0, 1.0,
           "Bagian usaha program yang berjualan di marketplace daring (docs/model.md).",
           "Share of program enterprises that sell on an online marketplace (docs/model.md)."),
    number("online_sales_mult", "", 1.10, 0.5, 5.0,
           "Pengali omzet bagi yang berjualan daring (bukti lemah).",
           "Sales multiplier for those selling online (weak evidence)."),
    number("consignment_share", "share", 0.3, 0.0, 1.0,
           "Bagian usaha yang menitipkan produk di toko oleh-oleh, hotel, restoran "
           "(asumsi).",
           "Share of enterprises that consign goods to oleh-oleh shops, hotels and "
           "restaurants (assumption)."),
    number("consignment_sales_mult", "", 1.10, 0.5, 5.0,
           "Pengali omzet dari penjualan titip (asumsi, setara daring).",
           "Sales multiplier from consignment (assumption, as online)."),
    number("pasar_umkm_share", "share", 0.5, 0.0, 1.0,
           "Bagian usaha yang berjualan di pasar UMKM per RW (asumsi: lapak dekat, mudah "
           "diikuti).",
           "Share of enterprises that sell at a pasar UMKM per RW (assumption: a nearby "
           "stall, easy to join)."),
    number("pasar_umkm_sales_mult", "", 1.05, 0.5, 5.0,
           "Pengali omzet dari pasar UMKM (asumsi: pasar lokal kecil, sebagian menggantikan "
           "penjualan lama).",
           "Sales multiplier from a pasar UMKM (assumption: a small local market that partly "
           "replaces existing sales)."),
    number("offtake_share", "share", 0.3, 0.0, 1.0,
           "Bagian usaha yang memasok mitra usaha (off-taker) (asumsi: kuota pembeli "
           "terbatas).",
           "Share of enterprises that supply an off-take partner (assumption: the buyer's "
           "quota is limited)."),
    number("offtake_sales_mult", "", 1.15, 0.5, 5.0,
           "Pengali omzet dari pesanan tetap mitra (asumsi).",
           "Sales multiplier from the partner's regular orders (assumption)."),
    number("offtake_exit_mult", "", 0.8, 0.0, 2.0,
           "Pengali peluang tutup usaha bagi yang memasok mitra (pasar terjamin).",
           "Closure multiplier for those supplying an off-take partner (an assured "
           "market)."),
    number("export_share", "share", 0.05, 0.0, 1.0,
           "Bagian usaha yang mengekspor (asumsi: sedikit usaha mikro mampu ekspor).",
           "Share of enterprises that export (assumption: few micro firms manage to "
           "export)."),
    number("export_sales_mult", "", 1.30, 0.5, 5.0, "Pengali omzet bagi pengekspor (asumsi).",
           "Sales multiplier for exporters (assumption)."),
    integer("ramp_months", "months", 12, 0, 120,
            "Bulan sejak masuk sampai adopsi saluran penuh (asumsi); 0 = langsung.",
            "Months after entry until channel adoption is complete (assumption); 0: at "
            "once."),
};

constexpr nk_series_decl kSeries[] = {
    nk::plugin::series("level", "log",
                       "Rata-rata efek tingkat omzet (log) dari saluran pasar atas usaha "
                       "program yang sudah masuk.",
                       "Mean log sales level from market channels over the program enterprises "
                       "that have entered."),
    nk::plugin::series("adopters", "enterprises",
                       "Usaha aktif yang memakai sedikitnya satu saluran (nilai harapan).",
                       "Active enterprises using at least one channel (expected)."),
};

// Per group: which channels it has, fixed at creation.
struct GroupChannels {
    bool program = false;
    double enterprises = 0.0;
    std::array<bool, kChannels.size()> has{};
    double fullLevel = 0.0; // sum of share * ln(mult) over its channels
    double offtakeShare = 0.0;
};

} // namespace

class MarketChannels final : public nk::plugin::Plugin {
public:
    static nk::plugin::Info info() {
        return {"market_channels",
                "Market channels",
                "1.0.0",
                "Saluran pasar yang dibuka program (marketplace daring, titip jual, pasar "
                "UMKM, mitra off-take, ekspor): omzet naik sesuai bagian yang mengadopsi, dan "
                "mitra off-take menurunkan peluang tutup usaha.",
                "Market channels a program opens (online marketplace, consignment, pasar "
                "UMKM, off-take partner, export): sales rise by the adopting share, and an "
                "off-take partner lowers closure.",
                kParams,
                kSeries};
    }

    explicit MarketChannels(const nk::plugin::CreateContext& context) {
        const auto& s = context.scenario;
        const auto& p = context.params;
        m_bins = static_cast<std::size_t>(std::max(0, s.bins));
        m_rampMonths = static_cast<int>(p.integer("ramp_months"));
        m_offtakeExit = p.number("offtake_exit_mult");
        for (std::size_t c = 0; c < kChannels.size(); ++c) {
            const std::string name(kChannels[c]);
            m_share[c] = p.number(name + "_share");
            m_logMult[c] = std::log(p.number(name + "_sales_mult"));
        }

        // Which channels each cluster lists; unknown names are the scenario's mistake.
        std::vector<std::array<bool, kChannels.size()>> clusterHas(s.cluster_count);
        for (std::uint32_t k = 0; k < s.cluster_count; ++k) {
            const nk_cluster_view& cluster = s.clusters[k];
            for (std::uint32_t j = 0; j < cluster.channel_count; ++j) {
                const std::string_view name = cluster.channels[j] ? cluster.channels[j] : "";
                const auto it = std::find(kChannels.begin(), kChannels.end(), name);
                if (it != kChannels.end())
                    clusterHas[k][static_cast<std::size_t>(it - kChannels.begin())] = true;
                else
                    context.warn(
                        "clusters[" + std::to_string(k) + "].channels[" + std::to_string(j) + "]",
                        "market_channels: unknown channel `" + std::string(name) + "` is ignored",
                        "known channels: online, consignment, pasar_umkm, offtake, "
                        "export");
            }
        }

        m_groups.resize(s.group_count);
        for (std::uint32_t g = 0; g < s.group_count; ++g) {
            const nk_group_view& group = s.groups[g];
            GroupChannels& gc = m_groups[g];
            // A comparison cohort without a program has nobody opening channels for it.
            gc.program = group.program >= 0;
            gc.enterprises = group.enterprises;
            if (!gc.program || group.cluster < 0 ||
                static_cast<std::uint32_t>(group.cluster) >= s.cluster_count)
                continue;
            gc.has = clusterHas[static_cast<std::size_t>(group.cluster)];
            for (std::size_t c = 0; c < kChannels.size(); ++c)
                if (gc.has[c]) gc.fullLevel += m_share[c] * m_logMult[c];
            if (gc.has[kOfftake]) gc.offtakeShare = m_share[kOfftake];
        }
    }

    void observe(const nk_month_view& month, std::span<double> series) override {
        if (month.arm != NK_ARM_PROGRAM) return; // the baseline has no channels: 0
        double levelSum = 0.0, weight = 0.0, adopters = 0.0;
        const std::size_t count = std::min<std::size_t>(month.group_count, m_groups.size());
        for (std::size_t g = 0; g < count; ++g) {
            const GroupChannels& gc = m_groups[g];
            const nk_group_state& state = month.groups[g];
            if (!gc.program || state.months_since_entry < 0) continue;
            const double r = ramp(state.months_since_entry);
            levelSum += gc.enterprises * gc.fullLevel * r;
            weight += gc.enterprises;
            // Adoption of the channels taken as independent.
            double none = 1.0;
            for (std::size_t c = 0; c < kChannels.size(); ++c)
                if (gc.has[c]) none *= 1.0 - m_share[c] * r;
            double active = 0.0;
            for (std::size_t k = 1; k <= m_bins; ++k) active += state.counts[k];
            adopters += active * (1.0 - none);
        }
        series[0] = weight > 0.0 ? levelSum / weight : 0.0;
        series[1] = adopters;
    }

    void modifiers(const nk_month_view& month, std::uint32_t group, nk_modifiers& out) override {
        if (month.arm != NK_ARM_PROGRAM || group >= m_groups.size()) return;
        const GroupChannels& gc = m_groups[group];
        const int tau = month.groups[group].months_since_entry;
        if (!gc.program || tau < 0) return;
        const double level = gc.fullLevel * ramp(tau);
        out.drift_add += level - gc.fullLevel * ramp(tau - 1);
        out.start_shift += level;
        out.exit_mult *= 1.0 - gc.offtakeShare * ramp(tau) * (1.0 - m_offtakeExit);
    }

private:
    // Share of the full adoption reached in month tau: linear, complete after
    // ramp_months transitions; nothing before entry.
    double ramp(int tau) const {
        if (tau < 0) return 0.0;
        if (m_rampMonths <= 0) return 1.0;
        return std::min(1.0, double(tau + 1) / m_rampMonths);
    }

    int m_rampMonths = 0;
    double m_offtakeExit = 1.0;
    std::array<double, kChannels.size()> m_share{};
    std::array<double, kChannels.size()> m_logMult{};
    std::vector<GroupChannels> m_groups;
    std::size_t m_bins = 0; // B: counts hold prospects, B active bins, closed
};

} // namespace nk::plugins::market_channels

NK_PLUGIN_MAIN(nk::plugins::market_channels::MarketChannels)
