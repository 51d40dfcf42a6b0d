#include "model/editor_paths.hpp"

#include "naikkelas/scenario/key_path.hpp"

#include <cstddef>
#include <utility>

namespace nk::gui {

namespace {

struct TopLevel {
    const char* key;
    EditorSection section;
    bool isList; // the key is itself a table (programs[3])
};

constexpr TopLevel kTopLevel[] = {
    {"scenario", EditorSection::Settings, false},
    {"size_classes", EditorSection::Settings, false},
    {"grid", EditorSection::Settings, false},
    {"parameters", EditorSection::Settings, false},
    {"simulation", EditorSection::Settings, false},
    {"budget", EditorSection::Budget, false},
    {"programs", EditorSection::Programs, true},
    {"equipment", EditorSection::Equipment, true},
    {"clusters", EditorSection::Clusters, true},
    {"cohorts", EditorSection::Cohorts, true},
    {"plugins", EditorSection::Plugins, true},
};

// The tables inside the budget section.
constexpr const char* kBudgetTables[] = {"fiscal_years", "lines"};

// The steps from `from` on as a key path; nothing when they start with an index (a
// field is a key: `cohorts[0][1]` names nothing).
std::optional<std::string> fieldFrom(const std::vector<KeyStep>& steps, std::size_t from) {
    if (from >= steps.size()) return std::string{};
    if (steps[from].kind != KeyStep::Kind::Key) return std::nullopt;
    return formatKeyPath({steps.begin() + static_cast<std::ptrdiff_t>(from), steps.end()});
}

} // namespace

std::optional<EditorLocation> locateKeyPath(std::string_view keyPath) {
    const std::optional<std::vector<KeyStep>> steps = parseKeyPath(keyPath);
    if (!steps) return std::nullopt;
    for (const KeyStep& step : *steps)
        if (step.kind == KeyStep::Kind::Id) return std::nullopt;
    const TopLevel* top = nullptr;
    for (const TopLevel& t : kTopLevel)
        if (steps->front().name == t.key) top = &t;
    if (!top) return std::nullopt;

    EditorLocation location;
    location.section = top->section;
    std::size_t fieldStart = 1;
    if (top->isList) {
        location.table = top->key;
        if (steps->size() > 1 && (*steps)[1].kind == KeyStep::Kind::Index) {
            location.row = (*steps)[1].index;
            fieldStart = 2;
        }
    } else if (top->section == EditorSection::Settings) {
        location.group = top->key;
    } else if (steps->size() > 2 && (*steps)[2].kind == KeyStep::Kind::Index) {
        // budget.lines[2].amount: the row of the lines table and its field.
        for (const char* table : kBudgetTables)
            if ((*steps)[1].name == table) {
                location.table = "budget." + (*steps)[1].name;
                location.row = (*steps)[2].index;
                fieldStart = 3;
            }
    }
    std::optional<std::string> field = fieldFrom(*steps, fieldStart);
    if (!field) return std::nullopt;
    location.field = std::move(*field);
    return location;
}

std::vector<std::string> enclosingPaths(const std::string& keyPath) {
    std::optional<std::vector<KeyStep>> steps = parseKeyPath(keyPath);
    if (!steps) return keyPath.empty() ? std::vector<std::string>{} : std::vector{keyPath};
    std::vector<std::string> out;
    for (; !steps->empty(); steps->pop_back()) out.push_back(formatKeyPath(*steps));
    return out;
}

bool isWithinPath(const std::string& keyPath, const std::string& ancestor) {
    if (ancestor.empty() || keyPath == ancestor) return true;
    return keyPath.size() > ancestor.size() && keyPath.compare(0, ancestor.size(), ancestor) == 0 &&
           (keyPath[ancestor.size()] == '.' || keyPath[ancestor.size()] == '[');
}

std::string indexedPath(const std::string& list, std::size_t index) {
    return list + "[" + std::to_string(index) + "]";
}

} // namespace nk::gui
