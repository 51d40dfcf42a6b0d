// The settings and budget sections of the editor (editor_sections.hpp).
#include "model/editor_paths.hpp"
#include "model/ui_text.hpp"
#include "panels/editor_actions.hpp"
#include "panels/editor_sections.hpp"

#include <imgui.h>

#include "naikkelas/results/series_names.hpp"
#include "naikkelas/scenario/schema.hpp"

#include <string_view>
#include <variant>

namespace nk::gui {

namespace {

// A group of settings under a tree node that a focus request can open; its key path
// (scenario, grid, ...) is the node itself.
bool beginGroup(EditorContext& c, const char* group, const char* title) {
    if (c.focus.opensGroup(group)) ImGui::SetNextItemOpen(true);
    c.focus.before(group, false);
    const bool open = ImGui::TreeNodeEx(group, ImGuiTreeNodeFlags_SpanAvailWidth, "%s", title);
    c.focus.after(group);
    return open;
}

// A list of plain values (size-class bounds, names, quantiles): one row per value with
// its own key path (size_classes.thresholds[1]), a remove button, and "+ add". `access`
// reaches the list inside a scenario; `drawValue` draws the value's field.
template <class T, class Access, class DrawValue>
void valueList(EditorContext& c, const char* label, const std::string& listPath,
               const std::vector<T>& values, Access access, T added, DrawValue drawValue) {
    formLabel(label);
    ImGui::PushID(listPath.c_str());
    for (std::size_t i = 0; i < values.size(); ++i) {
        ImGui::PushID(static_cast<int>(i));
        if (removeButton(c.language))
            c.app.edit(tr(c.language, "hapus nilai", "remove value"), listPath,
                       [access, i](Scenario& s) {
                           auto& list = access(s);
                           if (i < list.size())
                               list.erase(list.begin() + static_cast<std::ptrdiff_t>(i));
                       });
        ImGui::SameLine();
        drawValue(indexedPath(listPath, i), values[i], [access, i](Scenario& s, T value) {
            auto& list = access(s);
            if (i < list.size()) list[i] = value;
        });
        ImGui::PopID();
    }
    c.focus.before(listPath, false);
    if (addButton(tr(c.language, "tambah", "add")))
        c.app.edit(tr(c.language, "tambah nilai", "add value"), listPath,
                   [access, added](Scenario& s) { access(s).push_back(added); });
    c.focus.after(listPath);
    ImGui::PopID();
}

void scenarioGroup(EditorContext& c) {
    const ScenarioInfo& info = c.scenario.scenario;
    const Language l = c.language;
    if (!beginForm("scenario_form")) return;
    formLabel(tr(l, "Id", "Id"));
    textField(c, tr(l, "id skenario", "scenario id"), "scenario.id", info.id,
              [](Scenario& s, std::string v) { s.scenario.id = v; });
    formLabel(tr(l, "Judul", "Title"));
    textField(c, tr(l, "judul", "title"), "scenario.title", info.title,
              [](Scenario& s, std::string v) { s.scenario.title = v; });
    formLabel(tr(l, "Wilayah", "Region"),
              tr(l, "Kabupaten/kota, untuk UMK", "Kabupaten/kota, for the UMK"));
    textField(c, tr(l, "wilayah", "region"), "scenario.region", info.region,
              [](Scenario& s, std::string v) { s.scenario.region = v; });
    formLabel(tr(l, "Sumber", "Source"));
    textField(c, tr(l, "sumber", "source"), "scenario.source", info.source,
              [](Scenario& s, std::string v) { s.scenario.source = v; });
    formLabel(tr(l, "Catatan", "Notes"));
    textField(c, tr(l, "catatan", "notes"), "scenario.notes", info.notes,
              [](Scenario& s, std::string v) { s.scenario.notes = v; });
    formLabel(tr(l, "Mulai (YYYY-MM)", "Start (YYYY-MM)"));
    textField(c, tr(l, "bulan mulai", "start month"), "scenario.start", info.start,
              [](Scenario& s, std::string v) { s.scenario.start = v; });
    schemaLabel("scenario.horizon_months", l);
    intField(c, tr(l, "horizon", "horizon"), "scenario.horizon_months", info.horizon_months,
             [](Scenario& s, int v) { s.scenario.horizon_months = v; });
    formLabel(tr(l, "Benih acak", "Seed"),
              tr(l, "Benih aliran acak Monte Carlo", "Seed of the Monte Carlo random streams"));
    seedField(c, tr(l, "benih", "seed"), "scenario.seed", info.seed,
              [](Scenario& s, std::uint64_t v) { s.scenario.seed = v; });
    schemaLabel("scenario.umk_monthly", l);
    rupiahField(c, tr(l, "UMK", "UMK"), "scenario.umk_monthly", info.umk_monthly,
                [](Scenario& s, Rupiah v) { s.scenario.umk_monthly = v; });
    endForm();
}

void sizeClassesGroup(EditorContext& c) {
    const SizeClasses& sc = c.scenario.size_classes;
    const Language l = c.language;
    if (!beginForm("size_form")) return;
    formLabel(tr(l, "Skema", "Scheme"));
    const std::vector<ComboOption> schemes = {{"pp7_2021", "PP 7/2021"},
                                              {"uu20_2008", "UU 20/2008"},
                                              {"custom", tr(l, "sendiri", "custom")}};
    const char* current = sc.scheme == SizeScheme::Pp7_2021    ? "pp7_2021"
                          : sc.scheme == SizeScheme::Uu20_2008 ? "uu20_2008"
                                                               : "custom";
    comboField(c, tr(l, "skema kelas usaha", "size scheme"), "size_classes.scheme", current,
               schemes, [](Scenario& s, std::string v) {
                   s.size_classes.scheme = std::string_view(v) == "pp7_2021" ? SizeScheme::Pp7_2021
                                           : std::string_view(v) == "uu20_2008"
                                               ? SizeScheme::Uu20_2008
                                               : SizeScheme::Custom;
               });
    const auto drawRupiah = [&c](const std::string& path, Rupiah value, Setter<Rupiah> set) {
        rupiahField(c, tr(c.language, "batas", "bound"), path, value, set);
    };
    if (sc.scheme == SizeScheme::Custom || !sc.thresholds.empty() || !sc.names.empty()) {
        valueList(
            c, tr(l, "Batas (Rp/tahun)", "Bounds (Rp/year)"), "size_classes.thresholds",
            sc.thresholds,
            [](Scenario& s) -> std::vector<Rupiah>& { return s.size_classes.thresholds; },
            Rupiah{300'000'000}, drawRupiah);
        valueList(
            c, tr(l, "Nama kelas", "Class names"), "size_classes.names", sc.names,
            [](Scenario& s) -> std::vector<std::string>& { return s.size_classes.names; },
            std::string("kelas"),
            [&c](const std::string& path, const std::string& value, Setter<std::string> set) {
                textField(c, tr(c.language, "nama kelas", "class name"), path, value, set);
            });
    }
    valueList(
        c, tr(l, "Pita mikro (Rp/tahun)", "Micro bands (Rp/year)"), "size_classes.micro_bands",
        sc.micro_bands,
        [](Scenario& s) -> std::vector<Rupiah>& { return s.size_classes.micro_bands; },
        Rupiah{60'000'000}, drawRupiah);
    endForm();
}

void gridGroup(EditorContext& c) {
    const GridSpec& g = c.scenario.grid;
    const Language l = c.language;
    if (!beginForm("grid_form")) return;
    schemaLabel("grid.r_min", l);
    rupiahNumberField(c, "r_min", "grid.r_min", g.r_min,
                      [](Scenario& s, double v) { s.grid.r_min = v; });
    schemaLabel("grid.r_max", l);
    rupiahNumberField(c, "r_max", "grid.r_max", g.r_max,
                      [](Scenario& s, double v) { s.grid.r_max = v; });
    schemaLabel("grid.bins_per_decade", l);
    intField(c, tr(l, "bin per dekade", "bins per decade"), "grid.bins_per_decade",
             g.bins_per_decade, [](Scenario& s, int v) { s.grid.bins_per_decade = v; });
    endForm();
}

// Every core parameter as the schema's table lists it: an amount in Rp is typed as one.
void parametersGroup(EditorContext& c) {
    if (!beginForm("parameters_form")) return;
    for (const schema::Field<CoreParameters>& f : schema::fieldsOf<CoreParameters>()) {
        const auto* member = std::get_if<double CoreParameters::*>(&f.member);
        if (!member) continue;
        const std::string path = "parameters." + std::string(f.info.key);
        const std::string label(f.info.label.in(c.language));
        schemaLabel(path, c.language);
        const auto set = [m = *member](Scenario& s, double v) { s.parameters.*m = v; };
        const double value = c.scenario.parameters.**member;
        if (f.info.unit.starts_with("Rp"))
            rupiahNumberField(c, label.c_str(), path, value, set);
        else
            numberField(c, label.c_str(), path, value, "%.4f", set);
    }
    endForm();
}

void simulationGroup(EditorContext& c) {
    const SimulationSettings& sim = c.scenario.simulation;
    const Language l = c.language;
    if (!beginForm("simulation_form")) return;
    formLabel(tr(l, "Mode", "Mode"));
    const auto name = [](RunMode m) { return std::string(names::modeName(m)); };
    const std::vector<ComboOption> modes = {{name(RunMode::Expected), tr(l, "harapan", "expected")},
                                            {name(RunMode::MonteCarlo), "Monte Carlo"},
                                            {name(RunMode::Both), tr(l, "keduanya", "both")}};
    const std::string mode = name(sim.mode);
    comboField(c, tr(l, "mode", "mode"), "simulation.mode", mode.c_str(), modes,
               [](Scenario& s, std::string v) {
                   s.simulation.mode = names::parseMode(v).value_or(RunMode::Expected);
               });
    schemaLabel("simulation.replications", l);
    countField(c, tr(l, "replikasi", "replications"), "simulation.replications", sim.replications,
               [](Scenario& s, int v) { s.simulation.replications = v; });
    valueList(
        c, tr(l, "Kuantil", "Quantiles"), "simulation.quantiles", sim.quantiles,
        [](Scenario& s) -> std::vector<double>& { return s.simulation.quantiles; }, 0.5,
        [&c](const std::string& path, double value, Setter<double> set) {
            numberField(c, tr(c.language, "kuantil", "quantile"), path, value, "%.3f", set);
        });
    schemaLabel("simulation.discount_rate_annual", l);
    numberField(c, tr(l, "diskonto", "discount rate"), "simulation.discount_rate_annual",
                sim.discount_rate_annual, "%.3f",
                [](Scenario& s, double v) { s.simulation.discount_rate_annual = v; });
    schemaLabel("simulation.threads", l);
    intField(c, tr(l, "thread", "threads"), "simulation.threads", sim.threads,
             [](Scenario& s, int v) { s.simulation.threads = v; });
    endForm();
}

} // namespace

void drawSettingsSection(EditorContext& c) {
    const Language l = c.language;
    if (beginGroup(c, "scenario", tr(l, "Skenario", "Scenario"))) {
        scenarioGroup(c);
        ImGui::TreePop();
    }
    if (beginGroup(c, "size_classes", tr(l, "Kelas usaha", "Size classes"))) {
        sizeClassesGroup(c);
        ImGui::TreePop();
    }
    if (beginGroup(c, "grid", tr(l, "Grid omzet", "Revenue grid"))) {
        gridGroup(c);
        ImGui::TreePop();
    }
    if (beginGroup(c, "parameters", tr(l, "Parameter inti", "Core parameters"))) {
        parametersGroup(c);
        ImGui::TreePop();
    }
    if (beginGroup(c, "simulation", tr(l, "Simulasi", "Simulation"))) {
        simulationGroup(c);
        ImGui::TreePop();
    }
}

namespace {

void envelopeForm(EditorContext& c) {
    if (beginForm("budget_form")) {
        schemaLabel("budget.envelope", c.language);
        rupiahField(c, tr(c.language, "pagu", "envelope"), "budget.envelope",
                    c.scenario.budget.envelope,
                    [](Scenario& s, Rupiah v) { s.budget.envelope = v; });
        endForm();
    }
}

void fiscalYearsTable(EditorContext& c) {
    const Budget& b = c.scenario.budget;
    const Language l = c.language;

    ImGui::TextDisabled("%s", tr(l, "Batas per tahun anggaran", "Fiscal-year limits"));
    if (!b.fiscal_years.empty() &&
        ImGui::BeginTable("fiscal_years", 3,
                          ImGuiTableFlags_SizingStretchProp | ImGuiTableFlags_RowBg)) {
        ImGui::TableSetupColumn(tr(l, "Tahun", "Year"), ImGuiTableColumnFlags_WidthStretch, 0.3f);
        ImGui::TableSetupColumn(tr(l, "Batas", "Limit"), ImGuiTableColumnFlags_WidthStretch, 0.7f);
        ImGui::TableSetupColumn("", ImGuiTableColumnFlags_WidthFixed);
        ImGui::TableHeadersRow();
        for (std::size_t i = 0; i < b.fiscal_years.size(); ++i) {
            const std::string path = indexedPath("budget.fiscal_years", i);
            ImGui::PushID(static_cast<int>(i));
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            intField(c, tr(l, "tahun", "year"), path + ".year", b.fiscal_years[i].year,
                     [i](Scenario& s, int v) { s.budget.fiscal_years[i].year = v; });
            ImGui::TableNextColumn();
            rupiahField(c, tr(l, "batas tahunan", "year limit"), path + ".limit",
                        b.fiscal_years[i].limit,
                        [i](Scenario& s, Rupiah v) { s.budget.fiscal_years[i].limit = v; });
            ImGui::TableNextColumn();
            if (removeButton(l)) removeRow(c.app, EditorTable::FiscalYears, i);
            ImGui::PopID();
        }
        ImGui::EndTable();
    }
    c.focus.before("budget.fiscal_years", false);
    if (addButton(tr(l, "tahun anggaran", "fiscal year"))) addRow(c.app, EditorTable::FiscalYears);
    c.focus.after("budget.fiscal_years");
}

void costLines(EditorContext& c) {
    const Budget& b = c.scenario.budget;
    const Language l = c.language;
    ImGui::TextDisabled("%s", tr(l, "Baris biaya lain", "Other cost lines"));
    for (std::size_t i = 0; i < b.lines.size(); ++i) {
        const BudgetLine& line = b.lines[i];
        const std::string path = indexedPath("budget.lines", i);
        ImGui::PushID(path.c_str());
        ImGui::Separator();
        ImGui::AlignTextToFramePadding(); // the button sits level with the name's input
        if (removeButton(l)) removeRow(c.app, EditorTable::BudgetLines, i);
        ImGui::SameLine();
        // The line's name is its heading: an input as wide as the pane.
        c.focus.before(path, false);
        textField(
            c, tr(l, "nama baris", "line name"), path + ".name", line.name,
            [i](Scenario& s, std::string v) { s.budget.lines[i].name = v; },
            tr(l, "nama baris biaya", "name of the cost line"));
        c.focus.after(path);
        if (beginForm("line_form")) {
            formLabel(tr(l, "Kategori", "Category"));
            textField(c, tr(l, "kategori", "category"), path + ".category", line.category,
                      [i](Scenario& s, std::string v) { s.budget.lines[i].category = v; });
            schemaLabel(path + ".amount", l);
            rupiahField(c, tr(l, "jumlah", "amount"), path + ".amount", line.amount,
                        [i](Scenario& s, Rupiah v) { s.budget.lines[i].amount = v; });
            schemaLabel(path + ".month", l);
            intField(c, tr(l, "bulan pertama", "first month"), path + ".month", line.month,
                     [i](Scenario& s, int v) { s.budget.lines[i].month = v; });
            schemaLabel(path + ".repeat_months", l);
            intField(c, tr(l, "bulan berulang", "repeat months"), path + ".repeat_months",
                     line.repeat_months,
                     [i](Scenario& s, int v) { s.budget.lines[i].repeat_months = v; });
            endForm();
        }
        ImGui::PopID();
    }
    c.focus.before("budget.lines", false);
    if (addButton(tr(l, "baris biaya", "cost line"))) addRow(c.app, EditorTable::BudgetLines);
    c.focus.after("budget.lines");
}

} // namespace

void drawBudgetSection(EditorContext& c) {
    envelopeForm(c);
    fiscalYearsTable(c);
    ImGui::Spacing();
    costLines(c);
}

} // namespace nk::gui
