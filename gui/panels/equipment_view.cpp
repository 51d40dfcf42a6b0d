#include "panels/equipment_view.hpp"

#include "model/indicator_text.hpp"
#include "model/ui_text.hpp"

#include "naikkelas/units/strings.hpp"

#include <imgui.h>

#include <string>

namespace nk::gui {

namespace {

const ImVec4 kBetter(0.35f, 0.80f, 0.40f, 1.0f);
const ImVec4 kWorse(0.95f, 0.38f, 0.35f, 1.0f);

// A drag is one gesture: all its frames form one undo step.
void trackGesture(AppState& app) {
    if (ImGui::IsItemActivated()) app.beginGesture();
    if (ImGui::IsItemDeactivated()) app.endGesture();
}

void changeUnits(AppState& app, std::size_t cluster, const std::string& equipmentId, int units,
                 Language language) {
    const std::string path = unitsKeyPath(app.document().scenario(), cluster, equipmentId);
    app.edit(
        tr(language, "unit peralatan", "equipment units"), path,
        [cluster, equipmentId, units](Scenario& x) { setUnits(x, cluster, equipmentId, units); });
}

std::string figureName(const std::string& key, Language language) {
    if (key == "total_cost")
        return tr(language, "Total biaya (tanpa diskonto)", "Total cost (undiscounted)");
    return translate(key, language);
}

const KeyFigure* findFigure(const std::vector<KeyFigure>& figures, const std::string& key) {
    for (const KeyFigure& f : figures)
        if (f.key == key) return &f;
    return nullptr;
}

void unitsCell(AppState& app, std::size_t cluster, const SharedItem& item,
               const AllocationCell& cell, Language language) {
    ImGui::BeginDisabled(cell.units <= 0);
    if (ImGui::SmallButton("-")) changeUnits(app, cluster, item.id, cell.units - 1, language);
    ImGui::EndDisabled();
    ImGui::SameLine();
    int units = cell.units;
    ImGui::SetNextItemWidth(48.0f);
    if (ImGui::DragInt("##units", &units, 0.05f, 0, 1000, "%d", ImGuiSliderFlags_AlwaysClamp))
        changeUnits(app, cluster, item.id, units, language);
    trackGesture(app);
    ImGui::SameLine();
    if (ImGui::SmallButton("+")) changeUnits(app, cluster, item.id, cell.units + 1, language);
}

void drawBudget(const BudgetUse& use, Language language) {
    if (!use.priced) {
        ImGui::TextWrapped("%s", tr(language,
                                    "Biaya belum dihitung: skenario perlu valid dan memakai "
                                    "plugin yang menghitung biaya (budget).",
                                    "Costs are not priced: the scenario needs to be valid and "
                                    "to use a plugin that prices it (budget)."));
        return;
    }
    const auto rupiah = [language](Rupiah r) {
        return formatRupiahWords(static_cast<double>(r), language);
    };
    ImGui::Text("%s: %s", tr(language, "Anggaran terpakai", "Budget used"),
                rupiah(use.used).c_str());
    if (use.envelope <= 0) {
        ImGui::TextDisabled("%s", tr(language, "Tanpa pagu.", "No envelope."));
        return;
    }
    ImGui::Text("%s: %s", tr(language, "Pagu", "Envelope"), rupiah(use.envelope).c_str());
    if (use.over())
        ImGui::TextColored(kWorse, "%s: %s", tr(language, "Melebihi pagu", "Over the envelope"),
                           rupiah(-use.remaining()).c_str());
    else
        ImGui::Text("%s: %s", tr(language, "Sisa", "Remaining"), rupiah(use.remaining()).c_str());
}

} // namespace

const EquipmentPlan& EquipmentView::plan(const AppState& app) {
    if (m_planState != app.document().state()) {
        m_plan = equipmentPlan(app.document().scenario(), app.registry());
        m_planState = app.document().state();
    }
    return m_plan;
}

void EquipmentView::drawGrid(AppState& app, const EquipmentPlan& plan, Language language) {
    const int columns = static_cast<int>(plan.items.size()) + 4;
    if (!ImGui::BeginTable("allocation", columns,
                           ImGuiTableFlags_RowBg | ImGuiTableFlags_Borders |
                               ImGuiTableFlags_SizingStretchProp))
        return;
    ImGui::TableSetupColumn(tr(language, "Klaster", "Cluster"));
    ImGui::TableSetupColumn(tr(language, "Anggota", "Members"));
    for (const SharedItem& item : plan.items) ImGui::TableSetupColumn(item.id.c_str());
    ImGui::TableSetupColumn(tr(language, "Akses", "Access"));
    ImGui::TableSetupColumn(tr(language, "Biaya", "Cost"));
    ImGui::TableHeadersRow();
    for (std::size_t c = 0; c < plan.clusters.size(); ++c) {
        const ClusterAllocation& row = plan.clusters[c];
        ImGui::PushID(static_cast<int>(c));
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::AlignTextToFramePadding(); // level with the - / + buttons of the row
        ImGui::TextUnformatted(row.id.c_str());
        if (ImGui::IsItemHovered() && !row.name.empty()) ImGui::SetTooltip("%s", row.name.c_str());
        ImGui::TableNextColumn();
        ImGui::AlignTextToFramePadding();
        ImGui::TextUnformatted(formatNumber(row.members, 0, language).c_str());
        Rupiah cost = 0;
        for (std::size_t j = 0; j < plan.items.size(); ++j) {
            ImGui::TableNextColumn();
            ImGui::PushID(static_cast<int>(j));
            unitsCell(app, c, plan.items[j], row.cells[j], language);
            ImGui::PopID();
            cost += row.cells[j].cost;
        }
        ImGui::TableNextColumn();
        ImGui::AlignTextToFramePadding();
        ImGui::TextUnformatted(formatPercent(row.access, 0, language).c_str());
        ImGui::TableNextColumn();
        ImGui::AlignTextToFramePadding();
        ImGui::TextUnformatted(formatRupiahWords(static_cast<double>(cost), language).c_str());
        ImGui::PopID();
    }
    ImGui::EndTable();
    for (const SharedItem& item : plan.items)
        ImGui::TextDisabled("%s: %s; %s %s, %s %s/%s", item.id.c_str(), item.name.c_str(),
                            formatRupiahWords(static_cast<double>(item.unitCost), language).c_str(),
                            tr(language, "per unit", "per unit"),
                            formatNumber(item.membersPerUnit, 0, language).c_str(),
                            tr(language, "anggota", "members"), tr(language, "unit", "unit"));
    ImGui::TextDisabled("%s", tr(language,
                                 "Akses = min(1, unit x peluang berjalan x anggota per unit / "
                                 "anggota klaster), bila semua anggota berusaha.",
                                 "Access = min(1, units x running probability x members per "
                                 "unit / cluster members), with every member in business."));
}

void EquipmentView::drawIndicators(AppState& app, const RunSnapshot& snapshot, Language language) {
    if (ImGui::Button(tr(language, "Jadikan acuan", "Set as reference")))
        m_reference.capture(app.document(), snapshot);
    if (m_reference.empty() || !snapshot.expected) {
        ImGui::TextDisabled(
            "%s", tr(language, "Menunggu hasil proyeksi.", "Waiting for the projection."));
        return;
    }
    const std::vector<KeyFigure> now = keyFigures(*snapshot.expected);
    if (!ImGui::BeginTable("figures", 4,
                           ImGuiTableFlags_RowBg | ImGuiTableFlags_Borders |
                               ImGuiTableFlags_SizingStretchProp))
        return;
    ImGui::TableSetupColumn(tr(language, "Indikator", "Indicator"));
    ImGui::TableSetupColumn(tr(language, "Acuan", "Reference"));
    ImGui::TableSetupColumn(tr(language, "Sekarang", "Now"));
    ImGui::TableSetupColumn(tr(language, "Selisih", "Difference"));
    ImGui::TableHeadersRow();
    for (const KeyFigure& reference : m_reference.figures()) {
        const KeyFigure* current = findFigure(now, reference.key);
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::TextWrapped("%s", figureName(reference.key, language).c_str());
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(indicatorText(reference.value, reference.unit, language).c_str());
        ImGui::TableNextColumn();
        if (!current) continue;
        ImGui::TextUnformatted(indicatorText(current->value, current->unit, language).c_str());
        ImGui::TableNextColumn();
        const double difference = current->value - reference.value;
        const std::string text = differenceText(difference, reference.unit, language);
        switch (judgeDifference(reference.key, reference.unit, difference)) {
        case Verdict::Better:
            ImGui::TextColored(kBetter, "%s", text.c_str());
            break;
        case Verdict::Worse:
            ImGui::TextColored(kWorse, "%s", text.c_str());
            break;
        case Verdict::Unjudged:
            ImGui::TextDisabled("%s", text.c_str());
            break;
        }
    }
    ImGui::EndTable();
}

void EquipmentView::draw(AppState& app, const RunSnapshot& snapshot) {
    const Language language = app.settings().language;
    m_reference.observe(app.document(), snapshot);
    const EquipmentPlan& plan = this->plan(app);

    ImGui::TextUnformatted(
        tr(language, "Alokasi peralatan bersama", "Shared equipment allocation"));
    ImGui::Separator();
    if (plan.items.empty()) {
        ImGui::TextWrapped("%s", tr(language,
                                    "Skenario ini tidak memiliki peralatan bersama (jenis "
                                    "shared), jadi tidak ada yang dapat dialokasikan ke klaster.",
                                    "This scenario has no shared equipment (kind shared), so "
                                    "there is nothing to allocate to clusters."));
    } else if (plan.clusters.empty()) {
        ImGui::TextWrapped("%s", tr(language,
                                    "Skenario ini tidak memiliki klaster untuk menerima "
                                    "peralatan bersama.",
                                    "This scenario has no cluster to receive shared equipment."));
    } else {
        drawGrid(app, plan, language);
    }
    if (ImGui::CollapsingHeader(tr(language, "Anggaran", "Budget"), ImGuiTreeNodeFlags_DefaultOpen))
        drawBudget(plan.budget, language);
    if (ImGui::CollapsingHeader(translate("key_indicators", language).c_str(),
                                ImGuiTreeNodeFlags_DefaultOpen))
        drawIndicators(app, snapshot, language);
}

} // namespace nk::gui
