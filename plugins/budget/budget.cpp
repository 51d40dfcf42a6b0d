// The budget plugin: the program's cost lines by month and category, the envelope and
// fiscal-year checks as warnings, and how much of the envelope is left (README.md). The
// key indicators (cost per additional enterprise, benefit/cost) are computed by the
// engine from these cost lines.
#include "cost_schedule.hpp"
#include "rupiah_text.hpp"

#include "naikkelas/plugin.hpp"

#include <algorithm>
#include <map>
#include <utility>

namespace nk::plugins::budget {

namespace {

constexpr nk_param_decl kParams[] = {
    nk::plugin::number(
        "overhead_share", "share", 0.0, 0.0, 1.0,
        "Biaya administrasi dan pengelolaan program sebagai bagian dari biaya langsung setiap "
        "bulan (0: tidak ada)",
        "Administration and management overhead as a share of each month's direct costs "
        "(0: none)"),
    nk::plugin::number(
        "price_escalation_annual", "1/year", 0.0, 0.0, 1.0,
        "Kenaikan harga per tahun anggaran: biaya ditulis dalam harga tahun awal dan naik "
        "(1 + e) setiap tahun anggaran berikutnya (0: harga tetap)",
        "Price growth per fiscal year: costs are stated at start-year prices and grow by "
        "(1 + e) each later fiscal year (0: constant prices)"),
};

constexpr nk_series_decl kSeries[] = {
    nk::plugin::series("envelope_remaining", "Rp",
                       "Sisa pagu: pagu dikurangi biaya program kumulatif sampai bulan ini "
                       "(0 bila tidak ada pagu)",
                       "Envelope minus the program's cumulative cost up to this month (0 when "
                       "the scenario sets no envelope)"),
    nk::plugin::series("spent_share", "share",
                       "Bagian pagu yang sudah terpakai (0 bila tidak ada pagu)",
                       "Share of the envelope spent so far (0 when the scenario sets no "
                       "envelope)"),
};

// "largest: kits Rp 40,000,000, shared_capex Rp 40,000,000, training Rp 20,000,000":
// the three largest categories, ties in alphabetical order.
std::string largestCategories(const std::vector<const CostItem*>& items) {
    std::map<std::string, std::int64_t> byCategory;
    for (const CostItem* item : items)
        byCategory[item->category] = addChecked(byCategory[item->category], item->amount);
    std::vector<std::pair<std::string, std::int64_t>> sorted(byCategory.begin(), byCategory.end());
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const auto& a, const auto& b) { return a.second > b.second; });
    std::string out = "largest: ";
    for (std::size_t i = 0; i < sorted.size() && i < 3; ++i)
        out += (i ? ", " : "") + sorted[i].first + " " + rupiahText(sorted[i].second);
    return out;
}

class Budget : public nk::plugin::Plugin {
public:
    static nk::plugin::Info info() {
        return {"budget",
                "Budget",
                "1.0.0",
                "Biaya program per bulan dan kategori (pelatihan, paket alat, peralatan bersama "
                "dan perawatannya, pendampingan, baris anggaran), pemeriksaan pagu dan batas "
                "tahun anggaran",
                "The program's costs by month and category (training, kits, shared equipment "
                "and its upkeep, mentoring, budget lines), envelope and fiscal-year checks",
                kParams,
                kSeries};
    }

    explicit Budget(const nk::plugin::CreateContext& context)
        : m_envelope(context.scenario.budget_envelope),
          m_items(
              costSchedule(context.scenario, {context.params.number("overhead_share"),
                                              context.params.number("price_escalation_annual")})) {
        const int horizon = std::max(context.scenario.horizon, 0);
        m_cumulative.assign(static_cast<std::size_t>(horizon) + 1, 0);
        for (const CostItem& item : m_items)
            m_cumulative[std::size_t(item.month)] =
                addChecked(m_cumulative[std::size_t(item.month)], item.amount);
        for (std::size_t t = 1; t < m_cumulative.size(); ++t)
            m_cumulative[t] = addChecked(m_cumulative[t], m_cumulative[t - 1]);
        // Only the planning instance (replication -1) has its warnings reported.
        if (context.replication < 0) checkLimits(context);
    }

    void observe(const nk_month_view& month, std::span<double> series) override {
        if (m_envelope <= 0 || month.month < 0) return; // no envelope: both stay 0
        // The baseline arm pays nothing: its whole envelope remains.
        const std::size_t t = std::min(std::size_t(month.month), m_cumulative.size() - 1);
        const std::int64_t spent = month.arm == NK_ARM_PROGRAM ? m_cumulative[t] : 0;
        series[0] = double(m_envelope - spent);
        series[1] = double(spent) / double(m_envelope);
    }

    // Costs change no enterprise's chances.
    void modifiers(const nk_month_view&, std::uint32_t, nk_modifiers&) override {}

    void costLines(const nk::plugin::CostSink& sink) override {
        for (const CostItem& item : m_items)
            sink.add(item.month, NK_ARM_PROGRAM, item.category, item.source, item.amount);
    }

private:
    // A warning, not a refusal: a planner asks what a larger program would buy, and the
    // run shows it, with the overrun printed beside the results.
    static void overLimit(const nk::plugin::CreateContext& context, const std::string& path,
                          const std::string& what, std::int64_t planned, std::int64_t limit,
                          const std::vector<const CostItem*>& items) {
        if (planned <= limit) return;
        context.warn(path,
                     "planned costs " + what + rupiahText(planned) + " exceed the " +
                         (what.empty() ? "envelope " : "limit ") + rupiahText(limit) + " by " +
                         rupiahText(planned - limit),
                     largestCategories(items));
    }

    void checkLimits(const nk::plugin::CreateContext& context) const {
        const nk_scenario_view& s = context.scenario;
        std::vector<const CostItem*> all;
        for (const CostItem& item : m_items) all.push_back(&item);
        if (m_envelope > 0)
            overLimit(context, "budget.envelope", "", m_cumulative.back(), m_envelope, all);
        for (std::uint32_t i = 0; i < s.fiscal_year_count; ++i) {
            const nk_fiscal_year_view& year = s.fiscal_years[i];
            if (year.limit <= 0) continue; // 0: no limit, as for the envelope
            std::vector<const CostItem*> inYear;
            std::int64_t planned = 0;
            for (const CostItem& item : m_items)
                if (calendarYear(s, item.month) == year.year) {
                    inYear.push_back(&item);
                    planned = addChecked(planned, item.amount);
                }
            overLimit(context, "budget.fiscal_years[" + std::to_string(i) + "].limit",
                      "in " + std::to_string(year.year) + " ", planned, year.limit, inYear);
        }
    }

    std::int64_t m_envelope;
    std::vector<CostItem> m_items;
    std::vector<std::int64_t> m_cumulative; // program cost of months 0..t, per t
};

} // namespace

} // namespace nk::plugins::budget

NK_PLUGIN_MAIN(nk::plugins::budget::Budget)
