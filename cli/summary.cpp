#include "summary.hpp"
#include "naikkelas/results/sales_ladder.hpp"
#include "naikkelas/results/series_names.hpp"

#include "naikkelas/io/results_export.hpp"
#include "naikkelas/results/mode_agreement.hpp"
#include "naikkelas/results/plain_reading.hpp"
#include "naikkelas/units/strings.hpp"
#include "text_table.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>

namespace nk::cli {

namespace {

using Align = TextTable::Align;

bool isMoney(const std::string& unit) {
    return unit.rfind("rupiah", 0) == 0;
}
bool isCount(const std::string& unit) {
    return unit.find("enterprise") != std::string::npos ||
           unit.find("participant") != std::string::npos;
}

std::string formatValue(const std::string& unit, double value, Language language) {
    return formatIndicatorValue(unit, value, language);
}

// Why an indicator has no value: a ratio over zero additional enterprises or zero cost.
std::string undefinedNote(const std::string& key, Language language) {
    if (key.rfind("cost_per_", 0) == 0) return translate("note_no_additional", language);
    if (key == "benefit_cost_ratio") return translate("note_no_cost", language);
    return translate("note_undefined", language);
}

// "(90%: a – b)" from the first and last quantile levels.
std::string bandText(const ResultSet& r, const Indicator& indicator, Language language) {
    const std::size_t n = std::min(indicator.quantiles.size(), r.quantileLevels.size());
    if (n < 2) return {};
    const double width = (r.quantileLevels[n - 1] - r.quantileLevels[0]) * 100.0;
    const bool whole = std::fabs(width - std::round(width)) < 1e-9;
    return "(" + formatNumber(width, whole ? 0 : 1, language) +
           "%: " + formatValue(indicator.unit, indicator.quantiles.front(), language) + " \u2013 " +
           formatValue(indicator.unit, indicator.quantiles[n - 1], language) + ")";
}

std::string modeHeading(const ResultSet& r, Language language) {
    std::string out = translate(names::modeName(r.mode), language);
    if (r.mode == RunMode::MonteCarlo)
        out += ", " + std::to_string(r.replications) + " " + translate("replications", language);
    return out;
}

void appendHeading(std::string& out, const std::string& text, char underline) {
    out += text;
    out += '\n';
    out.append(displayWidth(text), underline);
    out += '\n';
}

std::string scenarioTitle(const Scenario& spec, Language language) {
    if (!spec.scenario.title.empty()) return spec.scenario.title;
    if (!spec.scenario.id.empty()) return spec.scenario.id;
    return translate("untitled", language);
}

void appendOverview(std::string& out, const CompiledScenario& scenario, Language language) {
    const Scenario& spec = scenario.spec;
    long long participants = 0;
    long long enterprises = 0;
    for (const auto& g : scenario.groups) {
        participants += g.participants;
        enterprises += g.enterprises;
    }
    const auto count = [&](long long n) { return formatNumber(double(n), 0, language); };
    const std::string region =
        spec.scenario.region.empty() ? std::string(kNotANumber) : spec.scenario.region;
    appendHeading(out, scenarioTitle(spec, language), '=');
    out += translate("region", language) + ": " + region + "   " + translate("start", language) +
           ": " + spec.scenario.start + "   " + translate("horizon", language) + ": " +
           std::to_string(scenario.horizon) + " " + translate("months", language) + "\n";
    out += translate("cohorts", language) + ": " +
           count(static_cast<long long>(spec.cohorts.size())) + "   " +
           translate("participants", language) + ": " + count(participants) + "   " +
           translate("enterprises", language) + ": " + count(enterprises) + "\n\n";
}

// Planned cost: the program arm's cost lines within the horizon, as the run counted them.
void appendCost(std::string& out, const CompiledScenario& scenario, const ResultSet& results,
                Language language) {
    const SeriesBand* cumulative =
        results.find(Arm::Program, std::string(names::kTotal), std::string(names::kCostCumulative));
    const Rupiah total =
        cumulative && !cumulative->mean.empty() ? std::llround(cumulative->mean.back()) : 0;
    const Rupiah envelope = scenario.spec.budget.envelope;
    const auto money = [&](Rupiah amount) {
        return formatRupiahWords(static_cast<double>(amount), language) + " (" +
               formatRupiah(amount, language) + ")";
    };
    TextTable table;
    table.addRow({translate("planned_cost", language) + ":", money(total)});
    if (envelope <= 0) {
        table.addRow({translate("envelope", language) + ":", translate("no_envelope", language)});
    } else {
        std::string line = money(envelope) + "; ";
        if (total > envelope)
            line += translate("over_envelope", language) + " " +
                    formatRupiahWords(static_cast<double>(total - envelope), language);
        else
            line += formatPercent(static_cast<double>(total) / static_cast<double>(envelope), 1,
                                  language) +
                    " " + translate("of_envelope", language);
        table.addRow({translate("envelope", language) + ":", line});
    }
    out += table.render(0, 1);
    if (envelope > 0 && total > envelope)
        out += "\n*** " + translate("over_envelope", language) + " " +
               formatRupiahWords(static_cast<double>(total - envelope), language) + " (" +
               formatRupiah(total - envelope, language) + ") ***\n";
    out += '\n';
}

// Which plugins shaped the run; without any, or without cost lines, say what that means.
void appendPlugins(std::string& out, const ResultSet& r, Language language) {
    const auto& plugins = r.manifest.plugins;
    if (plugins.empty()) {
        out += translate("note_no_plugins", language) + "\n\n";
        return;
    }
    std::string line = translate("plugins_used", language) + ":";
    for (const auto& p : plugins) line += " " + p.id + " " + p.version + ",";
    line.back() = '\n';
    out += line;
    bool anyCost = false;
    for (const auto& band : r.series) anyCost = anyCost || names::costCategoryOf(band.name);
    if (!anyCost) out += translate("note_no_cost_lines", language) + "\n";
    out += '\n';
}

// The indicators of one set: label | value | exact rupiah and band, or the note.
void appendIndicators(std::string& out, const ResultSet& r, int horizon, Language language) {
    appendHeading(out,
                  translate("key_indicators", language) + " " + translate("at_month", language) +
                      " " + std::to_string(horizon) + " (" +
                      translate("program_minus_baseline", language) + "; " +
                      modeHeading(r, language) + ")",
                  '-');
    std::vector<const Indicator*> shown;
    for (const auto key : names::kIndicatorReadingOrder)
        if (const Indicator* i = r.indicator(std::string(key))) shown.push_back(i);
    for (const auto& i : r.indicators) // any the engine adds beyond the standard nine
        if (std::find(shown.begin(), shown.end(), &i) == shown.end()) shown.push_back(&i);

    TextTable table({Align::Left, Align::Right, Align::Left});
    for (const Indicator* i : shown) {
        std::vector<std::string> row{translate(i->key, language)};
        if (!std::isfinite(i->mean)) {
            row.push_back(std::string(kNotANumber));
            row.push_back("(" + undefinedNote(i->key, language) + ")");
        } else {
            row.push_back(formatValue(i->unit, i->mean, language));
            std::string detail;
            // The exact figure, where words round it (from a thousand rupiah up).
            if (isMoney(i->unit) && std::fabs(i->mean) >= 1000.0)
                detail = "= " + formatRupiah(i->mean, language);
            const std::string band = bandText(r, *i, language);
            if (!band.empty()) detail += (detail.empty() ? "" : "  ") + band;
            row.push_back(detail);
        }
        table.addRow(std::move(row));
    }
    out += table.render();
    out += '\n';
}

// With both modes: which figure is the estimate, and where expected mode strays from it.
void appendModeAgreement(std::string& out, std::span<const ResultSet> results, Language language) {
    const ModePair pair = findModePair(results);
    if (!pair.expected) return;
    out += translate("note_estimate", language) + "\n";
    std::vector<std::string> flagged;
    for (const ModeAgreement& a : compareModes(*pair.expected, *pair.monteCarlo)) {
        if (!a.flagged) continue;
        const Indicator* i = pair.monteCarlo->indicator(a.key);
        flagged.push_back("  ! " + translate(a.key, language) + ": " +
                          formatValue(i->unit, a.expected, language) + " / " +
                          formatValue(i->unit, a.monteCarlo, language) + " (" +
                          formatNumber(a.gap, 1, language) + " " +
                          translate("standard_errors", language) + ")");
    }
    if (!flagged.empty()) {
        out += translate("note_mode_gap", language) + "\n";
        for (const auto& line : flagged) out += line + "\n";
    }
    out += '\n';
}

double valueAt(const SeriesBand* band, int t) {
    if (!band || t < 0 || static_cast<std::size_t>(t) >= band->mean.size()) return std::nan("");
    return band->mean[t];
}

// Enterprises by state and size class at months 12, 24 and the horizon.
void appendClassTable(std::string& out, const CompiledScenario& scenario, const ResultSet& r,
                      Language language) {
    const int horizon = std::max(0, r.months - 1);
    std::vector<int> months;
    for (const int t : {12, 24, horizon})
        if (t <= horizon && std::find(months.begin(), months.end(), t) == months.end())
            months.push_back(t);

    // Rows: prospects, active with its bands of the sales ladder (the bands inside mikro,
    // then the classes above it) indented under it, closed.
    struct RowSpec {
        std::string series;
        std::string label;
    };
    std::vector<RowSpec> rows{{"prospects", translate("prospects", language)},
                              {"active", translate("active", language)}};
    for (const LadderBand& band : salesLadder(scenario))
        rows.push_back({band.series, "  " + ladderBandLabel(band, language)});
    rows.push_back({"closed", translate("closed", language)});

    appendHeading(out, translate("by_class", language) + " (" + modeHeading(r, language) + ")",
                  '-');
    TextTable table({Align::Left, Align::Right, Align::Right, Align::Right});
    table.addRow({"", translate("program", language), translate("baseline", language),
                  translate("impact", language)});
    for (const int t : months) {
        const std::string calendar = addMonths(r.start, t);
        table.addLine(translate("month", language) + " " + std::to_string(t) +
                      (calendar.empty() ? "" : " (" + calendar + ")"));
        for (const auto& row : rows) {
            const SeriesBand* program =
                r.find(Arm::Program, std::string(names::kTotal), row.series);
            const SeriesBand* baseline =
                r.find(Arm::Baseline, std::string(names::kTotal), row.series);
            if (!program && !baseline) continue;
            const SeriesBand* impact = r.find(Arm::Impact, std::string(names::kTotal), row.series);
            const double p = valueAt(program, t);
            const double b = valueAt(baseline, t);
            const double i = impact ? valueAt(impact, t) : p - b;
            table.addRow({"  " + row.label, formatNumber(p, 1, language),
                          formatNumber(b, 1, language), formatNumber(i, 1, language)});
        }
    }
    out += table.render();
}

} // namespace

// Counts to one decimal (expected counts are fractional), ratios to two.
std::string formatIndicatorValue(const std::string& unit, double value, Language language) {
    if (!std::isfinite(value)) return std::string(kNotANumber);
    if (isMoney(unit)) return formatRupiahWords(value, language);
    return formatNumber(value, isCount(unit) ? 1 : 2, language);
}

std::string addMonths(const std::string& start, int months) {
    int year = 0;
    int month = 0;
    if (start.size() != 7 || start[4] != '-') return {};
    const char* s = start.data();
    if (std::from_chars(s, s + 4, year).ptr != s + 4 ||
        std::from_chars(s + 5, s + 7, month).ptr != s + 7 || month < 1 || month > 12)
        return {};
    const int index = year * 12 + (month - 1) + months;
    const int y = index / 12;
    const int m = index % 12 + 1;
    std::string out = std::to_string(y) + "-";
    if (m < 10) out += '0';
    out += std::to_string(m);
    return out;
}

std::string renderSummary(const CompiledScenario& scenario, std::span<const ResultSet> results,
                          Language language) {
    std::string out;
    appendOverview(out, scenario, language);
    if (!results.empty()) {
        const ResultSet& first = results.front();
        appendCost(out, scenario, first, language);
        appendPlugins(out, first, language);
    }
    for (const auto& r : results) appendIndicators(out, r, std::max(0, r.months - 1), language);
    appendModeAgreement(out, results, language);
    // The reading of the estimate: the Monte Carlo mean when run, with its bands.
    if (!results.empty()) {
        const auto estimate = std::find_if(results.begin(), results.end(), [](const ResultSet& r) {
            return r.mode == RunMode::MonteCarlo;
        });
        const std::string reading = plainReading(
            scenario, estimate != results.end() ? *estimate : results.front(), language);
        if (!reading.empty()) out += reading + "\n\n";
    }
    // The class table from one set: expected mode when run, being exact.
    if (!results.empty()) {
        const auto expected = std::find_if(results.begin(), results.end(), [](const ResultSet& r) {
            return r.mode == RunMode::Expected;
        });
        appendClassTable(out, scenario, expected != results.end() ? *expected : results.front(),
                         language);
    }
    return out;
}

} // namespace nk::cli
