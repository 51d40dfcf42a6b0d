// The settings and budget sections of the editor (editor_sections.hpp).
#include "model/editor_paths.hpp"
#include "model/ui_text.hpp"
#include "panels/editor_actions.hpp"
#include "panels/editor_sections.hpp"

#include <imgui.h>

#include <string_view>

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
    formLabel(tr(l, "Horizon (bulan)", "Horizon (months)"));
    intField(c, tr(l, "horizon", "horizon"), "scenario.horizon_months", info.horizon_months, 1, 600,
             [](Scenario& s, int v) { s.scenario.horizon_months = v; });
    formLabel(tr(l, "Benih acak", "Seed"),
              tr(l, "Benih aliran acak Monte Carlo", "Seed of the Monte Carlo random streams"));
    seedField(c, tr(l, "benih", "seed"), "scenario.seed", info.seed,
              [](Scenario& s, std::uint64_t v) { s.scenario.seed = v; });
    formLabel(tr(l, "UMK (Rp/bulan)", "UMK (Rp/month)"),
              tr(l, "Upah minimum wilayah: pendapatan yang sebaiknya dicapai peserta",
                 "The region's minimum wage: the income a participant should reach"));
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
    formLabel(tr(l, "Omzet terendah (Rp/bulan)", "Lowest revenue (Rp/month)"));
    rupiahNumberField(c, "r_min", "grid.r_min", g.r_min, kPositiveRupiah,
                      [](Scenario& s, double v) { s.grid.r_min = v; });
    formLabel(tr(l, "Omzet tertinggi (Rp/bulan)", "Highest revenue (Rp/month)"));
    rupiahNumberField(c, "r_max", "grid.r_max", g.r_max, kPositiveRupiah,
                      [](Scenario& s, double v) { s.grid.r_max = v; });
    formLabel(tr(l, "Bin per dekade", "Bins per decade"));
    intField(c, tr(l, "bin per dekade", "bins per decade"), "grid.bins_per_decade",
             g.bins_per_decade, 1, 48, [](Scenario& s, int v) { s.grid.bins_per_decade = v; });
    endForm();
}

struct CoreField {
    const char* key;
    const char* indonesian;
    const char* english;
    double CoreParameters::*member;
    double min, max;
    const char* format; // null: an amount in rupiah, typed as one (rupiahNumberField)
};

void parametersGroup(EditorContext& c) {
    static const CoreField kFields[] = {
        {"start_prob_monthly", "Peluang mulai usaha (/bulan)", "Start probability (/month)",
         &CoreParameters::start_prob_monthly, 0.0, 1.0, "%.4f"},
        {"closure_monthly_at_ref", "Peluang tutup di r_ref (/bulan)", "Closure at r_ref (/month)",
         &CoreParameters::closure_monthly_at_ref, 0.0, 1.0, "%.4f"},
        {"ref_revenue", "Omzet acuan r_ref (Rp/bulan)", "Reference revenue r_ref (Rp/month)",
         &CoreParameters::ref_revenue, 1.0, kUnbounded, nullptr},
        {"closure_size_elasticity", "Elastisitas tutup (eta)", "Closure elasticity (eta)",
         &CoreParameters::closure_size_elasticity, -kUnbounded, kUnbounded, "%.3f"},
        {"drift_monthly", "Drift log omzet (/bulan)", "Log revenue drift (/month)",
         &CoreParameters::drift_monthly, -kUnbounded, kUnbounded, "%.4f"},
        {"volatility_monthly", "Volatilitas (/bulan)", "Volatility (/month)",
         &CoreParameters::volatility_monthly, 0.0, kUnbounded, "%.3f"},
        {"home_capacity", "Kapasitas rumahan (Rp/bulan)", "Home capacity (Rp/month)",
         &CoreParameters::home_capacity, 1.0, kUnbounded, nullptr},
        {"start_revenue_median", "Median omzet awal (Rp/bulan)", "Start revenue median (Rp/month)",
         &CoreParameters::start_revenue_median, 1.0, kUnbounded, nullptr},
        {"start_revenue_log_sd", "Simpangan log omzet awal", "Start revenue log-sd",
         &CoreParameters::start_revenue_log_sd, 0.0, kUnbounded, "%.3f"},
        {"margin", "Margin laba", "Profit margin", &CoreParameters::margin, 0.0, 1.0, "%.3f"},
        {"revenue_per_worker", "Omzet per pekerja (Rp/bulan)", "Revenue per worker (Rp/month)",
         &CoreParameters::revenue_per_worker, 1.0, kUnbounded, nullptr},
    };
    if (!beginForm("parameters_form")) return;
    for (const CoreField& f : kFields) {
        const char* label = tr(c.language, f.indonesian, f.english);
        formLabel(label);
        const auto member = f.member;
        const auto set = [member](Scenario& s, double v) { s.parameters.*member = v; };
        const std::string path = std::string("parameters.") + f.key;
        if (f.format)
            numberField(c, label, path, c.scenario.parameters.*member, f.min, f.max, f.format, set);
        else
            rupiahNumberField(c, label, path, c.scenario.parameters.*member, kPositiveRupiah, set);
    }
    endForm();
}

void simulationGroup(EditorContext& c) {
    const SimulationSettings& sim = c.scenario.simulation;
    const Language l = c.language;
    if (!beginForm("simulation_form")) return;
    formLabel(tr(l, "Mode", "Mode"));
    const std::vector<ComboOption> modes = {{"expected", tr(l, "harapan", "expected")},
                                            {"montecarlo", "Monte Carlo"},
                                            {"both", tr(l, "keduanya", "both")}};
    const char* mode = sim.mode == RunMode::Expected     ? "expected"
                       : sim.mode == RunMode::MonteCarlo ? "montecarlo"
                                                         : "both";
    comboField(c, tr(l, "mode", "mode"), "simulation.mode", mode, modes,
               [](Scenario& s, std::string v) {
                   s.simulation.mode = std::string_view(v) == "expected"     ? RunMode::Expected
                                       : std::string_view(v) == "montecarlo" ? RunMode::MonteCarlo
                                                                             : RunMode::Both;
               });
    formLabel(tr(l, "Replikasi", "Replications"));
    countField(c, tr(l, "replikasi", "replications"), "simulation.replications", sim.replications,
               1, 100'000, [](Scenario& s, int v) { s.simulation.replications = v; });
    valueList(
        c, tr(l, "Kuantil", "Quantiles"), "simulation.quantiles", sim.quantiles,
        [](Scenario& s) -> std::vector<double>& { return s.simulation.quantiles; }, 0.5,
        [&c](const std::string& path, double value, Setter<double> set) {
            numberField(c, tr(c.language, "kuantil", "quantile"), path, value, 0.001, 0.999, "%.3f",
                        set);
        });
    formLabel(tr(l, "Diskonto (/tahun)", "Discount rate (/year)"));
    numberField(c, tr(l, "diskonto", "discount rate"), "simulation.discount_rate_annual",
                sim.discount_rate_annual, 0.0, 0.99, "%.3f",
                [](Scenario& s, double v) { s.simulation.discount_rate_annual = v; });
    formLabel(tr(l, "Thread (0: semua inti)", "Threads (0: all cores)"));
    intField(c, tr(l, "thread", "threads"), "simulation.threads", sim.threads, 0, 256,
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

void drawBudgetSection(EditorContext& c) {
    const Budget& b = c.scenario.budget;
    const Language l = c.language;
    if (beginForm("budget_form")) {
        formLabel(tr(l, "Pagu", "Envelope"),
                  tr(l, "Batas biaya rencana seluruh horizon; 0: tanpa pagu",
                     "Ceiling on the planned costs of the whole horizon; 0: none"));
        rupiahField(c, tr(l, "pagu", "envelope"), "budget.envelope", b.envelope,
                    [](Scenario& s, Rupiah v) { s.budget.envelope = v; });
        endForm();
    }

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
            intField(c, tr(l, "tahun", "year"), path + ".year", b.fiscal_years[i].year, 1900, 9999,
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

    ImGui::Spacing();
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
            formLabel(tr(l, "Jumlah (Rp/bulan)", "Amount (Rp/month)"));
            rupiahField(c, tr(l, "jumlah", "amount"), path + ".amount", line.amount,
                        [i](Scenario& s, Rupiah v) { s.budget.lines[i].amount = v; });
            formLabel(tr(l, "Bulan pertama", "First month"));
            intField(c, tr(l, "bulan pertama", "first month"), path + ".month", line.month, 0, 1200,
                     [i](Scenario& s, int v) { s.budget.lines[i].month = v; });
            formLabel(tr(l, "Berulang (bulan)", "Repeats (months)"));
            intField(c, tr(l, "bulan berulang", "repeat months"), path + ".repeat_months",
                     line.repeat_months, 1, 1200,
                     [i](Scenario& s, int v) { s.budget.lines[i].repeat_months = v; });
            endForm();
        }
        ImGui::PopID();
    }
    c.focus.before("budget.lines", false);
    if (addButton(tr(l, "baris biaya", "cost line"))) addRow(c.app, EditorTable::BudgetLines);
    c.focus.after("budget.lines");
}

} // namespace nk::gui
