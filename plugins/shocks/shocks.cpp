// shocks: a calendar window that hits every enterprise in both arms (docs/model.md section 4),
// by default the 2020-2021 pandemic: revenue falls to a lower level for the window and
// recovers linearly afterwards, closure rises and starting slows during the window.
// README.md derives the default level and gives the equations.
#include "naikkelas/plugin.hpp"

#include <algorithm>
#include <charconv>
#include <cstdint>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace nk::plugins::shocks {

namespace {

using nk::plugin::integer;
using nk::plugin::number;
using nk::plugin::text;

constexpr nk_param_decl kParams[] = {
    text("window_start", "2020-03",
         "Bulan pertama guncangan (YYYY-MM); bawaan: pandemi, PSBB sejak Maret 2020.",
         "First month of the shock (YYYY-MM); default: the pandemic, PSBB from March 2020."),
    integer("window_months", "months", 22, 1, 600,
            "Lama guncangan dalam bulan (bawaan 22: sampai Desember 2021).",
            "Length of the shock in months (default 22: through December 2021)."),
    number("level", "log", -0.86, -5.0, 5.0,
           "Perubahan tingkat omzet (log) selama guncangan: dari 24,5 % menjadi 77 % pedagang "
           "ultra mikro berlaba di bawah Rp 100 ribu/hari, sebaran lognormal dengan simpangan "
           "log 0,6.",
           "Log change of revenue during the shock: from 24.5 % to 77 % of ultra-micro "
           "traders earning under Rp 100 k/day profit, lognormal with log-sd 0.6."),
    integer("recovery_months", "months", 12, 0, 240,
            "Bulan setelah guncangan sampai omzet kembali ke tingkat semula (asumsi); 0 = "
            "langsung.",
            "Months after the shock until revenue is back at its old level (assumption); 0: "
            "at once."),
    number("exit_mult", "", 1.5, 0.0, 10.0,
           "Pengali peluang tutup usaha selama guncangan (asumsi; survei CFI 2020: 17 % usaha "
           "mikro tutup, sebagian sementara).",
           "Closure multiplier during the shock (assumption; CFI survey 2020: 17 % of micro "
           "firms closed, some temporarily)."),
    number("start_mult", "", 0.5, 0.0, 10.0,
           "Pengali peluang memulai usaha selama guncangan (asumsi).",
           "Start multiplier during the shock (assumption)."),
};

constexpr nk_series_decl kSeries[] = {
    nk::plugin::series("level", "log", "Tingkat omzet (log) akibat guncangan pada bulan t.",
                       "Log revenue level of the shock at month t."),
};

// Months from year 0, month 1 of a "YYYY-MM" text, or throws naming the parameter.
int parseMonth(std::string_view text) {
    int year = 0, month = 0;
    const char* end = text.data() + text.size();
    const bool shaped =
        text.size() == 7 && text[4] == '-' &&
        std::from_chars(text.data(), text.data() + 4, year).ptr == text.data() + 4 &&
        std::from_chars(text.data() + 5, end, month).ptr == end;
    if (!shaped || year < 1900 || month < 1 || month > 12)
        throw std::invalid_argument("shocks: window_start `" + std::string(text) +
                                    "` is not a month YYYY-MM (e.g. 2020-03)");
    return year * 12 + month - 1;
}

} // namespace

class Shocks final : public nk::plugin::Plugin {
public:
    static nk::plugin::Info info() {
        return {"shocks",
                "Shocks",
                "1.0.0",
                "Guncangan dalam satu rentang bulan yang mengenai semua usaha pada kedua lengan "
                "(bawaan: pandemi 2020-2021): omzet turun lalu pulih, lebih banyak usaha tutup, "
                "lebih sedikit yang memulai.",
                "A shock over a window of months that hits every enterprise in both arms "
                "(default: the 2020-2021 pandemic): revenue falls then recovers, more firms "
                "close, fewer start.",
                kParams,
                kSeries};
    }

    explicit Shocks(const nk::plugin::CreateContext& context) {
        const auto& s = context.scenario;
        const auto& p = context.params;
        // The window in the scenario's months (t = 0 is the scenario start).
        m_first = parseMonth(p.text("window_start")) - (s.start_year * 12 + s.start_month - 1);
        m_end = m_first + static_cast<int>(p.integer("window_months"));
        m_level = p.number("level");
        m_recovery = static_cast<int>(p.integer("recovery_months"));
        m_exitMult = p.number("exit_mult");
        m_startMult = p.number("start_mult");
    }

    void observe(const nk_month_view& month, std::span<double> series) override {
        series[0] = level(month.month);
    }

    void modifiers(const nk_month_view& month, std::uint32_t group, nk_modifiers& out) override {
        const int t = month.month;
        const int tau = month.groups[group].months_since_entry;
        if (tau < 0) return;
        // Entry and starting revenues are normal-time values: a group receives the whole
        // level L(t) in its first month, then only its changes.
        out.drift_add += level(t) - (tau == 0 ? 0.0 : level(t - 1));
        out.start_shift += level(t);
        if (t >= m_first && t < m_end) {
            out.exit_mult *= m_exitMult;
            out.start_mult *= m_startMult;
        }
    }

private:
    // L(t): the full level inside the window, then linearly back to 0 over
    // recovery_months after the window's last month.
    double level(int t) const {
        if (t < m_first) return 0.0;
        if (t < m_end) return m_level;
        const int after = t - (m_end - 1); // 1 in the first month after the window
        if (after >= m_recovery) return 0.0;
        return m_level * (1.0 - double(after) / m_recovery);
    }

    int m_first = 0, m_end = 0;
    double m_level = 0.0;
    int m_recovery = 0;
    double m_exitMult = 1.0, m_startMult = 1.0;
};

} // namespace nk::plugins::shocks

NK_PLUGIN_MAIN(nk::plugins::shocks::Shocks)
