#include "model/results_charts.hpp"

#include "chart/series_from_results.hpp"
#include "model/cost_category.hpp"
#include "model/export.hpp"
#include "model/ui_text.hpp"
#include "naikkelas/results/plain_reading.hpp"
#include "naikkelas/results/sales_ladder.hpp"
#include "naikkelas/results/series_names.hpp"
#include "naikkelas/units/strings.hpp"

#include <algorithm>
#include <iterator>
#include <map>

namespace nk::gui {

namespace {

using chart::ChartKind;
using chart::ChartModel;
using chart::paletteColor;

// The bands inside mikro, from the lowest: sky blue, the palette's blue, a dark blue.
constexpr chart::Color kMicroBlues[] = {chart::rgba(86, 180, 233), chart::rgba(0, 114, 178),
                                        chart::rgba(0, 68, 122)};

ChartModel programAgainstBaseline(const ResultSet& r, const std::string& series, std::string title,
                                  Language language) {
    ChartModel m;
    m.kind = r.mode == RunMode::MonteCarlo ? ChartKind::Band : ChartKind::Line;
    m.title = std::move(title);
    m.language = language;
    m.start = chart::parseYearMonth(r.start);
    const std::pair<Arm, const char*> arms[] = {
        {Arm::Program, tr(language, "program", "program")},
        {Arm::Baseline, tr(language, "tanpa program", "baseline")}};
    std::size_t colour = 0;
    for (const auto& [arm, label] : arms)
        if (const SeriesBand* band = r.find(arm, std::string(names::kTotal), series))
            m.series.push_back(chart::seriesFromBand(*band, r.quantileLevels, armName(arm), label,
                                                     paletteColor(colour++)));
    return m;
}

} // namespace

std::shared_ptr<const ResultSet> displayedResults(const RunSnapshot& snapshot) {
    if (auto mc = currentMonteCarlo(snapshot)) return mc;
    return snapshot.expected;
}

ChartModel visibleOnly(const ChartModel& model, const chart::LegendState& legend) {
    ChartModel copy = model;
    copy.series.clear();
    for (const chart::Series& s : model.series)
        if (legend.isVisible(s.id)) copy.series.push_back(s);
    return copy;
}

ResultCharts buildResultCharts(const CompiledScenario& scenario, const ResultSet& r,
                               Language language) {
    ResultCharts c;
    c.active = programAgainstBaseline(r, std::string(names::kActive),
                                      tr(language, "Usaha aktif", "Active enterprises"), language);
    c.income = programAgainstBaseline(
        r, std::string(names::kIncomePerParticipant),
        tr(language, "Pendapatan per peserta (Rp/bulan)", "Income per participant (Rp/month)"),
        language);
    c.income.valueFormat = chart::rupiahAxis(language);

    c.sizeClasses.kind = ChartKind::StackedArea;
    c.sizeClasses.title =
        tr(language, "Usaha program menurut kelas ukuran", "Program enterprises by size class");
    c.sizeClasses.language = language;
    c.sizeClasses.start = chart::parseYearMonth(r.start);
    // The sales ladder: the bands inside mikro in blues, lightest at the bottom, then the
    // classes above mikro, so that naik kelas shows before any enterprise reaches kecil.
    // The ladder stops at the next rung nobody reaches (fewer than kNoneExpected
    // enterprises, as the plain reading says "none"): bands above it would only stack empty
    // areas and crowd the legend.
    const std::vector<LadderBand> ladder = salesLadder(scenario);
    std::vector<const SeriesBand*> bands;
    std::size_t shown = 0;
    for (const LadderBand& rung : ladder) {
        bands.push_back(r.find(Arm::Program, std::string(names::kTotal), rung.series));
        if (bands.back() && std::any_of(bands.back()->mean.begin(), bands.back()->mean.end(),
                                        [](double v) { return v >= kNoneExpected; }))
            shown = bands.size() + 1; // this rung and the next
    }
    std::size_t classColour = 1;
    for (std::size_t i = 0; i < std::min(std::max<std::size_t>(shown, 1), ladder.size()); ++i)
        if (const SeriesBand* band = bands[i]) {
            const bool insideFirst = ladder[i].className != ladder[i].name;
            const chart::Color colour = insideFirst
                                            ? kMicroBlues[std::min(i, std::size(kMicroBlues) - 1)]
                                            : paletteColor(classColour++);
            c.sizeClasses.series.push_back(chart::seriesFromBand(
                *band, {}, band->name, ladderBandLabel(ladder[i], language), colour));
        }

    // Costs per fiscal (calendar) year and category, program arm.
    c.costs.kind = ChartKind::Bars;
    c.costs.title = tr(language, "Biaya per tahun anggaran", "Costs by fiscal year");
    c.costs.language = language;
    c.costs.valueFormat = chart::rupiahAxis(language);
    const auto start = chart::parseYearMonth(r.start);
    if (!start) return c;
    std::map<int, std::size_t> yearIndex;
    for (int t = 0; t < r.months; ++t)
        yearIndex.emplace(start->year + (start->month - 1 + t) / 12, 0);
    for (auto& [year, index] : yearIndex) {
        index = c.costs.categories.size();
        c.costs.categories.push_back(std::to_string(year));
    }
    std::size_t colour = 0;
    for (const auto& band : r.series) {
        const auto category = names::costCategoryOf(band.name);
        if (band.arm != Arm::Program || band.scope != names::kTotal || !category) continue;
        chart::Series s;
        s.id = band.name;
        s.label = costCategoryLabel(*category, language);
        s.color = paletteColor(colour++);
        s.values.assign(c.costs.categories.size(), 0.0);
        for (int t = 0; t < r.months && t < static_cast<int>(band.mean.size()); ++t)
            s.values[yearIndex[start->year + (start->month - 1 + t) / 12]] += band.mean[t];
        c.costs.series.push_back(std::move(s));
    }
    return c;
}

} // namespace nk::gui
