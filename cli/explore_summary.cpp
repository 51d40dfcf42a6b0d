#include "explore_summary.hpp"

#include "summary.hpp"
#include "text_table.hpp"

#include "naikkelas/scenario/schema.hpp"
#include "naikkelas/units/strings.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <functional>
#include <map>

namespace nk::cli {

namespace {

using decision::DesignKind;
using Align = TextTable::Align;

// measure -> value of one factor on one indicator
using Measures = std::map<std::string, double>;

Measures measuresOf(const std::vector<decision::SensitivityRow>& rows, const std::string& factor,
                    const std::string& indicator) {
    Measures out;
    for (const auto& r : rows)
        if (r.factor == factor && r.indicator == indicator) out[r.measure] = r.value;
    return out;
}

std::string fixed(double v, int decimals) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.*f", decimals, v);
    return buffer;
}

std::string signedValue(const std::string& unit, double v, Language language) {
    return (v > 0 ? "+" : "") + formatIndicatorValue(unit, v, language);
}

// Factors in order of `key`, largest first; ties keep the file's order.
std::vector<std::size_t> ranked(std::size_t count, const std::function<double(std::size_t)>& key) {
    std::vector<std::size_t> order(count);
    for (std::size_t i = 0; i < count; ++i) order[i] = i;
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return key(a) > key(b); });
    return order;
}

} // namespace

std::string renderExploration(const decision::Experiment& e, const decision::Evaluator& evaluator,
                              const std::vector<std::vector<double>>& values,
                              const std::vector<std::vector<double>>& outputs,
                              const decision::ExplorationAnalysis& analysis, Language language) {
    const auto& rows = analysis.sensitivity;
    const bool english = language == Language::English;
    std::string out =
        std::string(english ? "Exploration: " : "Eksplorasi: ") +
        decision::designName(e.design.kind) + ", " + std::to_string(outputs.size()) +
        (english ? " points, " : " titik, ") + std::to_string(e.factors.size()) +
        (english ? " factors (" : " faktor (") +
        translate(e.mode == RunMode::MonteCarlo ? "montecarlo" : "expected", language) + ")\n\n";
    if (analysis.uncertainty)
        out += renderUncertainty(e, evaluator, *analysis.uncertainty, language);
    if (e.design.kind == DesignKind::Frontier)
        out += renderFrontier(e, evaluator, values, analysis.frontier, language);
    const auto& indicators = evaluator.indicators();
    const std::size_t k = e.factors.size();
    // An uncertainty design's points mix plans: its table above is the summary.
    for (std::size_t j = 0; j < indicators.size() && !analysis.uncertainty; ++j) {
        const std::string& unit = evaluator.units()[j];
        const std::string& name = indicators[j];
        out += translate(name, language);
        const std::size_t missing = static_cast<std::size_t>(
            std::count_if(outputs.begin(), outputs.end(), [&](const std::vector<double>& o) {
                return !std::isfinite(o[j * evaluator.stride()]);
            }));
        if (missing > 0 && e.design.kind != DesignKind::Oat) {
            out += ": " + std::to_string(missing) +
                   (english ? " points have no value (the program adds nothing there); no "
                              "measures\n\n"
                            : " titik tanpa nilai (program tidak menambah apa pun di sana); "
                              "tanpa ukuran\n\n");
            continue;
        }
        TextTable table({Align::Left, Align::Right, Align::Right, Align::Right, Align::Right});
        if (e.design.kind == DesignKind::Oat) {
            const double base = outputs.front()[j * evaluator.stride()];
            out += "  (" +
                   std::string(english ? "base, the scenario as written: "
                                       : "dasar, skenario apa adanya: ") +
                   formatIndicatorValue(unit, base, language) + ")\n";
            table = TextTable({Align::Left, Align::Right, Align::Right, Align::Right, Align::Right,
                               Align::Right});
            table.addRow({english ? "factor" : "faktor", english ? "low" : "rendah",
                          english ? "base" : "dasar", english ? "high" : "tinggi",
                          english ? "at low" : "di rendah", english ? "at high" : "di tinggi"});
            const auto swing = [&](std::size_t f) {
                const Measures m = measuresOf(rows, e.factors[f].path, name);
                return std::max(std::fabs(m.at("swing_low")), std::fabs(m.at("swing_high")));
            };
            for (std::size_t f : ranked(k, swing)) {
                const Measures m = measuresOf(rows, e.factors[f].path, name);
                table.addRow({e.factors[f].path, schema::formatNumber(values[1 + 2 * f][f]),
                              schema::formatNumber(values[0][f]),
                              schema::formatNumber(values[2 + 2 * f][f]),
                              signedValue(unit, m.at("swing_low"), language),
                              signedValue(unit, m.at("swing_high"), language)});
            }
        } else if (e.design.kind == DesignKind::Morris) {
            out += "\n";
            table.addRow({english ? "factor" : "faktor", "mu*", "mu", "sigma"});
            const auto key = [&](std::size_t f) {
                return measuresOf(rows, e.factors[f].path, name).at("mu_star");
            };
            for (std::size_t f : ranked(k, key)) {
                const Measures m = measuresOf(rows, e.factors[f].path, name);
                table.addRow({e.factors[f].path,
                              formatIndicatorValue(unit, m.at("mu_star"), language),
                              signedValue(unit, m.at("mu"), language),
                              formatIndicatorValue(unit, m.at("sigma"), language)});
            }
        } else if (e.design.kind == DesignKind::Sobol) {
            out += "\n";
            table.addRow({english ? "factor" : "faktor", "S1",
                          english ? "90 % interval" : "interval 90 %", "ST",
                          english ? "90 % interval" : "interval 90 %"});
            const auto key = [&](std::size_t f) {
                return measuresOf(rows, e.factors[f].path, name).at("ST");
            };
            for (std::size_t f : ranked(k, key)) {
                const Measures m = measuresOf(rows, e.factors[f].path, name);
                table.addRow({e.factors[f].path, fixed(m.at("S1"), 2),
                              fixed(m.at("S1_lo"), 2) + " \u2013 " + fixed(m.at("S1_hi"), 2),
                              fixed(m.at("ST"), 2),
                              fixed(m.at("ST_lo"), 2) + " \u2013 " + fixed(m.at("ST_hi"), 2)});
            }
        } else {
            double lo = INFINITY, hi = -INFINITY;
            for (const auto& o : outputs) {
                lo = std::min(lo, o[j * evaluator.stride()]);
                hi = std::max(hi, o[j * evaluator.stride()]);
            }
            out += ": " + formatIndicatorValue(unit, lo, language) + " \u2013 " +
                   formatIndicatorValue(unit, hi, language) + "\n";
            continue;
        }
        out += table.render() + "\n";
    }
    out += english ? "These are the model's answers to its assumptions, not forecasts.\n"
                   : "Ini jawaban model atas asumsinya, bukan ramalan.\n";
    return out;
}

} // namespace nk::cli
