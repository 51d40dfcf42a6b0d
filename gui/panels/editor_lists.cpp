// The sections with ids (programs, equipment, clusters, cohorts) of the editor
// (editor_sections.hpp): a table of rows to choose from, then the chosen row's form.
#include "model/editor_paths.hpp"
#include "model/field_schema.hpp"
#include "model/ui_text.hpp"
#include "panels/editor_actions.hpp"
#include "panels/editor_sections.hpp"

#include <imgui.h>

#include <string_view>

#include <algorithm>

namespace nk::gui {

namespace {

// The table of a list with ids: one selectable row per entry (id and a short summary),
// a remove button per row, "+ add" below (the list's own key path is its section header). Keeps
// `selected` within the list and moves it to a row a focus request asks for; false when the list is
// empty.
template <class Summary>
bool rowTable(EditorContext& c, EditorTable table, const char* summaryHeader, Summary summary,
              const char* addLabel, std::size_t& selected) {
    const std::string list = tableKeyPath(table);
    const std::vector<std::string> ids = tableIds(c.scenario, table);
    const Language l = c.language;
    if (!ids.empty() &&
        ImGui::BeginTable(list.c_str(), 3,
                          ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp)) {
        ImGui::TableSetupColumn("Id", ImGuiTableColumnFlags_WidthStretch, 0.5f);
        ImGui::TableSetupColumn(summaryHeader, ImGuiTableColumnFlags_WidthStretch, 0.5f);
        ImGui::TableSetupColumn("", ImGuiTableColumnFlags_WidthFixed);
        ImGui::TableHeadersRow();
        for (std::size_t i = 0; i < ids.size(); ++i) {
            const std::string path = indexedPath(list, i);
            if (c.focus.opensRow(list, i)) selected = i;
            ImGui::PushID(static_cast<int>(i));
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            c.focus.before(path, false);
            const std::string shown = ids[i].empty() ? tr(l, "(tanpa id)", "(no id)") : ids[i];
            if (ImGui::Selectable(shown.c_str(), selected == i)) selected = i;
            c.focus.after(path);
            ImGui::TableNextColumn();
            ImGui::TextDisabled("%s", summary(i).c_str());
            ImGui::TableNextColumn();
            if (removeButton(l)) removeRow(c.app, table, i);
            ImGui::PopID();
        }
        ImGui::EndTable();
    }
    if (addButton(addLabel)) {
        addRow(c.app, table);
        selected = ids.size(); // the new row
    }
    if (ids.empty()) return false;
    selected = std::min(selected, ids.size() - 1);
    ImGui::Separator();
    return true;
}

void idField(EditorContext& c, EditorTable table, std::size_t row, const std::string& id) {
    formLabel("Id", tr(c.language, "Nama singkat yang unik; rujukan ikut berganti",
                       "A short unique name; references follow a rename"));
    textField(c, "id", indexedPath(tableKeyPath(table), row) + ".id", id,
              [table, row](Scenario& s, std::string v) { renameRow(s, table, row, v); });
}

// The ids of `rows` as combo options, after an optional "(none)" entry.
template <class T, class Keep>
std::vector<ComboOption> idOptions(const std::vector<T>& rows, const char* none, Keep keep) {
    std::vector<ComboOption> options;
    if (none) options.push_back({"", none});
    for (const T& row : rows)
        if (keep(row)) options.push_back({row.id, row.id});
    return options;
}

const auto kAll = [](const auto&) { return true; };

} // namespace

void drawProgramsSection(EditorContext& c, std::size_t& selected) {
    const Language l = c.language;
    const auto& programs = c.scenario.programs;
    const auto summary = [&](std::size_t i) {
        return formatRupiahWords(static_cast<double>(programs[i].cost_per_participant), l);
    };
    if (!rowTable(c, EditorTable::Programs, tr(l, "Biaya/peserta", "Cost/participant"), summary,
                  tr(l, "program", "program"), selected))
        return;
    const std::size_t i = selected;
    const Program& p = programs[i];
    const std::string path = indexedPath("programs", i);
    if (!beginForm("program_form")) return;
    idField(c, EditorTable::Programs, i, p.id);
    formLabel(tr(l, "Nama", "Name"));
    textField(c, tr(l, "nama program", "program name"), path + ".name", p.name,
              [i](Scenario& s, std::string v) { s.programs[i].name = v; });
    formLabel(tr(l, "Sektor", "Sector"));
    textField(c, tr(l, "sektor", "sector"), path + ".sector", p.sector,
              [i](Scenario& s, std::string v) { s.programs[i].sector = v; });
    schemaLabel(path + ".duration_days", l);
    intField(c, tr(l, "lama pelatihan", "duration"), path + ".duration_days", p.duration_days,
             [i](Scenario& s, int v) { s.programs[i].duration_days = v; });
    schemaLabel(path + ".cost_per_participant", l);
    rupiahField(c, tr(l, "biaya per peserta", "cost per participant"),
                path + ".cost_per_participant", p.cost_per_participant,
                [i](Scenario& s, Rupiah v) { s.programs[i].cost_per_participant = v; });
    schemaLabel(path + ".completion_rate", l);
    shareField(c, tr(l, "tingkat lulus", "completion rate"), path + ".completion_rate",
               p.completion_rate,
               [i](Scenario& s, double v) { s.programs[i].completion_rate = v; });
    schemaLabel(path + ".mentoring_months", l);
    intField(c, tr(l, "bulan pendampingan", "mentoring months"), path + ".mentoring_months",
             p.mentoring_months, [i](Scenario& s, int v) { s.programs[i].mentoring_months = v; });
    schemaLabel(path + ".mentoring_cost_per_month", l);
    rupiahField(c, tr(l, "biaya pendampingan", "mentoring cost"),
                path + ".mentoring_cost_per_month", p.mentoring_cost_per_month,
                [i](Scenario& s, Rupiah v) { s.programs[i].mentoring_cost_per_month = v; });
    formLabel(tr(l, "Kit", "Kit"), tr(l, "Peralatan perorangan untuk tiap peserta",
                                      "Individual equipment each participant receives"));
    comboField(c, tr(l, "kit", "kit"), path + ".kit", p.kit,
               idOptions(c.scenario.equipment, tr(l, "(tanpa kit)", "(no kit)"),
                         [](const Equipment& e) { return e.kind == EquipmentKind::Individual; }),
               [i](Scenario& s, std::string v) { s.programs[i].kit = v; });
    endForm();
}

void drawEquipmentSection(EditorContext& c, std::size_t& selected) {
    const Language l = c.language;
    const auto& equipment = c.scenario.equipment;
    const auto summary = [&](std::size_t i) {
        return std::string(equipment[i].kind == EquipmentKind::Shared
                               ? tr(l, "bersama", "shared")
                               : tr(l, "perorangan", "individual"));
    };
    if (!rowTable(c, EditorTable::Equipment, tr(l, "Jenis", "Kind"), summary,
                  tr(l, "peralatan", "equipment"), selected))
        return;
    const std::size_t i = selected;
    const Equipment& e = equipment[i];
    const std::string path = indexedPath("equipment", i);
    if (!beginForm("equipment_form")) return;
    idField(c, EditorTable::Equipment, i, e.id);
    formLabel(tr(l, "Nama", "Name"));
    textField(c, tr(l, "nama peralatan", "equipment name"), path + ".name", e.name,
              [i](Scenario& s, std::string v) { s.equipment[i].name = v; });
    formLabel(tr(l, "Jenis", "Kind"));
    comboField(c, tr(l, "jenis peralatan", "equipment kind"), path + ".kind",
               e.kind == EquipmentKind::Shared ? "shared" : "individual",
               {{"individual", tr(l, "perorangan (kit)", "individual (kit)")},
                {"shared", tr(l, "bersama (klaster)", "shared (cluster)")}},
               [i](Scenario& s, std::string v) {
                   s.equipment[i].kind = std::string_view(v) == "shared"
                                             ? EquipmentKind::Shared
                                             : EquipmentKind::Individual;
               });
    schemaLabel(path + ".unit_cost", l);
    rupiahField(c, tr(l, "harga per unit", "unit cost"), path + ".unit_cost", e.unit_cost,
                [i](Scenario& s, Rupiah v) { s.equipment[i].unit_cost = v; });
    schemaLabel(path + ".capacity_monthly", l);
    rupiahNumberField(c, tr(l, "kapasitas", "capacity"), path + ".capacity_monthly",
                      e.capacity_monthly,
                      [i](Scenario& s, double v) { s.equipment[i].capacity_monthly = v; });
    schemaLabel(path + ".members_per_unit", l);
    countField(c, tr(l, "anggota per unit", "members per unit"), path + ".members_per_unit",
               e.members_per_unit,
               [i](Scenario& s, int v) { s.equipment[i].members_per_unit = v; });
    schemaLabel(path + ".maintenance_monthly", l);
    rupiahField(c, tr(l, "perawatan", "maintenance"), path + ".maintenance_monthly",
                e.maintenance_monthly,
                [i](Scenario& s, Rupiah v) { s.equipment[i].maintenance_monthly = v; });
    schemaLabel(path + ".lifetime_months", l);
    intField(c, tr(l, "umur", "lifetime"), path + ".lifetime_months", e.lifetime_months,
             [i](Scenario& s, int v) { s.equipment[i].lifetime_months = v; });
    schemaLabel(path + ".running_probability", l);
    shareField(c, tr(l, "peluang beroperasi", "running probability"), path + ".running_probability",
               e.running_probability,
               [i](Scenario& s, double v) { s.equipment[i].running_probability = v; });
    endForm();
}

void drawClustersSection(EditorContext& c, std::size_t& selected) {
    const Language l = c.language;
    const auto& clusters = c.scenario.clusters;
    const auto summary = [&](std::size_t i) {
        int units = 0;
        for (const auto& a : clusters[i].equipment) units += a.units;
        return std::to_string(units) + tr(l, " unit", " units");
    };
    if (!rowTable(c, EditorTable::Clusters, tr(l, "Peralatan", "Equipment"), summary,
                  tr(l, "klaster", "cluster"), selected))
        return;
    const std::size_t i = selected;
    const Cluster& cl = clusters[i];
    const std::string path = indexedPath("clusters", i);
    if (beginForm("cluster_form")) {
        idField(c, EditorTable::Clusters, i, cl.id);
        formLabel(tr(l, "Nama", "Name"));
        textField(c, tr(l, "nama klaster", "cluster name"), path + ".name", cl.name,
                  [i](Scenario& s, std::string v) { s.clusters[i].name = v; });
        formLabel(tr(l, "Tempat", "Place"));
        textField(c, tr(l, "tempat", "place"), path + ".place", cl.place,
                  [i](Scenario& s, std::string v) { s.clusters[i].place = v; });
        formLabel(tr(l, "Sektor", "Sector"));
        textField(c, tr(l, "sektor", "sector"), path + ".sector", cl.sector,
                  [i](Scenario& s, std::string v) { s.clusters[i].sector = v; });
        endForm();
    }

    ImGui::TextDisabled("%s", tr(l, "Peralatan bersama", "Shared equipment"));
    const auto shared = idOptions(c.scenario.equipment, nullptr, [](const Equipment& e) {
        return e.kind == EquipmentKind::Shared;
    });
    if (!cl.equipment.empty() &&
        ImGui::BeginTable("allocations", 3,
                          ImGuiTableFlags_SizingStretchProp | ImGuiTableFlags_RowBg)) {
        ImGui::TableSetupColumn(tr(l, "Peralatan", "Equipment"), ImGuiTableColumnFlags_WidthStretch,
                                0.6f);
        ImGui::TableSetupColumn(tr(l, "Unit", "Units"), ImGuiTableColumnFlags_WidthStretch, 0.4f);
        ImGui::TableSetupColumn("", ImGuiTableColumnFlags_WidthFixed);
        ImGui::TableHeadersRow();
        for (std::size_t j = 0; j < cl.equipment.size(); ++j) {
            const std::string sub = indexedPath(path + ".equipment", j);
            ImGui::PushID(static_cast<int>(j));
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            comboField(c, tr(l, "peralatan bersama", "shared equipment"), sub + ".equipment",
                       cl.equipment[j].equipment, shared, [i, j](Scenario& s, std::string v) {
                           s.clusters[i].equipment[j].equipment = v;
                       });
            ImGui::TableNextColumn();
            countField(c, tr(l, "unit peralatan", "equipment units"), sub + ".units",
                       cl.equipment[j].units,
                       [i, j](Scenario& s, int v) { s.clusters[i].equipment[j].units = v; });
            ImGui::TableNextColumn();
            if (removeButton(l)) removeAllocation(c.app, i, j);
            ImGui::PopID();
        }
        ImGui::EndTable();
    }
    c.focus.before(path + ".equipment", false);
    if (addButton(tr(l, "peralatan bersama", "shared equipment"))) addAllocation(c.app, i);
    c.focus.after(path + ".equipment");

    ImGui::TextDisabled("%s", tr(l, "Saluran pasar", "Market channels"));
    for (std::size_t j = 0; j < cl.channels.size(); ++j) {
        const std::string sub = indexedPath(path + ".channels", j);
        ImGui::PushID(sub.c_str());
        if (removeButton(l)) removeChannel(c.app, i, j);
        ImGui::SameLine();
        textField(c, tr(l, "saluran", "channel"), sub, cl.channels[j],
                  [i, j](Scenario& s, std::string v) { s.clusters[i].channels[j] = v; });
        ImGui::PopID();
    }
    c.focus.before(path + ".channels", false);
    if (addButton(tr(l, "saluran", "channel"))) addChannel(c.app, i);
    c.focus.after(path + ".channels");
}

void drawCohortsSection(EditorContext& c, std::size_t& selected) {
    const Language l = c.language;
    const auto& cohorts = c.scenario.cohorts;
    const auto summary = [&](std::size_t i) {
        return std::to_string(cohorts[i].participants) + " " +
               (cohorts[i].program.empty() ? tr(l, "(pembanding)", "(comparison)")
                                           : cohorts[i].program);
    };
    if (!rowTable(c, EditorTable::Cohorts, tr(l, "Peserta", "Participants"), summary,
                  tr(l, "kelompok", "cohort"), selected))
        return;
    const std::size_t i = selected;
    const Cohort& k = cohorts[i];
    const std::string path = indexedPath("cohorts", i);
    if (!beginForm("cohort_form")) return;
    idField(c, EditorTable::Cohorts, i, k.id);
    schemaLabel(path + ".participants", l);
    countField(c, tr(l, "peserta", "participants"), path + ".participants", k.participants,
               [i](Scenario& s, int v) { s.cohorts[i].participants = v; });
    formLabel(tr(l, "Program", "Program"), tr(l, "Kosong: kelompok pembanding tanpa program",
                                              "Empty: a comparison group without a program"));
    comboField(c, tr(l, "program", "program"), path + ".program", k.program,
               idOptions(c.scenario.programs, tr(l, "(pembanding)", "(comparison)"), kAll),
               [i](Scenario& s, std::string v) { s.cohorts[i].program = v; });
    formLabel(tr(l, "Klaster", "Cluster"));
    comboField(c, tr(l, "klaster", "cluster"), path + ".cluster", k.cluster,
               idOptions(c.scenario.clusters, tr(l, "(tanpa klaster)", "(no cluster)"), kAll),
               [i](Scenario& s, std::string v) { s.cohorts[i].cluster = v; });
    schemaLabel(path + ".entry_month", l);
    // The schema's outer bound, tightened by its cross bound: before the horizon's end.
    const FieldBounds entry = fieldBounds(path + ".entry_month");
    intField(c, tr(l, "bulan masuk", "entry month"), path + ".entry_month", k.entry_month,
             static_cast<int>(entry.min),
             std::clamp(c.scenario.scenario.horizon_months - 1, static_cast<int>(entry.min),
                        static_cast<int>(entry.max)),
             [i](Scenario& s, int v) { s.cohorts[i].entry_month = v; });
    schemaLabel(path + ".business_share", l);
    shareField(c, tr(l, "bagian sudah usaha", "business share"), path + ".business_share",
               k.business_share, [i](Scenario& s, double v) { s.cohorts[i].business_share = v; });
    schemaLabel(path + ".initial_revenue_median", l);
    rupiahNumberField(c, tr(l, "median omzet awal", "initial revenue median"),
                      path + ".initial_revenue_median", k.initial_revenue_median,
                      [i](Scenario& s, double v) { s.cohorts[i].initial_revenue_median = v; });
    schemaLabel(path + ".initial_revenue_log_sd", l);
    numberField(c, tr(l, "simpangan log", "log-sd"), path + ".initial_revenue_log_sd",
                k.initial_revenue_log_sd, "%.3f",
                [i](Scenario& s, double v) { s.cohorts[i].initial_revenue_log_sd = v; });
    formLabel(tr(l, "Kelompok sasaran", "Target group"),
              "umum, perempuan, pmks, eks_lokalisasi, ...");
    textField(c, tr(l, "kelompok sasaran", "target group"), path + ".target_group", k.target_group,
              [i](Scenario& s, std::string v) { s.cohorts[i].target_group = v; });
    schemaLabel(path + ".kube_size", l);
    // As the entry month: the schema's least, and at most the cohort's participants.
    const InputRange kube = inputRange(path + ".kube_size");
    countField(c, tr(l, "ukuran KUBE", "KUBE size"), path + ".kube_size", k.kube_size,
               static_cast<int>(kube.min), std::max(static_cast<int>(kube.min), k.participants),
               [i](Scenario& s, int v) { s.cohorts[i].kube_size = v; });
    endForm();
}

} // namespace nk::gui
