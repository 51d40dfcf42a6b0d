#include "panels/results_view.hpp"

#include "chart/chart_draw.hpp"
#include "model/export.hpp"
#include "model/indicator_text.hpp"
#include "model/ui_text.hpp"

#include "naikkelas/results/mode_agreement.hpp"
#include "naikkelas/results/plain_reading.hpp"
#include "naikkelas/units/strings.hpp"

#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <vector>

namespace nk::gui {

namespace {

// The file name part of each chart's export, in the order of ResultsView's charts.
constexpr const char* kChartFileNames[ResultsView::kChartCount] = {"active", "income",
                                                                   "size-classes", "costs"};

// A right-button release that moved less than this opens the chart menu; more is a pan.
constexpr float kMenuClickSlop = 4.0f;

// An indicator whose expected value the Monte Carlo run does not bear out.
const ImVec4 kDisagreement(0.95f, 0.75f, 0.30f, 1.0f);

// "5–95 %" for the levels 0.05 and 0.95.
std::string levelsText(const IndicatorBand& band, Language language) {
    return formatNumber(band.lowLevel * 100.0, 0, language) + "\u2013" +
           formatNumber(band.highLevel * 100.0, 0, language) + " %";
}

// The band of the first indicator that has one (all share the run's levels).
std::optional<IndicatorBand> firstBand(const ResultSet& results) {
    for (const Indicator& indicator : results.indicators)
        if (auto band = indicatorBand(results, indicator)) return band;
    return std::nullopt;
}

std::string resultsNote(const ResultSet& results, Language language) {
    if (results.mode != RunMode::MonteCarlo)
        return tr(language, "Proyeksi harapan", "Expected projection");
    std::string note = std::string("Monte Carlo, ") +
                       formatNumber(results.replications, 0, language) +
                       tr(language, " replikasi", " replications");
    if (const auto band = firstBand(results))
        note += tr(language, " \u00B7 rentang ", " \u00B7 band ") + levelsText(*band, language);
    return note;
}

const char* modesNote(Language language) {
    return tr(language,
              "Rata-rata Monte Carlo adalah rata-rata model; mode harapan adalah pendekatan "
              "medan-rata-ratanya yang cepat.",
              "The Monte Carlo mean is the model's mean; expected mode is its fast mean-field "
              "approximation.");
}

// Why an indicator is marked: its expected value and the Monte Carlo mean +- 3 SE.
std::string disagreementText(const ModeAgreement& a, const std::string& unit, Language language) {
    const double margin = kModeGapLimit * a.standardError;
    return std::string(
               tr(language, "\u2260 Mode harapan memberi ", "\u2260 Expected mode gives ")) +
           indicatorText(a.expected, unit, language) +
           tr(language, ", di luar rata-rata Monte Carlo \u00B1 3 galat baku (",
              ", outside the Monte Carlo mean \u00B1 3 standard errors (") +
           indicatorText(a.monteCarlo - margin, unit, language) + " \u2013 " +
           indicatorText(a.monteCarlo + margin, unit, language) + ").";
}

// Where the indicator table's columns go: `groups` side-by-side groups of rows, each
// group with a name column (wrapping), a right-aligned value column and a band column.
struct IndicatorLayout {
    std::size_t groups = 1;
    std::size_t rows = 0;
    float groupWidth = 0.0f;
    float nameWidth = 0.0f;
    float valueWidth = 0.0f;
    float bandWidth = 0.0f; // 0 without bands
    std::vector<float> rowHeights;
    float height = 0.0f;
};

float textHeight(const std::string& text, float wrapWidth) {
    return ImGui::CalcTextSize(text.c_str(), nullptr, false, wrapWidth).y;
}

// The layout in `groups` groups within `width`; nullopt when the names would get too
// narrow (a single group always has a layout: the band column then wraps as well).
std::optional<IndicatorLayout> indicatorLayout(const std::vector<IndicatorLine>& lines,
                                               std::size_t groups, float width) {
    const ImGuiStyle& style = ImGui::GetStyle();
    const float fontSize = ImGui::GetFontSize();
    const float columnGap = style.ItemSpacing.x * 2.0f;
    const float groupGap = fontSize * 2.0f;
    const float minNameWidth = fontSize * 7.0f;
    IndicatorLayout layout;
    layout.groups = groups;
    layout.rows = (lines.size() + groups - 1) / groups;
    layout.groupWidth =
        (width - groupGap * static_cast<float>(groups - 1)) / static_cast<float>(groups);
    for (const IndicatorLine& line : lines) {
        layout.valueWidth = std::max(layout.valueWidth, ImGui::CalcTextSize(line.value.c_str()).x);
        if (!line.band.empty())
            layout.bandWidth = std::max(layout.bandWidth, ImGui::CalcTextSize(line.band.c_str()).x);
    }
    float widestName = 0.0f;
    for (const IndicatorLine& line : lines)
        widestName = std::max(widestName, ImGui::CalcTextSize(line.name.c_str()).x);
    const float inner = layout.groupWidth - style.CellPadding.x * 2.0f;
    const float bandColumn = layout.bandWidth > 0.0f ? columnGap : 0.0f;
    const float available = inner - layout.valueWidth - columnGap - bandColumn - layout.bandWidth;
    if (available >= std::min(minNameWidth, widestName)) {
        // No wider than the widest name, so that values stay next to their names.
        layout.nameWidth = std::min(widestName, available);
    } else {
        if (groups > 1) return std::nullopt;
        if (layout.bandWidth > 0.0f)
            layout.bandWidth =
                std::max(fontSize * 4.0f, layout.bandWidth - (minNameWidth - available));
        layout.nameWidth = std::max(fontSize * 4.0f, inner - layout.valueWidth - columnGap -
                                                         bandColumn - layout.bandWidth);
    }
    layout.groupWidth = layout.nameWidth + columnGap + layout.valueWidth + bandColumn +
                        layout.bandWidth + style.CellPadding.x * 2.0f;
    layout.rowHeights.assign(layout.rows, ImGui::GetTextLineHeight());
    for (std::size_t i = 0; i < lines.size(); ++i) {
        float& row = layout.rowHeights[i % layout.rows];
        row = std::max(row, textHeight(lines[i].name, layout.nameWidth));
        if (!lines[i].band.empty())
            row = std::max(row, textHeight(lines[i].band, layout.bandWidth));
    }
    for (float& row : layout.rowHeights) {
        row += style.CellPadding.y * 2.0f;
        layout.height += row;
    }
    return layout;
}

// The group count that makes the table shortest (fewer groups on a tie).
IndicatorLayout shortestIndicatorLayout(const std::vector<IndicatorLine>& lines, float width) {
    IndicatorLayout best = *indicatorLayout(lines, 1, width);
    for (std::size_t groups = 2; groups <= lines.size(); ++groups) {
        const auto layout = indicatorLayout(lines, groups, width);
        if (!layout) break;
        if (layout->height < best.height - 0.5f) best = *layout;
    }
    return best;
}

} // namespace

std::vector<IndicatorLine> indicatorLines(const ResultSet& results, const ResultSet* expected,
                                          Language language) {
    const bool judged = expected && results.mode == RunMode::MonteCarlo;
    const std::vector<ModeAgreement> agreement =
        judged ? compareModes(*expected, results) : std::vector<ModeAgreement>{};
    std::vector<IndicatorLine> lines;
    for (const Indicator& indicator : results.indicators) {
        IndicatorLine line;
        line.name = translate(indicator.key, language);
        line.value = indicatorText(indicator.mean, indicator.unit, language);
        const auto band = indicatorBand(results, indicator);
        if (band && (std::isfinite(band->low) || std::isfinite(band->high))) {
            line.band = indicatorBandText(band->low, band->high, indicator.unit, language);
            line.tooltip = levelsText(*band, language) + ": " +
                           indicatorText(band->low, indicator.unit, language) + " \u2013 " +
                           indicatorText(band->high, indicator.unit, language);
        }
        const auto a = std::find_if(agreement.begin(), agreement.end(),
                                    [&](const ModeAgreement& m) { return m.key == indicator.key; });
        if (a != agreement.end() && a->flagged) {
            line.disagrees = true;
            line.value = "\u2260 " + line.value;
            line.tooltip += (line.tooltip.empty() ? "" : "\n") +
                            disagreementText(*a, indicator.unit, language) + "\n" +
                            modesNote(language);
        }
        lines.push_back(std::move(line));
    }
    return lines;
}

std::string indicatorBandText(double low, double high, const std::string& unit, Language language) {
    if (!std::isfinite(low) || !std::isfinite(high)) return std::string(kNotANumber);
    const char* const join = low < 0.0 ? " \u2013 " : "\u2013";
    if (unit != "rupiah") {
        const int decimals = indicatorDecimals(unit);
        return formatNumber(low, decimals, language) + join +
               formatNumber(high, decimals, language);
    }
    const double larger = std::max(std::fabs(low), std::fabs(high));
    const double smaller = std::min(std::fabs(low), std::fabs(high));
    const RupiahScale* shared = rupiahWordScale(larger);
    if (!shared)
        return "Rp " + formatNumber(low, 0, language) + join + formatNumber(high, 0, language);
    // An end more than a scale below the other would lose its digits in the shared unit.
    if (smaller > 0.0 && smaller < shared->factor * 0.1)
        return formatRupiahWords(low, language) + " \u2013 " + formatRupiahWords(high, language);
    return "Rp " + formatSignificant(low / shared->factor, language) + join +
           formatSignificant(high / shared->factor, language) + ' ' +
           std::string(shared->word(language));
}

const chart::ChartModel& ResultsView::model(std::size_t chart) const {
    const chart::ChartModel* models[kChartCount] = {&m_charts.active, &m_charts.income,
                                                    &m_charts.sizeClasses, &m_charts.costs};
    return *models[chart];
}

std::optional<ChartExportRequest> ResultsView::takeExportRequest() {
    std::optional<ChartExportRequest> request = std::move(m_request);
    m_request.reset();
    return request;
}

void ResultsView::exportFinished(const std::string& path, const std::string& error) {
    if (error.empty())
        m_message = {"Tersimpan:", "Saved:", path};
    else
        m_message = {"Tidak dapat menyimpan:", "Cannot save:", error, true};
}

void ResultsView::askPath(PromptKind kind, std::size_t chart, Language language) {
    m_promptKind = kind;
    m_promptChart = chart;
    FileDialogRequest request;
    request.mode = FileDialogMode::Save;
    if (kind == PromptKind::ChartPng) {
        request.title = tr(language, "Simpan grafik sebagai PNG", "Save the chart as PNG");
        request.filterName = tr(language, "Gambar PNG", "PNG image");
        request.patterns = {"*.png"};
        request.initialPath = defaultPath(std::string(kChartFileNames[chart]) + ".png");
    } else {
        request.title = tr(language, "Simpan seri sebagai CSV", "Save the series as CSV");
        request.filterName = tr(language, "Berkas CSV", "CSV file");
        request.patterns = {"*.csv"};
        request.initialPath = defaultPath("series.csv");
    }
    if (m_chooser) m_fileDialog.ask(request, *m_chooser);
}

std::string ResultsView::defaultPath(const std::string& what) const {
    return defaultExportPath(m_defaultFolder, m_scenarioId, what);
}

void ResultsView::drawToolbar(const ResultSet& results, Language language) {
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(translate("key_indicators", language).c_str());
    ImGui::SameLine();
    ImGui::TextDisabled("(%s)", resultsNote(results, language).c_str());
    if (results.mode == RunMode::MonteCarlo && ImGui::IsItemHovered()) {
        ImGui::BeginTooltip();
        ImGui::PushTextWrapPos(ImGui::GetFontSize() * 28.0f);
        ImGui::TextUnformatted(modesNote(language));
        ImGui::PopTextWrapPos();
        ImGui::EndTooltip();
    }
    ImGui::SameLine();
    if (ImGui::SmallButton(tr(language, "Salin tabel", "Copy table"))) {
        ImGui::SetClipboardText(indicatorsTable(results, language).c_str());
        m_message = {"Tabel indikator disalin.", "Indicator table copied."};
    }
    ImGui::SameLine();
    if (ImGui::SmallButton(tr(language, "Simpan seri CSV\u2026", "Save series CSV\u2026")))
        askPath(PromptKind::SeriesCsv, 0, language);
    if (m_message.empty()) return;
    // On the toolbar's line when it fits, else on its own line, wrapped (a long path).
    const std::string message = m_message.text(language);
    ImGui::SameLine();
    if (ImGui::CalcTextSize(message.c_str()).x > ImGui::GetContentRegionAvail().x) ImGui::NewLine();
    ImGui::PushStyleColor(ImGuiCol_Text, m_message.error
                                             ? ImVec4(0.95f, 0.45f, 0.40f, 1.0f)
                                             : ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
    ImGui::TextWrapped("%s", message.c_str());
    ImGui::PopStyleColor();
}

void ResultsView::drawIndicators(const ResultSet& results, const ResultSet* expected,
                                 Language language) {
    const std::vector<IndicatorLine> lines = indicatorLines(results, expected, language);
    if (lines.empty()) return;
    const ImGuiStyle& style = ImGui::GetStyle();
    const float width = ImGui::GetContentRegionAvail().x;
    const IndicatorLayout layout = shortestIndicatorLayout(lines, width);
    const float columnGap = style.ItemSpacing.x * 2.0f;
    const float groupGap = ImGui::GetFontSize() * 2.0f;
    ImDrawList* const drawList = ImGui::GetWindowDrawList();
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const bool windowHovered = ImGui::IsWindowHovered();
    // Places the cursor at `x` on the row's text line and draws `text` wrapped at `wrap`.
    const auto cell = [](float x, float y, float wrap, const std::string& text) {
        ImGui::SetCursorScreenPos(ImVec2(x, y));
        ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + wrap);
        ImGui::TextUnformatted(text.c_str());
        ImGui::PopTextWrapPos();
    };
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const IndicatorLine& line = lines[i];
        const std::size_t group = i / layout.rows;
        const std::size_t row = i % layout.rows;
        float top = origin.y;
        for (std::size_t r = 0; r < row; ++r) top += layout.rowHeights[r];
        const float left = origin.x + static_cast<float>(group) * (layout.groupWidth + groupGap);
        const ImVec2 rowMin(left, top);
        const ImVec2 rowMax(left + layout.groupWidth, top + layout.rowHeights[row]);
        if (row % 2 == 1)
            drawList->AddRectFilled(rowMin, rowMax, ImGui::GetColorU32(ImGuiCol_TableRowBgAlt));
        const float x = left + style.CellPadding.x;
        const float y = top + style.CellPadding.y;
        cell(x, y, layout.nameWidth, line.name);
        const float valueRight = x + layout.nameWidth + columnGap + layout.valueWidth;
        ImGui::SetCursorScreenPos(
            ImVec2(valueRight - ImGui::CalcTextSize(line.value.c_str()).x, y));
        if (line.disagrees) ImGui::PushStyleColor(ImGuiCol_Text, kDisagreement);
        ImGui::TextUnformatted(line.value.c_str());
        if (line.disagrees) ImGui::PopStyleColor();
        if (!line.band.empty()) {
            ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
            cell(valueRight + columnGap, y, layout.bandWidth, line.band);
            ImGui::PopStyleColor();
        }
        if (!line.tooltip.empty() && windowHovered && ImGui::IsMouseHoveringRect(rowMin, rowMax)) {
            ImGui::BeginTooltip();
            ImGui::PushTextWrapPos(ImGui::GetFontSize() * 28.0f);
            ImGui::TextUnformatted(line.tooltip.c_str());
            ImGui::PopTextWrapPos();
            ImGui::EndTooltip();
        }
    }
    ImGui::SetCursorScreenPos(origin);
    ImGui::Dummy(ImVec2(width, layout.height));
}

void ResultsView::drawChartMenu(std::size_t chart, Language language) {
    const ImGuiIO& io = ImGui::GetIO();
    if (ImGui::IsItemHovered() && ImGui::IsMouseReleased(ImGuiMouseButton_Right) &&
        io.MouseDragMaxDistanceSqr[ImGuiMouseButton_Right] < kMenuClickSlop * kMenuClickSlop)
        ImGui::OpenPopup("chart_menu");
    if (!ImGui::BeginPopup("chart_menu")) return;
    if (ImGui::MenuItem(tr(language, "Simpan PNG\u2026", "Save PNG\u2026")))
        askPath(PromptKind::ChartPng, chart, language);
    if (ImGui::MenuItem(tr(language, "Salin data CSV", "Copy data as CSV"))) {
        ImGui::SetClipboardText(
            chartCsv(visibleOnly(model(chart), m_states[chart].legend)).c_str());
        m_message = {"Data grafik disalin.", "Chart data copied."};
    }
    ImGui::EndPopup();
}

void ResultsView::drawCharts(Language language) {
    // Two rows of two charts in the remaining space; rows are ItemSpacing.y apart.
    const float gap = 8.0f;
    const float minWidth = ImGui::GetFontSize() * 10.0f;
    const ImVec2 grid = ImGui::GetContentRegionAvail();
    const ImVec2 cell(std::max(minWidth, std::floor((grid.x - gap) / 2.0f)),
                      std::max(kMinChartRowHeight,
                               std::floor((grid.y - ImGui::GetStyle().ItemSpacing.y) / 2.0f)));
    for (std::size_t i = 0; i < kChartCount; ++i) {
        if (i % 2 == 1) ImGui::SameLine(0.0f, gap);
        ImGui::PushID(static_cast<int>(i));
        const ImVec2 min = ImGui::GetCursorScreenPos();
        ImGui::InvisibleButton(
            "chart", cell, ImGuiButtonFlags_MouseButtonLeft | ImGuiButtonFlags_MouseButtonRight);
        const bool hovered = ImGui::IsItemHovered();
        chart::drawChart(ImGui::GetWindowDrawList(), model(i), m_states[i],
                         chart::Rect{min.x, min.y, min.x + cell.x, min.y + cell.y},
                         chart::chartInputFromImGui(ImGui::GetIO(), hovered));
        drawChartMenu(i, language);
        ImGui::PopID();
    }
}

void ResultsView::drawFileDialog(const RunSnapshot& snapshot, Language language) {
    const std::optional<std::string> path = m_fileDialog.draw(language);
    if (!path) return;
    if (m_promptKind == PromptKind::ChartPng) {
        m_request = ChartExportRequest{
            visibleOnly(model(m_promptChart), m_states[m_promptChart].legend), *path};
    } else {
        std::string error;
        const bool ok = writeTextFile(*path, seriesCsvFor(snapshot), error);
        exportFinished(*path, ok ? std::string() : error);
    }
}

void ResultsView::draw(AppState& app, const RunSnapshot& snapshot) {
    const Language language = app.settings().language;
    const std::shared_ptr<const ResultSet> results = displayedResults(snapshot);
    if (!results || !snapshot.compiled) return;
    if (m_builtFor != results || m_builtLanguage != language) {
        m_charts = buildResultCharts(*snapshot.compiled, *results, language);
        m_reading = plainReading(*snapshot.compiled, *results, language);
        m_builtFor = results;
        m_builtLanguage = language;
    }
    std::error_code ec;
    m_defaultFolder = app.settings().lastFolder.empty() ? std::filesystem::current_path(ec).string()
                                                        : app.settings().lastFolder;
    m_scenarioId = snapshot.scenario.scenario.id;
    m_chooser = &app.fileChooser();
    drawToolbar(*results, language);
    if (!m_reading.empty()) ImGui::TextWrapped("%s", m_reading.c_str());
    // Both runs current: the table shows the Monte Carlo means and marks where expected
    // mode disagrees with them.
    const ResultSet* expected = results == snapshot.expected ? nullptr : snapshot.expected.get();
    drawIndicators(*results, expected, language);
    drawCharts(language);
    drawFileDialog(snapshot, language);
}

} // namespace nk::gui
