// Where a key path (as diagnostics name it: cohorts[0].participants,
// clusters[2].equipment[0].units, plugins[1].params.effect_scale, budget.envelope) sits in
// the scenario editor: its section, the row of the section's table and the field within
// the row. Key paths are read by the core (naikkelas/scenario/key_path.hpp); no ImGui, so
// that the editor's navigation is tested alone.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace nk::gui {

// The editor's sections, in the order they are drawn.
enum class EditorSection { Settings, Budget, Programs, Equipment, Clusters, Cohorts, Plugins };

inline constexpr EditorSection kEditorSections[] = {
    EditorSection::Settings,  EditorSection::Budget,   EditorSection::Programs,
    EditorSection::Equipment, EditorSection::Clusters, EditorSection::Cohorts,
    EditorSection::Plugins};

struct EditorLocation {
    EditorSection section = EditorSection::Settings;
    // Settings only: the top-level key the field belongs to (scenario, size_classes, grid,
    // parameters, simulation), each drawn as a group of its own.
    std::string group;
    std::string table;              // the list `row` indexes: "cohorts", "budget.lines"; or empty
    std::optional<std::size_t> row; // the entry of `table`
    std::string field;              // what follows: "participants", "equipment[0].units"
    bool operator==(const EditorLocation&) const = default;
};

// Nothing when the path names no editable part of a scenario (empty, "naikkelas", an
// unknown top-level key, not a key path). An entry named by its id (cohorts[blimbing])
// names no widget either: widgets are named by index, as diagnostics name entries.
std::optional<EditorLocation> locateKeyPath(std::string_view keyPath);

// The path itself and then each enclosing path, most specific first:
// clusters[2].equipment[0].units, clusters[2].equipment[0], clusters[2].equipment,
// clusters[2], clusters. A diagnostic whose exact key has no widget is shown at the
// nearest enclosing one that has.
std::vector<std::string> enclosingPaths(const std::string& keyPath);

// Whether `keyPath` is `ancestor` or lies inside it: cohorts[0].id is within cohorts[0]
// and cohorts, not within cohort; everything is within the root, "".
bool isWithinPath(const std::string& keyPath, const std::string& ancestor);

// "cohorts" and 2 give "cohorts[2]".
std::string indexedPath(const std::string& list, std::size_t index);

} // namespace nk::gui
