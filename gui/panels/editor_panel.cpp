#include "panels/editor_panel.hpp"

#include "model/ui_text.hpp"
#include "panels/editor_diagnostics.hpp"

#include <imgui.h>

namespace nk::gui {

namespace {

struct SectionHeader {
    EditorSection section;
    const char* keyPath; // the header stands for this key path; null: none of its own
    const char* indonesian;
    const char* english;
    bool openAtStart;
};

constexpr SectionHeader kHeaders[] = {
    {EditorSection::Settings, nullptr, "Skenario & simulasi", "Scenario & simulation", false},
    {EditorSection::Budget, "budget", "Anggaran", "Budget", true},
    {EditorSection::Programs, "programs", "Program", "Programs", false},
    {EditorSection::Equipment, "equipment", "Peralatan", "Equipment", false},
    {EditorSection::Clusters, "clusters", "Klaster", "Clusters", false},
    {EditorSection::Cohorts, "cohorts", "Kelompok peserta", "Cohorts", true},
    {EditorSection::Plugins, "plugins", "Plugin", "Plugins", false},
};

} // namespace

void EditorPanel::focus(const std::string& keyPath) {
    m_focus.request(keyPath);
}

void EditorPanel::draw(AppState& app, const RunSnapshot& snapshot) {
    const Language language = app.settings().language;
    // A copy: an edit made while drawing changes the document, and the rest of this
    // frame keeps drawing the rows it started with.
    const Scenario scenario = app.document().scenario();
    m_draft.follow(app.document());
    EditorContext c{app, m_focus, language, scenario, m_draft};
    m_focus.beginFrame();

    const Document& doc = app.document();
    ImGui::TextWrapped("%s%s", doc.displayName().c_str(), doc.dirty() ? " *" : "");
    if (!app.status().empty()) ImGui::TextWrapped("%s", app.status().text(language).c_str());

    const float listHeight = diagnosticsListHeight(snapshot);
    ImGui::BeginChild("sections", ImVec2(0.0f, -listHeight), false);
    for (const SectionHeader& h : kHeaders) {
        ImGui::PushID(static_cast<int>(h.section));
        if (m_focus.opens(h.section)) ImGui::SetNextItemOpen(true);
        if (h.keyPath) m_focus.before(h.keyPath, false);
        const bool open =
            ImGui::CollapsingHeader(tr(language, h.indonesian, h.english),
                                    h.openAtStart ? ImGuiTreeNodeFlags_DefaultOpen : 0);
        if (h.keyPath) m_focus.after(h.keyPath);
        if (open) {
            switch (h.section) {
            case EditorSection::Settings:
                drawSettingsSection(c);
                break;
            case EditorSection::Budget:
                drawBudgetSection(c);
                break;
            case EditorSection::Programs:
                drawProgramsSection(c, m_selection.program);
                break;
            case EditorSection::Equipment:
                drawEquipmentSection(c, m_selection.equipment);
                break;
            case EditorSection::Clusters:
                drawClustersSection(c, m_selection.cluster);
                break;
            case EditorSection::Cohorts:
                drawCohortsSection(c, m_selection.cohort);
                break;
            case EditorSection::Plugins:
                drawPluginsSection(c);
                break;
            }
        }
        ImGui::PopID();
    }
    ImGui::EndChild();
    // A number field left by a click that also hid it (another row selected, its section
    // closed) is not drawn to see that it was left: its text is applied here.
    if (m_draft.typing() && !ImGui::IsAnyItemActive()) m_draft.leave(app, language);

    ImGui::BeginChild("diagnostics", ImVec2(0.0f, 0.0f), true);
    const auto clicked = drawDiagnosticsList(snapshot, language);
    ImGui::EndChild();
    m_focus.endFrame();
    if (clicked) focus(*clicked);
}

} // namespace nk::gui
