#include "panels/results_view.hpp"

#include "chart/chart_draw.hpp"
#include "naikkelas/units/strings.hpp"

#include <imgui.h>

#include <cmath>

namespace nk::gui {

namespace {

std::string indicatorValue(const Indicator& i, Language language) {
    if (!std::isfinite(i.mean)) return "-";
    if (i.unit == "rupiah") return formatRupiahWords(i.mean, language);
    return formatNumber(i.mean, i.unit == "ratio" ? 2 : 1, language);
}

} // namespace

void ResultsView::drawIndicators(const ResultSet& results, Language language) {
    ImGui::TextUnformatted(translate("key_indicators", language).c_str());
    ImGui::Separator();
    for (const Indicator& i : results.indicators) {
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
        ImGui::TextWrapped("%s", translate(i.key, language).c_str());
        ImGui::PopStyleColor();
        ImGui::Text("  %s", indicatorValue(i, language).c_str());
    }
}

void ResultsView::draw(const CompiledScenario& scenario, std::shared_ptr<const ResultSet> results,
                       Language language) {
    if (!results) return;
    if (m_builtFor != results || m_builtLanguage != language) {
        m_charts = buildResultCharts(scenario, *results, language);
        m_builtFor = results;
        m_builtLanguage = language;
    }
    const ImVec2 area = ImGui::GetContentRegionAvail();
    const float side = std::min(340.0f, area.x * 0.25f);
    ImGui::BeginChild("indicators", ImVec2(side, area.y), true);
    drawIndicators(*results, language);
    ImGui::EndChild();
    ImGui::SameLine();
    ImGui::BeginChild("charts", ImVec2(0, area.y), false);
    const chart::ChartModel* models[4] = {&m_charts.active, &m_charts.income, &m_charts.sizeClasses,
                                          &m_charts.costs};
    const ImVec2 grid = ImGui::GetContentRegionAvail();
    const ImVec2 cell((grid.x - 8.0f) / 2.0f, (grid.y - 8.0f) / 2.0f);
    for (int i = 0; i < 4; ++i) {
        if (i % 2 == 1) ImGui::SameLine(0.0f, 8.0f);
        ImGui::PushID(i);
        const ImVec2 min = ImGui::GetCursorScreenPos();
        ImGui::InvisibleButton(
            "chart", cell, ImGuiButtonFlags_MouseButtonLeft | ImGuiButtonFlags_MouseButtonRight);
        const bool hovered = ImGui::IsItemHovered();
        chart::drawChart(ImGui::GetWindowDrawList(), *models[i], m_states[i],
                         chart::Rect{min.x, min.y, min.x + cell.x, min.y + cell.y},
                         chart::chartInputFromImGui(ImGui::GetIO(), hovered));
        ImGui::PopID();
        if (i == 1) ImGui::Dummy(ImVec2(0.0f, 0.0f));
    }
    ImGui::EndChild();
}

} // namespace nk::gui
