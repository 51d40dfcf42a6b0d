#include "panels/editor_actions.hpp"

#include "model/editor_paths.hpp"
#include "model/ui_text.hpp"

#include <algorithm>
#include <charconv>

namespace nk::gui {

namespace {

template <class T> std::vector<std::string> idsOf(const std::vector<T>& rows) {
    std::vector<std::string> ids;
    for (const T& row : rows) ids.push_back(row.id);
    return ids;
}

template <class T> void eraseAt(std::vector<T>& rows, std::size_t row) {
    if (row < rows.size()) rows.erase(rows.begin() + static_cast<std::ptrdiff_t>(row));
}

template <class T> T& appended(std::vector<T>& rows) {
    return rows.emplace_back();
}

bool contains(const std::vector<std::string>& list, const std::string& value) {
    return std::find(list.begin(), list.end(), value) != list.end();
}

// The calendar year of the scenario's start month, or 2025 when it does not read.
int startYear(const Scenario& s) {
    int year = 2025;
    const std::string& start = s.scenario.start;
    std::from_chars(start.data(), start.data() + std::min<std::size_t>(4, start.size()), year);
    return year;
}

// The row's name in a label: "add cohort", "remove budget line".
const char* rowNoun(EditorTable table, Language language) {
    switch (table) {
    case EditorTable::Programs:
        return tr(language, "program", "program");
    case EditorTable::Equipment:
        return tr(language, "peralatan", "equipment");
    case EditorTable::Clusters:
        return tr(language, "klaster", "cluster");
    case EditorTable::Cohorts:
        return tr(language, "kelompok", "cohort");
    case EditorTable::FiscalYears:
        return tr(language, "batas tahun anggaran", "fiscal-year limit");
    case EditorTable::BudgetLines:
        return tr(language, "baris anggaran", "budget line");
    }
    return "";
}

std::string label(AppState& app, const char* indonesian, const char* english,
                  const std::string& what) {
    return tr(app.settings().language, indonesian, english) + what;
}

// Renames `from` to `to` in every reference of `table`'s ids.
void followRename(Scenario& s, EditorTable table, const std::string& from, const std::string& to) {
    switch (table) {
    case EditorTable::Programs:
        for (Cohort& c : s.cohorts)
            if (c.program == from) c.program = to;
        break;
    case EditorTable::Equipment:
        for (Program& p : s.programs)
            if (p.kit == from) p.kit = to;
        for (Cluster& c : s.clusters)
            for (EquipmentAllocation& a : c.equipment)
                if (a.equipment == from) a.equipment = to;
        break;
    case EditorTable::Clusters:
        for (Cohort& c : s.cohorts)
            if (c.cluster == from) c.cluster = to;
        break;
    default:
        break;
    }
}

template <class T>
void renameIn(std::vector<T>& rows, std::size_t row, const std::string& id, Scenario& s,
              EditorTable table) {
    if (row >= rows.size()) return;
    const std::string old = rows[row].id;
    rows[row].id = id;
    const auto ids = idsOf(rows);
    // An emptied id keeps the references, so that typing a new one does not lose them.
    if (!old.empty() && !id.empty() && !contains(ids, old)) followRename(s, table, old, id);
}

} // namespace

const char* tableKeyPath(EditorTable table) {
    switch (table) {
    case EditorTable::Programs:
        return "programs";
    case EditorTable::Equipment:
        return "equipment";
    case EditorTable::Clusters:
        return "clusters";
    case EditorTable::Cohorts:
        return "cohorts";
    case EditorTable::FiscalYears:
        return "budget.fiscal_years";
    case EditorTable::BudgetLines:
        return "budget.lines";
    }
    return "";
}

std::size_t tableRowCount(const Scenario& s, EditorTable table) {
    switch (table) {
    case EditorTable::Programs:
        return s.programs.size();
    case EditorTable::Equipment:
        return s.equipment.size();
    case EditorTable::Clusters:
        return s.clusters.size();
    case EditorTable::Cohorts:
        return s.cohorts.size();
    case EditorTable::FiscalYears:
        return s.budget.fiscal_years.size();
    case EditorTable::BudgetLines:
        return s.budget.lines.size();
    }
    return 0;
}

std::vector<std::string> tableIds(const Scenario& s, EditorTable table) {
    switch (table) {
    case EditorTable::Programs:
        return idsOf(s.programs);
    case EditorTable::Equipment:
        return idsOf(s.equipment);
    case EditorTable::Clusters:
        return idsOf(s.clusters);
    case EditorTable::Cohorts:
        return idsOf(s.cohorts);
    default:
        return {};
    }
}

std::string uniqueId(const std::string& stem, const std::vector<std::string>& taken) {
    for (std::size_t n = taken.size() + 1;; ++n) {
        std::string id = stem + "_" + std::to_string(n);
        if (!contains(taken, id)) return id;
    }
}

const std::vector<std::string>& knownChannels() {
    static const std::vector<std::string> channels = {"online", "consignment", "pasar_umkm",
                                                      "offtake", "export"};
    return channels;
}

void addRow(Scenario& s, EditorTable table) {
    switch (table) {
    case EditorTable::Programs:
        appended(s.programs).id = uniqueId("program", idsOf(s.programs));
        break;
    case EditorTable::Equipment:
        appended(s.equipment).id = uniqueId("equipment", idsOf(s.equipment));
        break;
    case EditorTable::Clusters:
        appended(s.clusters).id = uniqueId("cluster", idsOf(s.clusters));
        break;
    case EditorTable::Cohorts: {
        // Another batch like the last one is the common case; the first one takes the
        // first program.
        Cohort cohort;
        if (!s.cohorts.empty()) {
            cohort = s.cohorts.back();
        } else {
            cohort.participants = 25;
            if (!s.programs.empty()) cohort.program = s.programs.front().id;
        }
        cohort.id = uniqueId("cohort", idsOf(s.cohorts));
        s.cohorts.push_back(cohort);
        break;
    }
    case EditorTable::FiscalYears: {
        FiscalYearLimit limit;
        limit.year =
            s.budget.fiscal_years.empty() ? startYear(s) : s.budget.fiscal_years.back().year + 1;
        s.budget.fiscal_years.push_back(limit);
        break;
    }
    case EditorTable::BudgetLines:
        s.budget.lines.emplace_back();
        break;
    }
}

void removeRow(Scenario& s, EditorTable table, std::size_t row) {
    switch (table) {
    case EditorTable::Programs:
        eraseAt(s.programs, row);
        break;
    case EditorTable::Equipment:
        eraseAt(s.equipment, row);
        break;
    case EditorTable::Clusters:
        eraseAt(s.clusters, row);
        break;
    case EditorTable::Cohorts:
        eraseAt(s.cohorts, row);
        break;
    case EditorTable::FiscalYears:
        eraseAt(s.budget.fiscal_years, row);
        break;
    case EditorTable::BudgetLines:
        eraseAt(s.budget.lines, row);
        break;
    }
}

void renameRow(Scenario& s, EditorTable table, std::size_t row, const std::string& id) {
    switch (table) {
    case EditorTable::Programs:
        renameIn(s.programs, row, id, s, table);
        break;
    case EditorTable::Equipment:
        renameIn(s.equipment, row, id, s, table);
        break;
    case EditorTable::Clusters:
        renameIn(s.clusters, row, id, s, table);
        break;
    case EditorTable::Cohorts:
        renameIn(s.cohorts, row, id, s, table);
        break;
    default:
        break;
    }
}

void addAllocation(Scenario& s, std::size_t cluster) {
    if (cluster >= s.clusters.size()) return;
    Cluster& c = s.clusters[cluster];
    std::vector<std::string> held;
    for (const auto& a : c.equipment) held.push_back(a.equipment);
    EquipmentAllocation allocation;
    allocation.units = 1;
    for (const Equipment& e : s.equipment)
        if (e.kind == EquipmentKind::Shared && allocation.equipment.empty() &&
            !contains(held, e.id))
            allocation.equipment = e.id;
    c.equipment.push_back(allocation);
}

void addChannel(Scenario& s, std::size_t cluster) {
    if (cluster >= s.clusters.size()) return;
    std::vector<std::string>& channels = s.clusters[cluster].channels;
    for (const std::string& known : knownChannels())
        if (!contains(channels, known)) {
            channels.push_back(known);
            return;
        }
    channels.push_back(uniqueId("channel", channels));
}

void setPluginParam(Scenario& s, std::size_t use, const std::string& name, ParamValue value) {
    if (use < s.plugins.size()) s.plugins[use].params[name] = std::move(value);
}

void addRow(AppState& app, EditorTable table) {
    const Language language = app.settings().language;
    app.edit(label(app, "tambah ", "add ", rowNoun(table, language)), tableKeyPath(table),
             [table](Scenario& s) { addRow(s, table); });
}

void removeRow(AppState& app, EditorTable table, std::size_t row) {
    const Language language = app.settings().language;
    app.edit(label(app, "hapus ", "remove ", rowNoun(table, language)), tableKeyPath(table),
             [table, row](Scenario& s) { removeRow(s, table, row); });
}

void renameRow(AppState& app, EditorTable table, std::size_t row, const std::string& id) {
    app.edit(tr(app.settings().language, "id", "id"), indexedPath(tableKeyPath(table), row) + ".id",
             [table, row, id](Scenario& s) { renameRow(s, table, row, id); });
}

void addAllocation(AppState& app, std::size_t cluster) {
    app.edit(label(app, "tambah ", "add ",
                   tr(app.settings().language, "peralatan bersama", "shared equipment")),
             indexedPath("clusters", cluster) + ".equipment",
             [cluster](Scenario& s) { addAllocation(s, cluster); });
}

void removeAllocation(AppState& app, std::size_t cluster, std::size_t allocation) {
    app.edit(label(app, "hapus ", "remove ",
                   tr(app.settings().language, "peralatan bersama", "shared equipment")),
             indexedPath("clusters", cluster) + ".equipment", [cluster, allocation](Scenario& s) {
                 if (cluster < s.clusters.size())
                     eraseAt(s.clusters[cluster].equipment, allocation);
             });
}

void addChannel(AppState& app, std::size_t cluster) {
    app.edit(label(app, "tambah ", "add ", tr(app.settings().language, "saluran", "channel")),
             indexedPath("clusters", cluster) + ".channels",
             [cluster](Scenario& s) { addChannel(s, cluster); });
}

void removeChannel(AppState& app, std::size_t cluster, std::size_t channel) {
    app.edit(label(app, "hapus ", "remove ", tr(app.settings().language, "saluran", "channel")),
             indexedPath("clusters", cluster) + ".channels", [cluster, channel](Scenario& s) {
                 if (cluster < s.clusters.size()) eraseAt(s.clusters[cluster].channels, channel);
             });
}

void addPlugin(AppState& app, const std::string& id) {
    app.edit(label(app, "tambah plugin ", "add plugin ", id), "plugins", [id](Scenario& s) {
        PluginUse use;
        use.id = id;
        s.plugins.push_back(use);
    });
}

void removePlugin(AppState& app, std::size_t use) {
    const auto& plugins = app.document().scenario().plugins;
    const std::string id = use < plugins.size() ? plugins[use].id : std::string();
    app.edit(label(app, "hapus plugin ", "remove plugin ", id), "plugins",
             [use](Scenario& s) { eraseAt(s.plugins, use); });
}

void setPluginParam(AppState& app, std::size_t use, const std::string& name, ParamValue value) {
    app.edit(name, indexedPath("plugins", use) + ".params." + name,
             [use, name, value](Scenario& s) { setPluginParam(s, use, name, value); });
}

void resetPluginParam(AppState& app, std::size_t use, const std::string& name) {
    app.edit(label(app, "bawaan ", "default ", name),
             indexedPath("plugins", use) + ".params." + name, [use, name](Scenario& s) {
                 if (use < s.plugins.size()) s.plugins[use].params.erase(name);
             });
}

} // namespace nk::gui
