#include "panels/editor_panel.hpp"

#include "panels/ui_text.hpp"

#include "naikkelas/units/rupiah.hpp"

#include <imgui.h>

#include <string>

namespace nk::gui {

namespace {

// A drag or slider is one gesture: all its frames form one undo step.
void trackGesture(AppState& app) {
    if (ImGui::IsItemActivated()) app.beginGesture();
    if (ImGui::IsItemDeactivated()) app.endGesture();
}

void budgetFields(AppState& app, Language language) {
    const Scenario& s = app.document().scenario();
    double envelope = static_cast<double>(s.budget.envelope) / 1e6;
    ImGui::SetNextItemWidth(160.0f);
    if (ImGui::DragScalar(tr(language, "Pagu (juta Rp)", "Envelope (Rp million)"),
                          ImGuiDataType_Double, &envelope, 5.0f, nullptr, nullptr, "%.0f")) {
        const auto value = static_cast<Rupiah>(std::max(0.0, envelope) * 1e6);
        app.edit(tr(language, "pagu", "envelope"), "budget.envelope",
                 [value](Scenario& x) { x.budget.envelope = value; });
    }
    trackGesture(app);
    ImGui::TextDisabled("%s", formatRupiah(s.budget.envelope, language).c_str());
}

void cohortFields(AppState& app, Language language) {
    const Scenario& s = app.document().scenario();
    if (!ImGui::BeginTable("cohorts", 3, ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp))
        return;
    ImGui::TableSetupColumn(tr(language, "Kelompok", "Cohort"));
    ImGui::TableSetupColumn(tr(language, "Peserta", "Participants"));
    ImGui::TableSetupColumn(tr(language, "Sudah usaha", "With business"));
    ImGui::TableHeadersRow();
    for (std::size_t i = 0; i < s.cohorts.size(); ++i) {
        const std::string path = "cohorts[" + std::to_string(i) + "]";
        ImGui::PushID(static_cast<int>(i));
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(s.cohorts[i].id.c_str());
        ImGui::TableNextColumn();
        int participants = s.cohorts[i].participants;
        ImGui::SetNextItemWidth(-1.0f);
        if (ImGui::DragInt("##participants", &participants, 0.2f, 1, 100000))
            app.edit(tr(language, "peserta", "participants"), path + ".participants",
                     [i, participants](Scenario& x) { x.cohorts[i].participants = participants; });
        trackGesture(app);
        ImGui::TableNextColumn();
        float share = static_cast<float>(s.cohorts[i].business_share);
        ImGui::SetNextItemWidth(-1.0f);
        if (ImGui::SliderFloat("##share", &share, 0.0f, 1.0f, "%.2f"))
            app.edit(tr(language, "bagian sudah usaha", "business share"), path + ".business_share",
                     [i, share](Scenario& x) { x.cohorts[i].business_share = share; });
        trackGesture(app);
        ImGui::PopID();
    }
    ImGui::EndTable();
}

void equipmentFields(AppState& app, Language language) {
    const Scenario& s = app.document().scenario();
    bool any = false;
    for (const auto& cluster : s.clusters) any = any || !cluster.equipment.empty();
    if (!any)
        ImGui::TextDisabled("%s", tr(language, "Tidak ada klaster dengan peralatan bersama.",
                                     "No cluster holds shared equipment."));
    for (std::size_t c = 0; c < s.clusters.size(); ++c)
        for (std::size_t j = 0; j < s.clusters[c].equipment.size(); ++j) {
            const EquipmentAllocation& a = s.clusters[c].equipment[j];
            const std::string path =
                "clusters[" + std::to_string(c) + "].equipment[" + std::to_string(j) + "].units";
            int units = a.units;
            ImGui::PushID(path.c_str());
            ImGui::SetNextItemWidth(110.0f);
            const std::string label = s.clusters[c].id + ": " + a.equipment;
            if (ImGui::InputInt(label.c_str(), &units) && units >= 0)
                app.edit(tr(language, "unit peralatan", "equipment units"), path,
                         [c, j, units](Scenario& x) { x.clusters[c].equipment[j].units = units; });
            ImGui::PopID();
        }
}

} // namespace

void drawEditorPanel(AppState& app, const RunSnapshot& snapshot) {
    const Language language = app.settings().language;
    const Document& doc = app.document();
    ImGui::TextWrapped("%s%s", doc.displayName().c_str(), doc.dirty() ? " *" : "");
    ImGui::TextDisabled("%s", doc.scenario().scenario.title.c_str());
    ImGui::Separator();
    if (ImGui::CollapsingHeader(tr(language, "Anggaran", "Budget"), ImGuiTreeNodeFlags_DefaultOpen))
        budgetFields(app, language);
    if (ImGui::CollapsingHeader(tr(language, "Kelompok peserta", "Cohorts"),
                                ImGuiTreeNodeFlags_DefaultOpen))
        cohortFields(app, language);
    if (ImGui::CollapsingHeader(tr(language, "Peralatan bersama", "Shared equipment"),
                                ImGuiTreeNodeFlags_DefaultOpen))
        equipmentFields(app, language);
    if (ImGui::CollapsingHeader(tr(language, "Pemeriksaan", "Diagnostics"),
                                ImGuiTreeNodeFlags_DefaultOpen)) {
        if (snapshot.diagnostics.items().empty() && snapshot.error.empty())
            ImGui::TextDisabled("%s", tr(language, "Tidak ada masalah.", "No problems."));
        for (const auto& d : snapshot.diagnostics.items())
            ImGui::TextWrapped("%s", formatDiagnostic(d).c_str());
        if (!snapshot.error.empty()) ImGui::TextWrapped("%s", snapshot.error.c_str());
    }
    if (!app.status().empty()) ImGui::TextWrapped("%s", app.status().c_str());
}

} // namespace nk::gui
