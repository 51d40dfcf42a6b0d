// The terminal summary of the designs that weigh plans: the budget frontier (the
// efficient plans, cheapest first) and the uncertainty design (each plan's outcome band,
// its paired difference from the first plan, the chance it does better, and the
// acceptability curve).
#include "explore_summary.hpp"

#include "summary.hpp"
#include "text_table.hpp"

#include "naikkelas/scenario/schema.hpp"
#include "naikkelas/units/strings.hpp"

#include <algorithm>
#include <cmath>

namespace nk::cli {

namespace {

using Align = TextTable::Align;

std::string unitOf(const decision::Evaluator& evaluator, const std::string& indicator) {
    const auto& names = evaluator.indicators();
    const auto at = std::find(names.begin(), names.end(), indicator);
    return at == names.end() ? std::string() : evaluator.units()[std::size_t(at - names.begin())];
}

// "F1 = cohorts[*].participants" lines: the tables name factors F1, F2, ...
std::string factorLegend(const decision::Experiment& e) {
    std::string out;
    for (std::size_t f = 0; f < e.factors.size(); ++f)
        out += "  F" + std::to_string(f + 1) + " = " + e.factors[f].path + "\n";
    return out;
}

std::string band(const std::string& unit, double low, double high, Language language) {
    return formatIndicatorValue(unit, low, language) + " \u2013 " +
           formatIndicatorValue(unit, high, language);
}

} // namespace

std::string renderFrontier(const decision::Experiment& e, const decision::Evaluator& evaluator,
                           const std::vector<std::vector<double>>& values,
                           const std::vector<decision::FrontierPoint>& frontier,
                           Language language) {
    const bool english = language == Language::English;
    const auto efficient =
        std::count_if(frontier.begin(), frontier.end(), [](const auto& f) { return f.efficient; });
    std::string out = (english ? "Budget frontier: " : "Batas anggaran: ") +
                      std::to_string(efficient) +
                      (english ? " efficient plans of " : " rencana efisien dari ") +
                      std::to_string(frontier.size()) +
                      (english ? " (no cheaper plan does as well), cheapest first\n"
                               : " (tak ada rencana lebih murah yang sama baiknya), termurah "
                                 "dahulu\n");
    out += english ? "  \"more per Rp 100 juta\": what the step from the plan above buys\n"
                   : "  \"tambah per Rp 100 juta\": hasil langkah dari rencana di atasnya\n";
    out += factorLegend(e);
    std::vector<Align> align(3 + e.factors.size(), Align::Right);
    TextTable table(align);
    std::vector<std::string> header = {english ? "discounted cost" : "biaya terdiskonto",
                                       translate(e.design.outcome, language),
                                       english ? "more per Rp 100 juta" : "tambah per Rp 100 juta"};
    for (std::size_t f = 0; f < e.factors.size(); ++f)
        header.push_back("F" + std::to_string(f + 1));
    table.addRow(header);
    const std::string unit = unitOf(evaluator, e.design.outcome);
    for (const auto& point : frontier) {
        if (!point.efficient) continue;
        // What the step from the next cheaper efficient plan buys per Rp 100 juta.
        const std::string gain = std::isfinite(point.gainPerRupiah)
                                     ? "+" + formatNumber(point.gainPerRupiah * 1e8, 2, language)
                                     : "";
        std::vector<std::string> row = {formatRupiahWords(point.cost, language),
                                        formatIndicatorValue(unit, point.outcome, language), gain};
        for (double v : values[point.point]) row.push_back(schema::formatNumber(v));
        table.addRow(row);
    }
    return out + table.render() + "\n";
}

std::string renderUncertainty(const decision::Experiment& e, const decision::Evaluator& evaluator,
                              const decision::UncertaintyReport& report, Language language) {
    const bool english = language == Language::English;
    const std::string& outcome = report.outcome;
    const std::string unit = unitOf(evaluator, outcome);
    const auto& indicators = evaluator.indicators();
    const std::size_t o =
        std::size_t(std::find(indicators.begin(), indicators.end(), outcome) - indicators.begin());
    const std::size_t c =
        std::size_t(std::find(indicators.begin(), indicators.end(), decision::kCostIndicator) -
                    indicators.begin());
    std::string out =
        std::to_string(e.design.samples) +
        (english
             ? " draws of the uncertain factors, each plan run on the same draws\n"
             : " undian faktor yang tak pasti; tiap rencana dijalankan pada undian yang sama\n") +
        factorLegend(e) + "\n" + translate(outcome, language) + " (" +
        (english ? "bands: 90 % of the draws" : "pita: 90 % undian") + ")\n";
    TextTable table({Align::Left, Align::Right, Align::Right, Align::Right, Align::Right,
                     Align::Right, Align::Right});
    table.addRow({english ? "plan" : "rencana", english ? "mean" : "rata-rata",
                  english ? "90 % band" : "pita 90 %", english ? "vs first" : "vs pertama",
                  english ? "90 % band" : "pita 90 %", english ? "P(better)" : "P(lebih baik)",
                  english ? "discounted cost" : "biaya terdiskonto"});
    for (std::size_t p = 0; p < report.plans.size(); ++p) {
        const auto& u = report.plans[p];
        const bool first = p == 0;
        const bool noise = !first && u.differenceQ05 <= 0 && u.differenceQ95 >= 0;
        table.addRow(
            {u.name, formatIndicatorValue(unit, u.mean[o], language),
             band(unit, u.q05[o], u.q95[o], language),
             first ? "" : formatIndicatorValue(unit, u.differenceMean, language),
             first ? ""
                   : band(unit, u.differenceQ05, u.differenceQ95, language) + (noise ? " *" : ""),
             first ? "" : formatPercent(u.probabilityBetter, 0, language),
             formatRupiahWords(u.mean[c], language)});
    }
    out += table.render();
    if (report.plans.size() > 1)
        out += english ? "  * the band includes zero: not distinguishable at 90 %\n"
                       : "  * pita mencakup nol: tak terbedakan pada 90 %\n";
    out += "\n" +
           std::string(english ? "Acceptability: the probability that the discounted cost per "
                               : "Keberterimaan: peluang biaya terdiskonto per ") +
           translate(outcome, language) +
           (english ? " stays at or under the threshold\n" : " tidak melebihi ambang\n");
    std::vector<Align> align(1 + report.plans.size(), Align::Right);
    TextTable curve(align);
    std::vector<std::string> header = {english ? "threshold" : "ambang"};
    for (const auto& u : report.plans) header.push_back(u.name);
    curve.addRow(header);
    // Every fourth threshold: the file holds them all.
    for (std::size_t i = 0; i < report.acceptability.size(); i += 4) {
        const auto& a = report.acceptability[i];
        std::vector<std::string> row = {formatRupiahWords(a.threshold, language)};
        for (double share : a.probability) row.push_back(formatPercent(share, 0, language));
        curve.addRow(row);
    }
    return out + curve.render() + "\n";
}

} // namespace nk::cli
