#include "report/plain_reading.hpp"

#include "model/indicator_text.hpp"
#include "model/ui_text.hpp"

#include "naikkelas/results/plain_reading.hpp"

#include <cmath>

namespace nk::gui::report {

namespace {

std::string value(const Indicator& i, Language language) {
    return indicatorText(i.mean, i.unit, language);
}

} // namespace

std::vector<std::string> reportReading(const CompiledScenario& scenario, const ResultSet& r,
                                       const BudgetFacts& budget, Language language) {
    // The headline the command line and the app print, then what a hearing asks next.
    std::vector<std::string> out;
    if (std::string headline = plainReading(scenario, r, language); !headline.empty())
        out.push_back(std::move(headline));
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
