#include "panels/equipment_view.hpp"

#include "model/indicator_text.hpp"
#include "model/ui_text.hpp"

#include "naikkelas/units/strings.hpp"

#include <imgui.h>

#include <cmath>
#include <string>

namespace nk::gui {

namespace {

const ImVec4 kBetter(0.35f, 0.80f, 0.40f, 1.0f);
const ImVec4 kWorse(0.95f, 0.38f, 0.35f, 1.0f);

// Dimmed text that wraps at the view's edge (a long note never widens the view).
void dimmedWrapped(const std::string& text) {
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
    ImGui::TextWrapped("%s", text.c_str());
    ImGui::PopStyleColor();
}

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
    for (const FiscalYearUse& year : use.years) {
        const std::string text = std::to_string(year.year) + ": " + rupiah(year.used) + " / " +
                                 rupiah(year.limit) + "; ";
        if (year.over())
            ImGui::TextColored(kWorse, "%s%s %s", text.c_str(),
                               tr(language, "melebihi batas", "over the limit by"),
                               rupiah(-year.remaining()).c_str());
        else
            ImGui::Text("%s%s %s", text.c_str(), tr(language, "sisa", "remaining"),
                        rupiah(year.remaining()).c_str());
    }
}

// "4,5 (+0,2)": the value now and, against the reference (NaN: none), its change.
std::string withChange(double now, double reference, const std::string& unit, Language language) {
    std::string text = indicatorText(now, unit, language);
    // Only a change that shows at the figure's rounding.
    if (std::isfinite(reference) && indicatorText(reference, unit, language) != text)
        text += " (" + differenceText(now - reference, unit, language) + ")";
    return text;
}

std::string unitChangeText(const UnitChange& change, Language language) {
    return differenceText(change.profit, "rupiah", language) +
           tr(language, " laba terdiskonto, ", " discounted profit, ") +
           differenceText(change.atUmk, "participants", language) +
           tr(language, " di \u2265 UMK, biaya ", " at \u2265 UMK, cost ") +
           differenceText(change.cost, "rupiah", language);
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
        dimmedWrapped(item.id + ": " + item.name + "; " +
                      formatRupiahWords(static_cast<double>(item.unitCost), language) + " " +
                      tr(language, "per unit", "per unit") + ", " +
                      formatNumber(item.membersPerUnit, 0, language) + " " +
                      tr(language, "anggota", "members") + "/" + tr(language, "unit", "unit"));
    dimmedWrapped(tr(language,
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

void EquipmentView::drawClusters(const AppState& app, const RunSnapshot& snapshot,
                                 Language language) {
    if (!snapshot.expected || snapshot.scenario != app.document().scenario()) {
        ImGui::TextDisabled(
            "%s", tr(language, "Menunggu hasil proyeksi.", "Waiting for the projection."));
        return;
    }
    const ClusterEffects now = clusterEffects(*snapshot.expected, snapshot.scenario);
    std::optional<ClusterEffects> reference;
    if (m_reference.results() && m_reference.scenario())
        reference = clusterEffects(*m_reference.results(), *m_reference.scenario());
    const auto before = [&](std::size_t c) -> const ClusterFigures* {
        if (!reference) return nullptr;
        for (const ClusterFigures& f : reference->clusters)
            if (f.id == now.clusters[c].id) return &f;
        return nullptr;
    };
    const int columns = 4 + static_cast<int>(now.bands.size());
    if (!ImGui::BeginTable("clusters", columns,
                           ImGuiTableFlags_RowBg | ImGuiTableFlags_Borders |
                               ImGuiTableFlags_SizingStretchProp))
        return;
    ImGui::TableSetupColumn(tr(language, "Klaster", "Cluster"));
    ImGui::TableSetupColumn(tr(language, "+ usaha aktif", "+ active"));
    ImGui::TableSetupColumn(tr(language, "Pendapatan/peserta", "Income/participant"));
    ImGui::TableSetupColumn(tr(language, "Peserta \u2265 UMK", "At \u2265 UMK"));
    for (const std::string& band : now.bands) ImGui::TableSetupColumn(band.c_str());
    ImGui::TableHeadersRow();
    for (std::size_t c = 0; c < now.clusters.size(); ++c) {
        const ClusterFigures& f = now.clusters[c];
        const ClusterFigures* r = before(c);
        const auto ref = [&](double ClusterFigures::*field) {
            return r ? (*r).*field : std::nan("");
        };
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(f.id.c_str());
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(withChange(f.additionalActive,
                                          ref(&ClusterFigures::additionalActive), "enterprises",
                                          language)
                                   .c_str());
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(withChange(f.incomePerParticipant,
                                          ref(&ClusterFigures::incomePerParticipant), "rupiah",
                                          language)
                                   .c_str());
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(withChange(f.participantsAtUmk,
                                          ref(&ClusterFigures::participantsAtUmk), "participants",
                                          language)
                                   .c_str());
        for (std::size_t b = 0; b < f.bands.size(); ++b) {
            ImGui::TableNextColumn();
            const double was = r && b < r->bands.size() ? r->bands[b] : std::nan("");
            ImGui::TextUnformatted(withChange(f.bands[b], was, "enterprises", language).c_str());
        }
    }
    ImGui::EndTable();
    dimmedWrapped(tr(language,
                     "Di akhir horizon, mode ekspektasi; dalam kurung: selisih "
                     "terhadap acuan. Pita: usaha program per pita mikro.",
                     "At the horizon, expected mode; in brackets: the change against "
                     "the reference. Bands: the program's enterprises per micro band."));
}

void EquipmentView::drawMargins(const AppState& app, const EquipmentPlan& plan, Language language) {
    const std::uint64_t state = app.document().state();
    if (!m_margins.running() && m_marginsFor != state) {
        m_marginsFor = state;
        std::vector<std::string> items;
        for (const SharedItem& item : plan.items) items.push_back(item.id);
        const Scenario scenario = app.document().scenario();
        const PluginRegistry& registry = app.registry();
        m_margins.start([=, &registry](const std::atomic<bool>& cancel, std::atomic<double>&) {
            UnitMargins margins = unitMargins(scenario, registry, items, &cancel);
            margins.documentState = state;
            return margins;
        });
    }
    const auto margins = m_margins.result();
    if (!margins) {
        ImGui::TextDisabled("%s", tr(language, "Menghitung…", "Computing…"));
        return;
    }
    if (!margins->error.empty()) {
        ImGui::TextWrapped("%s", margins->error.c_str());
        return;
    }
    if (!ImGui::BeginTable("margins", 3,
                           ImGuiTableFlags_RowBg | ImGuiTableFlags_Borders |
                               ImGuiTableFlags_SizingStretchProp))
        return;
    ImGui::TableSetupColumn(tr(language, "Klaster, alat", "Cluster, item"),
                            ImGuiTableColumnFlags_WidthStretch, 1.0f);
    ImGui::TableSetupColumn(tr(language, "+1 unit", "+1 unit"), ImGuiTableColumnFlags_WidthStretch,
                            2.0f);
    ImGui::TableSetupColumn(tr(language, "-1 unit", "-1 unit"), ImGuiTableColumnFlags_WidthStretch,
                            2.0f);
    ImGui::TableHeadersRow();
    const Scenario& scenario = app.document().scenario();
    for (const UnitMargin& cell : margins->cells) {
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        const std::string name =
            (cell.cluster < scenario.clusters.size() ? scenario.clusters[cell.cluster].id : "?") +
            ", " + cell.item;
        ImGui::TextWrapped("%s", name.c_str());
        ImGui::TableNextColumn();
        if (cell.plus) ImGui::TextWrapped("%s", unitChangeText(*cell.plus, language).c_str());
        ImGui::TableNextColumn();
        if (cell.minus) ImGui::TextWrapped("%s", unitChangeText(*cell.minus, language).c_str());
    }
    ImGui::EndTable();
    if (margins->documentState != state)
        ImGui::TextDisabled("%s", tr(language, "Menghitung ulang…", "Recomputing…"));
}

void EquipmentView::drawMonteCarlo(const AppState& app, Language language) {
    ImGui::Checkbox(tr(language, "Monte Carlo: selisih dengan rentang berpasangan",
                       "Monte Carlo: differences with paired bands"),
                    &monteCarlo);
    if (!monteCarlo) return;
    if (!m_reference.scenario()) {
        ImGui::TextDisabled("%s", tr(language, "Belum ada acuan.", "No reference yet."));
        return;
    }
    const std::pair key{app.document().state(),
                        static_cast<const void*>(m_reference.scenario().get())};
    if (!m_paired.running() && m_pairedFor != key) {
        m_pairedFor = key;
        const Scenario reference = *m_reference.scenario();
        const Scenario current = app.document().scenario();
        const PluginRegistry& registry = app.registry();
        constexpr int kReplications = 100;
        m_paired.start([=, &registry](const std::atomic<bool>& cancel,
                                      std::atomic<double>& progress) {
            PairedAllocation paired =
                pairedAllocation(reference, current, registry, kReplications, &cancel, &progress);
            paired.documentState = key.first;
            return paired;
        });
    }
    if (m_paired.running()) {
        ImGui::ProgressBar(static_cast<float>(m_paired.progress()),
                           ImVec2(ImGui::GetFontSize() * 10.0f, 0.0f));
        ImGui::SameLine();
        if (ImGui::Button(tr(language, "Batal", "Cancel"))) m_paired.cancel();
    }
    const auto paired = m_paired.result();
    if (!paired) return;
    if (!paired->error.empty()) {
        ImGui::TextWrapped("%s", paired->error.c_str());
        return;
    }
    if (!ImGui::BeginTable("paired", 3,
                           ImGuiTableFlags_RowBg | ImGuiTableFlags_Borders |
                               ImGuiTableFlags_SizingStretchProp))
        return;
    ImGui::TableSetupColumn(tr(language, "Indikator", "Indicator"));
    ImGui::TableSetupColumn(tr(language, "Selisih (rerata)", "Difference (mean)"));
    ImGui::TableSetupColumn(tr(language, "Rentang berpasangan 90%", "Paired 90% band"));
    ImGui::TableHeadersRow();
    for (const IndicatorDifference& d : paired->differences) {
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::TextWrapped("%s", translate(d.key, language).c_str());
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(differenceText(d.difference, d.unit, language).c_str());
        ImGui::TableNextColumn();
        if (d.quantiles.size() >= 3) {
            const std::string band = differenceText(d.quantiles.front(), d.unit, language) +
                                     " .. " + differenceText(d.quantiles.back(), d.unit, language);
            if (d.distinguishable)
                ImGui::TextUnformatted(band.c_str());
            else
                ImGui::TextDisabled(
                    "%s %s", band.c_str(),
                    tr(language, "(tidak terbedakan pada 90%)", "(not distinguishable at 90%)"));
        }
    }
    ImGui::EndTable();
    if (paired->documentState != app.document().state())
        ImGui::TextDisabled("%s", tr(language, "Menghitung ulang…", "Recomputing…"));
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
    if (plan.items.empty() || plan.clusters.empty()) return;
    if (ImGui::CollapsingHeader(tr(language, "Per klaster", "Per cluster"),
                                ImGuiTreeNodeFlags_DefaultOpen))
        drawClusters(app, snapshot, language);
    if (ImGui::CollapsingHeader(
            tr(language, "Nilai marginal satu unit", "Marginal value of one unit"),
            ImGuiTreeNodeFlags_DefaultOpen))
        drawMargins(app, plan, language);
    if (ImGui::CollapsingHeader(tr(language, "Monte Carlo berpasangan", "Paired Monte Carlo"),
                                ImGuiTreeNodeFlags_DefaultOpen))
        drawMonteCarlo(app, language);
}

} // namespace nk::gui
