#include "results_view.hpp"

#include "chart/chart_draw.hpp"
#include "naikkelas/engine/engine.hpp"
#include "naikkelas/io/scenario_yaml.hpp"
#include "naikkelas/registry/plugin_run.hpp"
#include "naikkelas/scenario/default_scenario.hpp"
#include "naikkelas/units/strings.hpp"

#include <imgui.h>

#include <cmath>
#include <cstdlib>

namespace nk::gui {

namespace {

const PluginRegistry& installedPlugins() {
    static const PluginRegistry* registry = [] {
        auto* r = new PluginRegistry();
        for (const auto& folder :
             pluginSearchPath({}, std::getenv("NAIKKELAS_PLUGIN_PATH"), executableDir()))
            r->loadFolder(folder);
        return r;
    }();
    return *registry;
}

void appendErrors(const Diagnostics& d, const SourcePositions& positions, const std::string& name,
                  std::string& out) {
    for (Diagnostic item : d.items()) {
        if (item.severity != Severity::Error) continue;
        positions.locate(item);
        item.file = name;
        out += formatDiagnostic(item) + "\n";
    }
}

std::string indicatorValue(const Indicator& i, Language language) {
    if (!std::isfinite(i.mean)) return "-";
    if (i.unit == "rupiah") return formatRupiahWords(i.mean, language);
    return formatNumber(i.mean, i.unit == "ratio" ? 2 : 1, language);
}

} // namespace

RunSnapshot loadAndRun(const std::string& file) {
    RunSnapshot snapshot;
    snapshot.name = file.empty() ? "default.yaml" : file;
    io::LoadResult loaded = file.empty()
                                ? io::loadScenarioText(defaultScenarioText(), snapshot.name)
                                : io::loadScenarioFile(file);
    appendErrors(loaded.diagnostics, loaded.positions, snapshot.name, snapshot.error);
    if (!loaded.scenario || !snapshot.error.empty()) return snapshot;
    CompileResult compiled = compileScenario(*loaded.scenario);
    appendErrors(compiled.diagnostics, loaded.positions, snapshot.name, snapshot.error);
    if (!compiled.compiled) return snapshot;
    const PluginBinding binding(compiled.compiled, installedPlugins());
    appendErrors(binding.diagnostics(), loaded.positions, snapshot.name, snapshot.error);
    if (!binding.ok()) return snapshot;
    RunOptions options = defaultRunOptions(*compiled.compiled);
    options.mode = RunMode::Expected;
    binding.apply(options);
    RunOutcome outcome = runScenario(*compiled.compiled, options);
    if (!outcome.ok) {
        snapshot.error = outcome.error;
        return snapshot;
    }
    snapshot.scenario = compiled.compiled;
    snapshot.results = std::move(outcome.results);
    return snapshot;
}

void ResultsView::rebuild(const RunSnapshot& snapshot, Language language) {
    m_charts = buildResultCharts(*snapshot.scenario, snapshot.results, language);
    m_builtFor = &snapshot;
    m_builtLanguage = language;
}

void ResultsView::drawIndicators(const ResultSet& results, Language language) {
    ImGui::TextUnformatted(translate("key_indicators", language).c_str());
    ImGui::Separator();
    for (const Indicator& i : results.indicators) {
        ImGui::TextDisabled("%s", translate(i.key, language).c_str());
        ImGui::Text("  %s", indicatorValue(i, language).c_str());
    }
}

void ResultsView::draw(const RunSnapshot& snapshot, Language language) {
    if (!snapshot.scenario) {
        ImGui::TextWrapped("%s", snapshot.error.c_str());
        return;
    }
    if (m_builtFor != &snapshot || m_builtLanguage != language) rebuild(snapshot, language);
    const ImVec2 area = ImGui::GetContentRegionAvail();
    const float side = std::min(340.0f, area.x * 0.25f);
    ImGui::BeginChild("indicators", ImVec2(side, area.y), true);
    ImGui::TextWrapped("%s", snapshot.scenario->spec.scenario.title.c_str());
    ImGui::Spacing();
    drawIndicators(snapshot.results, language);
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
