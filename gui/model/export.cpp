#include "model/export.hpp"

#include "model/indicator_text.hpp"
#include "model/ui_text.hpp"

#include "naikkelas/io/atomic_file.hpp"
#include "naikkelas/io/results_export.hpp"
#include "naikkelas/units/strings.hpp"

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <vector>

namespace nk::gui {

namespace {

std::string unitLabel(const std::string& unit, Language language) {
    if (unit == "rupiah") return "Rupiah";
    if (unit == "ratio") return tr(language, "rasio", "ratio");
    return translate(unit, language);
}

// Tabs and line breaks would split a cell; names never hold them, but be safe.
std::string tsvCell(std::string text) {
    std::replace_if(
        text.begin(), text.end(), [](char c) { return c == '\t' || c == '\n' || c == '\r'; }, ' ');
    return text;
}

std::string csvCell(const std::string& text) {
    if (text.find_first_of(",\"\n\r") == std::string::npos) return text;
    std::string quoted = "\"";
    for (char c : text) {
        if (c == '"') quoted += '"';
        quoted += c;
    }
    return quoted + "\"";
}

std::string yearMonthText(chart::YearMonth ym) {
    std::string text = std::to_string(ym.year) + "-";
    if (ym.month < 10) text += '0';
    return text + std::to_string(ym.month);
}

std::string rowLabel(const chart::ChartModel& model, std::size_t index) {
    if (chart::isCategorical(model.kind))
        return index < model.categories.size() ? model.categories[index] : std::to_string(index);
    if (model.start) return yearMonthText(chart::addMonths(*model.start, static_cast<int>(index)));
    return std::to_string(index);
}

std::string valueAt(const std::vector<double>& values, std::size_t index) {
    return index < values.size() ? io::shortestNumber(values[index]) : std::string();
}

} // namespace

std::shared_ptr<const ResultSet> currentMonteCarlo(const RunSnapshot& snapshot) {
    if (!snapshot.monteCarlo || snapshot.monteCarloGeneration != snapshot.generation)
        return nullptr;
    return snapshot.monteCarlo;
}

std::optional<IndicatorBand> indicatorBand(const ResultSet& results, const Indicator& indicator) {
    const std::vector<double>& q = indicator.quantiles;
    if (q.size() < 2) return std::nullopt;
    const std::vector<double>& levels = results.quantileLevels;
    std::size_t low = 0;
    std::size_t high = q.size() - 1;
    if (levels.size() == q.size()) {
        low = static_cast<std::size_t>(std::min_element(levels.begin(), levels.end()) -
                                       levels.begin());
        high = static_cast<std::size_t>(std::max_element(levels.begin(), levels.end()) -
                                        levels.begin());
    }
    IndicatorBand band;
    band.lowLevel = levels.size() == q.size() ? levels[low] : 0.0;
    band.highLevel = levels.size() == q.size() ? levels[high] : 1.0;
    band.low = q[low];
    band.high = q[high];
    return band;
}

std::string seriesCsvFor(const RunSnapshot& snapshot) {
    std::vector<ResultSet> sets;
    if (snapshot.expected) sets.push_back(*snapshot.expected);
    if (const auto mc = currentMonteCarlo(snapshot)) sets.push_back(*mc);
    if (sets.empty()) return {};
    return io::seriesCsv(sets);
}

std::string indicatorsTable(const ResultSet& results, Language language) {
    std::string out;
    out += tr(language, "Indikator\tSatuan\tRata-rata\tBawah\tAtas\n",
              "Indicator\tUnit\tMean\tLow\tHigh\n");
    for (const Indicator& i : results.indicators) {
        const int decimals = indicatorDecimals(i.unit);
        out += tsvCell(translate(i.key, language)) + '\t' + tsvCell(unitLabel(i.unit, language)) +
               '\t' + formatNumber(i.mean, decimals, language) + '\t';
        if (const auto band = indicatorBand(results, i))
            out += formatNumber(band->low, decimals, language) + '\t' +
                   formatNumber(band->high, decimals, language);
        else
            out += '\t';
        out += '\n';
    }
    return out;
}

std::string chartCsv(const chart::ChartModel& model) {
    const Language language = model.language;
    std::string out;
    if (chart::isCategorical(model.kind))
        out += tr(language, "kategori", "category");
    else
        out += model.start ? tr(language, "bulan", "month") : "x";
    for (const chart::Series& s : model.series) {
        out += ',' + csvCell(s.label);
        if (!s.bands.empty())
            out += ',' + csvCell(s.label + tr(language, " (bawah)", " (lower)")) + ',' +
                   csvCell(s.label + tr(language, " (atas)", " (upper)"));
    }
    out += '\n';
    const std::size_t rows = chart::pointCount(model);
    for (std::size_t t = 0; t < rows; ++t) {
        out += csvCell(rowLabel(model, t));
        for (const chart::Series& s : model.series) {
            out += ',' + valueAt(s.values, t);
            if (!s.bands.empty())
                out += ',' + valueAt(s.bands.front().lower, t) + ',' +
                       valueAt(s.bands.front().upper, t);
        }
        out += '\n';
    }
    return out;
}

std::string defaultExportPath(const std::string& folder, const std::string& scenarioId,
                              const std::string& what) {
    std::string name = scenarioId.empty() ? std::string("naikkelas") : scenarioId;
    for (char& c : name) {
        const bool plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                           (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.';
        if (!plain) c = '_';
    }
    return (std::filesystem::path(folder) / (name + "-" + what)).string();
}

bool writeTextFile(const std::string& path, std::string_view text, std::string& error) {
    return io::writeFileAtomically(path, text, error);
}

} // namespace nk::gui
