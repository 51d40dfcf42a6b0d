#include "report/plain_reading.hpp"

#include "model/indicator_text.hpp"
#include "model/ui_text.hpp"

#include <cmath>

namespace nk::gui::report {

namespace {

std::string value(const Indicator& i, Language language) {
    return indicatorText(i.mean, i.unit, language);
}

// " (90 % band: a to b)" when the set has quantiles; empty otherwise.
std::string band(const ResultSet& r, const Indicator& i, Language language) {
    if (i.quantiles.size() < 2 || r.quantileLevels.size() < i.quantiles.size()) return {};
    const double width = (r.quantileLevels[i.quantiles.size() - 1] - r.quantileLevels[0]) * 100;
    return std::string(tr(language, " (rentang ", " (")) + formatNumber(width, 0, language) +
           tr(language, "%: ", "% band: ") + indicatorText(i.quantiles.front(), i.unit, language) +
           tr(language, " sampai ", " to ") + indicatorText(i.quantiles.back(), i.unit, language) +
           ")";
}

} // namespace

std::vector<std::string> plainReading(const ResultSet& r, const BudgetFacts& budget,
                                      Language language) {
    std::vector<std::string> out;
    const std::string horizon = std::to_string(std::max(0, r.months - 1));
    const Indicator* active = r.indicator("additional_active");
    const Indicator* kecil = r.indicator("additional_kecil_or_above");
    if (active && std::isfinite(active->mean)) {
        std::string s;
        if (shownValue(active->mean, active->unit) > 0)
            s = tr(language, "Setelah ", "After ") + horizon +
                tr(language, " bulan, program diproyeksikan menambah ",
                   " months the program is projected to add ") +
                value(*active, language) +
                tr(language, " usaha aktif dibanding tanpa program",
                   " active enterprises over the baseline") +
                band(r, *active, language) + ".";
        else
            s = tr(language, "Setelah ", "After ") + horizon +
                tr(language, " bulan, program tidak diproyeksikan menambah usaha aktif (",
                   " months the program is not projected to add active enterprises (") +
                value(*active, language) + ").";
        out.push_back(s);
    }
    if (kecil && std::isfinite(kecil->mean) && shownValue(kecil->mean, kecil->unit) > 0)
        out.push_back(value(*kecil, language) +
                      tr(language,
                         " tambahan usaha diproyeksikan naik ke kelas kecil atau lebih tinggi.",
                         " more enterprises are projected to reach the small class or above."));
    const Indicator* perActive = r.indicator("cost_per_additional_active");
    if (perActive && std::isfinite(perActive->mean))
        out.push_back(tr(language, "Setiap tambahan usaha aktif berbiaya ",
                         "Each additional active enterprise costs ") +
                      value(*perActive, language) +
                      tr(language, " (biaya terdiskonto).", " (discounted cost)."));
    const Indicator* ratio = r.indicator("benefit_cost_ratio");
    if (ratio && std::isfinite(ratio->mean)) {
        const bool covers = shownValue(ratio->mean, ratio->unit) >= 1.0;
        out.push_back(
            tr(language, "Rasio manfaat/biaya ", "The benefit/cost ratio is ") +
            value(*ratio, language) +
            (covers ? tr(language, ": tambahan laba peserta menutup biaya program dalam horizon.",
                         ": the participants' added profit covers the program's cost "
                         "within the horizon.")
                    : tr(language,
                         ": tambahan laba peserta belum menutup biaya program dalam "
                         "horizon.",
                         ": the participants' added profit does not yet cover the "
                         "program's cost within the horizon.")));
    }
    if (budget.envelope > 0) {
        std::string s;
        if (budget.planned > budget.envelope)
            s = tr(language, "Biaya terencana melebihi pagu sebesar ",
                   "The planned cost exceeds the envelope by ") +
                formatRupiahWords(static_cast<double>(budget.planned - budget.envelope), language);
        else
            s = tr(language, "Biaya terencana memakai ", "The planned cost uses ") +
                formatPercent(static_cast<double>(budget.planned) /
                                  static_cast<double>(budget.envelope),
                              0, language) +
                tr(language, " dari pagu", " of the envelope");
        if (!budget.yearsOverLimit.empty()) {
            s += tr(language, ", dan melewati batas tahun anggaran ",
                    ", and passes the fiscal-year limit of ");
            for (std::size_t i = 0; i < budget.yearsOverLimit.size(); ++i)
                s += (i > 0 ? ", " : "") + std::to_string(budget.yearsOverLimit[i]);
        }
        out.push_back(s + ".");
    } else if (!budget.yearsOverLimit.empty()) {
        std::string s = tr(language, "Biaya melewati batas tahun anggaran ",
                           "Costs pass the fiscal-year limit of ");
        for (std::size_t i = 0; i < budget.yearsOverLimit.size(); ++i)
            s += (i > 0 ? ", " : "") + std::to_string(budget.yearsOverLimit[i]);
        out.push_back(s + ".");
    }
    return out;
}

} // namespace nk::gui::report
