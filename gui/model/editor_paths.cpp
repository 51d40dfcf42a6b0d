#include "model/editor_paths.hpp"

#include <charconv>

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

// Reads "[N]" at the front of `rest`; the index and what follows, or nothing.
std::optional<std::size_t> takeIndex(std::string_view& rest) {
    if (rest.size() < 3 || rest.front() != '[') return std::nullopt;
    const std::size_t close = rest.find(']');
    if (close == std::string_view::npos || close == 1) return std::nullopt;
    std::size_t index = 0;
    const char* first = rest.data() + 1;
    const char* last = rest.data() + close;
    const auto [end, error] = std::from_chars(first, last, index);
    if (error != std::errc() || end != last) return std::nullopt;
    rest.remove_prefix(close + 1);
    return index;
}

// What follows a key: nothing, or ".field" (the dot is dropped). False when malformed.
bool takeField(std::string_view rest, std::string& field) {
    if (rest.empty()) return true;
    if (rest.front() != '.' || rest.size() == 1) return false;
    field = std::string(rest.substr(1));
    return true;
}

// The first key of `path` (up to '.' or '[').
std::string_view firstKey(std::string_view path) {
    return path.substr(0, std::min(path.find('.'), path.find('[')));
}

} // namespace

std::optional<EditorLocation> parseKeyPath(const std::string& keyPath) {
    std::string_view rest = keyPath;
    const std::string_view key = firstKey(rest);
    const TopLevel* top = nullptr;
    for (const TopLevel& t : kTopLevel)
        if (key == t.key) top = &t;
    if (!top) return std::nullopt;
    rest.remove_prefix(key.size());

    EditorLocation location;
    location.section = top->section;
    if (top->isList) {
        location.table = top->key;
        if (!rest.empty() && rest.front() == '[') {
            location.row = takeIndex(rest);
            if (!location.row) return std::nullopt;
        }
        if (!takeField(rest, location.field)) return std::nullopt;
        return location;
    }
    if (top->section == EditorSection::Settings) location.group = top->key;
    if (!takeField(rest, location.field)) return std::nullopt;
    if (top->section == EditorSection::Budget) {
        // budget.lines[2].amount: the row of the lines table and its field.
        std::string_view inner = location.field;
        const std::string_view table = firstKey(inner);
        for (const char* t : kBudgetTables)
            if (table == t && inner.size() > table.size() && inner[table.size()] == '[') {
                inner.remove_prefix(table.size());
                const auto row = takeIndex(inner);
                std::string field;
                if (!row || !takeField(inner, field)) return std::nullopt;
                location.table = "budget." + std::string(table);
                location.row = row;
                location.field = field;
            }
    }
    return location;
}

std::vector<std::string> enclosingPaths(const std::string& keyPath) {
    std::vector<std::string> out;
    std::string path = keyPath;
    while (!path.empty()) {
        out.push_back(path);
        const std::size_t cut = path.find_last_of(".[");
        path.resize(cut == std::string::npos ? 0 : cut);
    }
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
