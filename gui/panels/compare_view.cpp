#include "panels/compare_view.hpp"

#include "model/indicator_text.hpp"
#include "model/ui_text.hpp"

#include "chart/chart_draw.hpp"
#include "chart/series_from_results.hpp"
#include "naikkelas/results/series_names.hpp"
#include "naikkelas/units/strings.hpp"

#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <filesystem>
#include <optional>

namespace nk::gui {

namespace {

const ImVec4 kBetter(0.35f, 0.80f, 0.40f, 1.0f);
const ImVec4 kWorse(0.95f, 0.38f, 0.35f, 1.0f);
constexpr chart::Color kBaselineGrey = chart::rgba(150, 150, 160);

// "5-95 %" from the outermost quantile levels the band was taken at.
std::string bandName(const std::vector<double>& levels, Language language) {
    return formatPercent(levels.front(), 0, language) + " - " +
           formatPercent(levels.back(), 0, language);
}

// Green when the difference is an improvement, red when it is worse; none when unjudged.
const ImVec4* differenceColour(const std::string& key, const std::string& unit, double difference) {
    switch (judgeDifference(key, unit, difference)) {
    case Verdict::Better:
        return &kBetter;
    case Verdict::Worse:
        return &kWorse;
    case Verdict::Unjudged:
        break;
    }
    return nullptr;
}

chart::ChartModel overlay(const std::vector<CompareEntry>& entries, RunMode mode,
                          const std::string& series, std::string title, Language language) {
    chart::ChartModel m;
    m.title = std::move(title);
    m.language = language;
    bool sameStart = true;
    const ResultSet* first = nullptr;
    for (const CompareEntry& e : entries) {
        const ResultSet* results = e.results(mode).get();
        if (!results) continue;
        if (!first) first = results;
        sameStart = sameStart && results->start == first->start;
    }
    m.kind = mode == RunMode::MonteCarlo ? chart::ChartKind::Band : chart::ChartKind::Line;
    if (first && sameStart) m.start = chart::parseYearMonth(first->start);
    for (std::size_t i = 0; i < entries.size(); ++i) {
        const CompareEntry& e = entries[i];
        const ResultSet* results = e.results(mode).get();
        if (!results) continue;
        if (const SeriesBand* band =
                results->find(Arm::Program, std::string(names::kTotal), series))
            m.series.push_back(chart::seriesFromBand(*band, results->quantileLevels,
                                                     "program" + std::to_string(i), e.label,
                                                     chart::paletteColor(i)));
    }
    // The chart module has no dashed lines: the first scenario's baseline is a grey line.
    if (const ResultSet* results = entries.empty() ? nullptr : entries.front().results(mode).get())
        if (const SeriesBand* band =
                results->find(Arm::Baseline, std::string(names::kTotal), series))
            m.series.push_back(chart::seriesFromBand(*band, {}, "baseline",
                                                     entries.front().label + " (" +
                                                         translate("baseline", language) + ")",
                                                     kBaselineGrey));
    return m;
}

// A full-width chart cell, as the results view draws its charts.
void chartCell(const chart::ChartModel& model, chart::ChartState& state, ImVec2 size) {
    const ImVec2 min = ImGui::GetCursorScreenPos();
    ImGui::InvisibleButton("chart", size,
                           ImGuiButtonFlags_MouseButtonLeft | ImGuiButtonFlags_MouseButtonRight);
    const bool hovered = ImGui::IsItemHovered();
    chart::drawChart(ImGui::GetWindowDrawList(), model, state,
                     chart::Rect{min.x, min.y, min.x + size.x, min.y + size.y},
                     chart::chartInputFromImGui(ImGui::GetIO(), hovered));
}

} // namespace

CompareCharts buildCompareCharts(const std::vector<CompareEntry>& entries, RunMode mode,
                                 Language language) {
    CompareCharts c;
    c.active =
        overlay(entries, mode, std::string(names::kActive),
                tr(language, "Usaha aktif (program)", "Active enterprises (program)"), language);
    c.income = overlay(entries, mode, std::string(names::kIncomePerParticipant),
                       tr(language, "Pendapatan per peserta (program, Rp/bulan)",
                          "Income per participant (program, Rp/month)"),
                       language);
    c.income.valueFormat = chart::rupiahAxis(language);
    return c;
}

std::string compareModeNote(const CompareSession& session, Language language) {
    if (session.mode() == RunMode::MonteCarlo && session.paired())
        return tr(
            language,
            "Angka: rata-rata Monte Carlo setiap skenario, semuanya dengan bilangan acak "
            "yang sama; setiap selisih dihitung per replikasi, dengan rentang berpasangannya.",
            "Figures: each scenario's Monte Carlo mean, all on the same random numbers; "
            "each difference is taken replication by replication, with its paired band.");
    if (session.mode() == RunMode::MonteCarlo)
        return tr(language, "Angka: rata-rata Monte Carlo setiap skenario.",
                  "Figures: each scenario's Monte Carlo mean.");
    std::string note = tr(language, "Angka: proyeksi harapan setiap skenario.",
                          "Figures: each scenario's expected projection.");
    if (!session.entries().empty() && session.entries().front().monteCarlo)
        note += tr(language,
                   " Hasil Monte Carlo dokumen ini tidak dipakai: berkas lain hanya punya "
                   "proyeksi harapan, dan kedua mode tidak dicampur.",
                   " This document's Monte Carlo run is not used: the other files have "
                   "expected projections only, and the two modes are never mixed.");
    return note;
}

std::string pairedDifferenceNote(const IndicatorCell& cell, const std::vector<double>& levels,
                                 const std::string& unit, Language language) {
    if (!cell.differenceLow || !cell.differenceHigh || levels.size() < 2) return {};
    const std::string width = formatNumber((levels.back() - levels.front()) * 100.0, 0, language);
    std::string note = tr(language, "selisih berpasangan ", "paired difference ") + width +
                       " %: " + differenceText(*cell.differenceLow, unit, language) + " .. " +
                       differenceText(*cell.differenceHigh, unit, language);
    if (!cell.distinguishable)
        note += std::string(" \u00B7 ") +
                tr(language, "tak terbedakan pada ", "not distinguishable at ") + width + " %";
    return note;
}

void CompareView::addFile(const std::string& path) {
    if (m_session.add(path, m_addError)) {
        m_addError.clear();
        m_path[0] = '\0';
    }
}

void CompareView::askFile(const AppState& app, Language language) {
    const std::string& documentPath = app.document().path();
    std::error_code ec;
    const std::string folder = !app.settings().lastFolder.empty() ? app.settings().lastFolder
                               : !documentPath.empty()
                                   ? std::filesystem::path(documentPath).parent_path().string()
                                   : std::filesystem::current_path(ec).string();
    FileDialogRequest request;
    request.title =
        tr(language, "Pilih skenario untuk dibandingkan", "Choose a scenario to compare");
    request.filterName = tr(language, "Berkas skenario (.yaml)", "Scenario file (.yaml)");
    request.patterns = {"*.yaml", "*.yml"};
    request.initialPath = folder + "/";
    m_fileDialog.ask(request, app.fileChooser());
}

void CompareView::drawAddRow(AppState& app, Language language) {
    const std::string& documentPath = app.document().path();
    if (m_suggestions.empty() || m_suggestionsFor != documentPath) {
        std::vector<std::filesystem::path> folders = {std::filesystem::path("scenarios")};
        if (!documentPath.empty())
            folders.push_back(std::filesystem::path(documentPath).parent_path());
        if (!app.settings().lastFolder.empty()) folders.emplace_back(app.settings().lastFolder);
        m_suggestions = scenarioFilesIn(folders);
        m_suggestionsFor = documentPath;
    }
    ImGui::SetNextItemWidth(220.0f);
    if (ImGui::BeginCombo("##suggested", tr(language, "Berkas skenario...", "Scenario files..."))) {
        for (const std::string& file : m_suggestions)
            if (ImGui::Selectable(file.c_str())) {
                const std::size_t n = std::min(file.size(), m_path.size() - 1);
                std::memcpy(m_path.data(), file.data(), n);
                m_path[n] = '\0';
            }
        ImGui::EndCombo();
    }
    ImGui::SameLine();
    const char* choose = tr(language, "Pilih\u2026", "Choose\u2026");
    const char* add = tr(language, "Tambahkan", "Add");
    const ImGuiStyle& style = ImGui::GetStyle();
    const float buttons = ImGui::CalcTextSize(choose).x + ImGui::CalcTextSize(add).x +
                          style.FramePadding.x * 4.0f + style.ItemSpacing.x * 2.0f;
    ImGui::SetNextItemWidth(-buttons);
    const bool entered = ImGui::InputTextWithHint(
        "##path", tr(language, "jalur berkas .yaml", "path of a .yaml file"), m_path.data(),
        m_path.size(), ImGuiInputTextFlags_EnterReturnsTrue);
    const bool canAdd = !m_session.full() && m_path[0] != '\0';
    ImGui::SameLine();
    ImGui::BeginDisabled(m_session.full());
    if (ImGui::Button(choose)) askFile(app, language);
    ImGui::EndDisabled();
    ImGui::SameLine();
    ImGui::BeginDisabled(!canAdd);
    const bool clicked = ImGui::Button(add);
    ImGui::EndDisabled();
    if ((clicked || entered) && canAdd) addFile(m_path.data());
    if (const std::optional<std::string> chosen = m_fileDialog.draw(language)) addFile(*chosen);
    if (m_session.full())
        ImGui::TextDisabled("%s", tr(language, "Paling banyak empat skenario dibandingkan.",
                                     "At most four scenarios are compared."));
    if (!m_addError.empty()) ImGui::TextColored(kWorse, "%s", m_addError.c_str());
}

void CompareView::drawEntries(Language language) {
    const auto& entries = m_session.entries();
    std::size_t removeIndex = 0;
    for (std::size_t i = 0; i < entries.size(); ++i) {
        ImGui::PushID(static_cast<int>(i));
        ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(chart::paletteColor(i)), "%zu. %s", i + 1,
                           entries[i].label.c_str());
        if (i == 0) {
            ImGui::SameLine();
            ImGui::TextDisabled("%s", tr(language, "(dokumen ini)", "(this document)"));
        } else {
            ImGui::SameLine();
            if (ImGui::SmallButton(tr(language, "Hapus", "Remove"))) removeIndex = i;
        }
        if (!entries[i].problem.empty())
            ImGui::TextColored(kWorse, "   %s", entries[i].problem.c_str());
        ImGui::PopID();
    }
    if (removeIndex > 0) m_session.remove(removeIndex);
}

void CompareView::setMonteCarlo(bool on) {
    m_monteCarlo = on;
    m_pairedError.clear();
    if (!on) m_pairedRuns.cancel();
}

void CompareView::drawMonteCarlo(Language language) {
    bool on = m_monteCarlo;
    if (ImGui::Checkbox("Monte Carlo", &on)) setMonteCarlo(on);
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip("%s", tr(language,
                                   "Jalankan semua skenario dengan bilangan acak yang sama (benih "
                                   "dan replikasi dokumen ini) dan tampilkan rentang berpasangan "
                                   "setiap selisih.",
                                   "Run every scenario on the same random numbers (this "
                                   "document's seed and replications) and show each difference "
                                   "with its paired band."));
    const std::uint64_t revision = m_session.revision();
    if (m_monteCarlo && !m_pairedRuns.running()) {
        const PairedRuns done = m_pairedRuns.finished();
        if (done.tag == revision && !done.error.empty())
            m_pairedError = done.error;
        else if (done.tag == revision)
            m_session.acceptPaired(revision, done.results);
        else if (!m_session.paired() && m_session.size() >= kMinCompared &&
                 m_session.entries().front().scenario) {
            const Scenario& document = *m_session.entries().front().scenario;
            m_pairedError.clear();
            m_pairedRuns.start(m_session.scenarios(), document.scenario.seed,
                               document.simulation.replications, revision);
        }
    } else if (m_monteCarlo && m_pairedRuns.runningTag() != revision) {
        m_pairedRuns.cancel(); // the entries changed: the next frame starts again
    }
    if (m_pairedRuns.running()) {
        ImGui::SameLine();
        ImGui::ProgressBar(static_cast<float>(m_pairedRuns.progress()),
                           ImVec2(ImGui::GetFontSize() * 12.0f, 0.0f));
        ImGui::SameLine();
        if (ImGui::SmallButton(tr(language, "Batal", "Cancel"))) setMonteCarlo(false);
    }
    if (!m_pairedError.empty()) ImGui::TextColored(kWorse, "%s", m_pairedError.c_str());
}

void CompareView::drawIndicators(Language language) const {
    const std::size_t n = m_comparison.labels.size();
    if (!ImGui::BeginTable("indicators", static_cast<int>(n + 1),
                           ImGuiTableFlags_RowBg | ImGuiTableFlags_Borders |
                               ImGuiTableFlags_SizingStretchProp))
        return;
    // Names get a fixed share so they wrap to two lines at most; each value has its
    // difference beside it, so a row stays one or two lines high.
    const float nameWidth = std::min(280.0f, ImGui::GetContentRegionAvail().x * 0.3f);
    ImGui::TableSetupColumn(tr(language, "Indikator", "Indicator"),
                            ImGuiTableColumnFlags_WidthFixed, nameWidth);
    for (const std::string& label : m_comparison.labels)
        ImGui::TableSetupColumn(label.c_str(), ImGuiTableColumnFlags_WidthStretch);
    ImGui::TableHeadersRow();
    for (const IndicatorRow& row : m_comparison.indicators) {
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::TextWrapped("%s", translate(row.key, language).c_str());
        for (std::size_t i = 0; i < n; ++i) {
            ImGui::TableNextColumn();
            const IndicatorCell& cell = row.cells[i];
            if (!cell.present) {
                ImGui::TextDisabled("%s", std::string(kNotANumber).c_str());
                continue;
            }
            ImGui::TextUnformatted(indicatorText(cell.mean, row.unit, language).c_str());
            if (i > 0 && row.cells[0].present) {
                ImGui::SameLine();
                const std::string text = differenceText(cell.difference, row.unit, language);
                if (const ImVec4* colour = differenceColour(row.key, row.unit, cell.difference))
                    ImGui::TextColored(*colour, "%s", text.c_str());
                else
                    ImGui::TextDisabled("%s", text.c_str());
            }
            if (i > 0 && cell.differenceLow && cell.differenceHigh)
                ImGui::TextDisabled(
                    "%s", pairedDifferenceNote(cell, m_comparison.pairedLevels, row.unit, language)
                              .c_str());
            const ResultSet* results = m_session.entries()[i].results(m_session.mode()).get();
            if (cell.low && cell.high && results && !results->quantileLevels.empty())
                ImGui::TextDisabled("%s: %s .. %s",
                                    bandName(results->quantileLevels, language).c_str(),
                                    indicatorText(*cell.low, row.unit, language).c_str(),
                                    indicatorText(*cell.high, row.unit, language).c_str());
        }
    }
    ImGui::EndTable();
}

void CompareView::drawCharts() {
    const float width = (ImGui::GetContentRegionAvail().x - 8.0f) / 2.0f;
    const ImVec2 size(std::max(width, 120.0f), 260.0f);
    ImGui::PushID("active");
    chartCell(m_charts.active, m_chartStates[0], size);
    ImGui::PopID();
    ImGui::SameLine(0.0f, 8.0f);
    ImGui::PushID("income");
    chartCell(m_charts.income, m_chartStates[1], size);
    ImGui::PopID();
}

void CompareView::drawParameters(Language language) const {
    if (m_comparison.parameters.empty()) {
        ImGui::TextDisabled(
            "%s", tr(language, "Tidak ada parameter yang berbeda.", "No parameter differs."));
        return;
    }
    const std::size_t n = m_comparison.labels.size();
    if (!ImGui::BeginTable("parameters", static_cast<int>(n + 1),
                           ImGuiTableFlags_RowBg | ImGuiTableFlags_Borders |
                               ImGuiTableFlags_SizingStretchProp | ImGuiTableFlags_ScrollY,
                           ImVec2(0.0f, 300.0f)))
        return;
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn(tr(language, "Parameter", "Parameter"));
    for (const std::string& label : m_comparison.labels) ImGui::TableSetupColumn(label.c_str());
    ImGui::TableHeadersRow();
    for (const ParameterDifference& p : m_comparison.parameters) {
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(p.path.c_str());
        for (const std::string& value : p.values) {
            ImGui::TableNextColumn();
            if (value.empty())
                ImGui::TextDisabled("%s", tr(language, "(tidak ada)", "(absent)"));
            else
                ImGui::TextWrapped("%s", value.c_str());
        }
    }
    ImGui::EndTable();
}

void CompareView::draw(AppState& app, const RunSnapshot& snapshot) {
    const Language language = app.settings().language;
    m_session.setCurrent(app.document().displayName(), snapshot);

    ImGui::TextUnformatted(tr(language, "Bandingkan skenario", "Compare scenarios"));
    ImGui::Separator();
    drawAddRow(app, language);
    drawEntries(language);
    if (m_session.size() >= kMinCompared) drawMonteCarlo(language);

    if (m_builtRevision != m_session.revision() || m_builtLanguage != language) {
        m_comparison = m_session.comparison();
        m_charts = buildCompareCharts(m_session.entries(), m_session.mode(), language);
        m_builtRevision = m_session.revision();
        m_builtLanguage = language;
    }
    if (m_session.size() < kMinCompared) {
        ImGui::TextWrapped("%s", tr(language,
                                    "Tambahkan satu sampai tiga berkas skenario untuk "
                                    "dibandingkan dengan dokumen ini.",
                                    "Add one to three scenario files to compare with this "
                                    "document."));
        return;
    }
    ImGui::TextDisabled("%s", compareModeNote(m_session, language).c_str());
    if (ImGui::CollapsingHeader(translate("key_indicators", language).c_str(),
                                ImGuiTreeNodeFlags_DefaultOpen))
        drawIndicators(language);
    if (ImGui::CollapsingHeader(tr(language, "Grafik", "Charts"), ImGuiTreeNodeFlags_DefaultOpen))
        drawCharts();
    if (ImGui::CollapsingHeader(tr(language, "Parameter yang berbeda", "Parameters that differ"),
                                ImGuiTreeNodeFlags_DefaultOpen))
        drawParameters(language);
}

} // namespace nk::gui
