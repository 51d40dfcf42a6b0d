#include "panels/results_view.hpp"

#include "chart/chart_draw.hpp"
#include "model/export.hpp"
#include "panels/ui_text.hpp"

#include "naikkelas/units/strings.hpp"

#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <filesystem>

namespace nk::gui {

namespace {

// The file name part of each chart's export, in the order of ResultsView's charts.
constexpr const char* kChartFileNames[ResultsView::kChartCount] = {"active", "income",
                                                                   "size-classes", "costs"};

// A right-button release that moved less than this opens the chart menu; more is a pan.
constexpr float kMenuClickSlop = 4.0f;

std::string indicatorValue(double value, const std::string& unit, Language language) {
    if (!std::isfinite(value)) return std::string(kNotANumber);
    if (unit == "rupiah") return formatRupiahWords(value, language);
    return formatNumber(value, unit == "ratio" ? 2 : 1, language);
}

// "5–95 %" for the levels 0.05 and 0.95.
std::string levelsText(const IndicatorBand& band, Language language) {
    return formatNumber(band.lowLevel * 100.0, 0, language) + "\u2013" +
           formatNumber(band.highLevel * 100.0, 0, language) + " %";
}

std::string resultsNote(const ResultSet& results, Language language) {
    if (results.mode != RunMode::MonteCarlo)
        return tr(language, "Proyeksi harapan", "Expected projection");
    return std::string("Monte Carlo, ") + formatNumber(results.replications, 0, language) +
           tr(language, " replikasi", " replications");
}

} // namespace

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
    m_messageIsError = !error.empty();
    m_message = error.empty() ? tr(m_builtLanguage, "Disimpan: ", "Saved: ") + path : error;
}

void ResultsView::askPath(PromptKind kind, std::size_t chart, const std::string& path) {
    m_promptKind = kind;
    m_promptChart = chart;
    m_openPrompt = true;
    m_path.fill('\0');
    std::strncpy(m_path.data(), path.c_str(), m_path.size() - 1);
}

std::string ResultsView::defaultPath(const std::string& what) const {
    return defaultExportPath(m_defaultFolder, m_scenarioId, what);
}

void ResultsView::drawToolbar(const ResultSet& results, Language language) {
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(translate("key_indicators", language).c_str());
    ImGui::SameLine();
    ImGui::TextDisabled("(%s)", resultsNote(results, language).c_str());
    ImGui::SameLine();
    if (ImGui::SmallButton(tr(language, "Salin tabel", "Copy table"))) {
        ImGui::SetClipboardText(indicatorsTable(results, language).c_str());
        m_messageIsError = false;
        m_message = tr(language, "Tabel indikator disalin.", "Indicator table copied.");
    }
    ImGui::SameLine();
    if (ImGui::SmallButton(tr(language, "Simpan seri CSV\u2026", "Save series CSV\u2026")))
        askPath(PromptKind::SeriesCsv, 0, defaultPath("series.csv"));
    if (!m_message.empty()) {
        ImGui::SameLine();
        if (m_messageIsError)
            ImGui::TextColored(ImVec4(0.95f, 0.45f, 0.40f, 1.0f), "%s", m_message.c_str());
        else
            ImGui::TextDisabled("%s", m_message.c_str());
    }
}

void ResultsView::drawIndicatorCards(const ResultSet& results, Language language) {
    const std::size_t count = results.indicators.size();
    if (count == 0) return;
    const ImGuiStyle& style = ImGui::GetStyle();
    const float width = ImGui::GetContentRegionAvail().x;
    const float minCard = ImGui::GetFontSize() * 12.0f;
    const float fitting = (width + style.ItemSpacing.x) / (minCard + style.ItemSpacing.x);
    const std::size_t columns =
        std::clamp<std::size_t>(static_cast<std::size_t>(std::max(1.0f, fitting)), 1, count);
    const float cardWidth = (width - style.ItemSpacing.x * static_cast<float>(columns - 1)) /
                            static_cast<float>(columns);
    // Two lines for the name, one for the value, one for the band.
    const float cardHeight =
        ImGui::GetTextLineHeightWithSpacing() * 4.0f + style.WindowPadding.y * 2.0f;
    for (std::size_t i = 0; i < count; ++i) {
        const Indicator& indicator = results.indicators[i];
        if (i % columns != 0) ImGui::SameLine();
        ImGui::PushID(static_cast<int>(i));
        ImGui::BeginChild("card", ImVec2(cardWidth, cardHeight), true,
                          ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse);
        const std::string name = translate(indicator.key, language);
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
        ImGui::TextWrapped("%s", name.c_str());
        ImGui::PopStyleColor();
        ImGui::TextUnformatted(indicatorValue(indicator.mean, indicator.unit, language).c_str());
        if (const auto band = indicatorBand(results, indicator))
            ImGui::TextDisabled("%s [%s \u2013 %s]", levelsText(*band, language).c_str(),
                                indicatorValue(band->low, indicator.unit, language).c_str(),
                                indicatorValue(band->high, indicator.unit, language).c_str());
        ImGui::EndChild();
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", name.c_str());
        ImGui::PopID();
    }
}

void ResultsView::drawChartMenu(std::size_t chart, Language language) {
    const ImGuiIO& io = ImGui::GetIO();
    if (ImGui::IsItemHovered() && ImGui::IsMouseReleased(ImGuiMouseButton_Right) &&
        io.MouseDragMaxDistanceSqr[ImGuiMouseButton_Right] < kMenuClickSlop * kMenuClickSlop)
        ImGui::OpenPopup("chart_menu");
    if (!ImGui::BeginPopup("chart_menu")) return;
    if (ImGui::MenuItem(tr(language, "Simpan PNG\u2026", "Save PNG\u2026")))
        askPath(PromptKind::ChartPng, chart,
                defaultPath(std::string(kChartFileNames[chart]) + ".png"));
    if (ImGui::MenuItem(tr(language, "Salin data CSV", "Copy data as CSV"))) {
        ImGui::SetClipboardText(
            chartCsv(visibleOnly(model(chart), m_states[chart].legend)).c_str());
        m_messageIsError = false;
        m_message = tr(language, "Data grafik disalin.", "Chart data copied.");
    }
    ImGui::EndPopup();
}

void ResultsView::drawCharts(Language language) {
    const float gap = 8.0f;
    const float minCell = ImGui::GetFontSize() * 10.0f;
    const ImVec2 grid = ImGui::GetContentRegionAvail();
    const ImVec2 cell(std::max(minCell, (grid.x - gap) / 2.0f),
                      std::max(minCell, (grid.y - gap) / 2.0f));
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

void ResultsView::drawPathPrompt(const RunSnapshot& snapshot, Language language) {
    if (m_openPrompt) {
        ImGui::OpenPopup("export_path");
        m_openPrompt = false;
    }
    const std::string title = std::string(tr(language, "Simpan", "Save")) + "###export_path";
    if (!ImGui::BeginPopupModal(title.c_str(), nullptr, ImGuiWindowFlags_AlwaysAutoResize)) return;
    ImGui::TextUnformatted(
        m_promptKind == PromptKind::ChartPng
            ? tr(language, "Simpan grafik sebagai PNG ke:", "Save the chart as PNG to:")
            : tr(language, "Simpan seri sebagai CSV ke:", "Save the series as CSV to:"));
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 32.0f);
    if (ImGui::IsWindowAppearing()) ImGui::SetKeyboardFocusHere();
    const bool entered = ImGui::InputText("##path", m_path.data(), m_path.size(),
                                          ImGuiInputTextFlags_EnterReturnsTrue);
    const std::string path(m_path.data());
    ImGui::BeginDisabled(path.empty());
    const bool save = ImGui::Button(tr(language, "Simpan", "Save")) || (entered && !path.empty());
    ImGui::EndDisabled();
    ImGui::SameLine();
    if (ImGui::Button(tr(language, "Batal", "Cancel"))) ImGui::CloseCurrentPopup();
    if (save) {
        if (m_promptKind == PromptKind::ChartPng) {
            m_request = ChartExportRequest{
                visibleOnly(model(m_promptChart), m_states[m_promptChart].legend), path};
        } else {
            std::string error;
            const bool ok = writeTextFile(path, seriesCsvFor(snapshot), error);
            exportFinished(path, ok ? std::string() : error);
        }
        ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
}

void ResultsView::draw(AppState& app, const RunSnapshot& snapshot) {
    const Language language = app.settings().language;
    const std::shared_ptr<const ResultSet> results = displayedResults(snapshot);
    if (!results || !snapshot.compiled) return;
    if (m_builtFor != results || m_builtLanguage != language) {
        m_charts = buildResultCharts(*snapshot.compiled, *results, language);
        m_builtFor = results;
        m_builtLanguage = language;
    }
    std::error_code ec;
    m_defaultFolder = app.settings().lastFolder.empty() ? std::filesystem::current_path(ec).string()
                                                        : app.settings().lastFolder;
    m_scenarioId = snapshot.scenario.scenario.id;
    drawToolbar(*results, language);
    drawIndicatorCards(*results, language);
    drawCharts(language);
    drawPathPrompt(snapshot, language);
}

} // namespace nk::gui
