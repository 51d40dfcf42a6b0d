// docs/scenario-format.md against the schema: every key the schema has is documented in
// its section's table with the schema's unit, default and range, and every documented key
// exists. The page keeps its prose (meanings, rules across keys); the numbers are checked.
#include "naikkelas/scenario/schema.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

namespace fs = std::filesystem;
using nk::schema::Kind;

namespace {

struct DocRow {
    int line = 0;
    std::map<std::string, std::string> cells; // by column title: key, type, unit, ...
};

std::string trim(const std::string& s) {
    const auto first = s.find_first_not_of(' ');
    if (first == std::string::npos) return {};
    return s.substr(first, s.find_last_not_of(' ') - first + 1);
}

std::vector<std::string> cellsOf(const std::string& line) {
    std::vector<std::string> cells;
    std::stringstream in(line.substr(1));
    for (std::string cell; std::getline(in, cell, '|');) cells.push_back(trim(cell));
    return cells;
}

std::string unquoted(std::string s, char quote) {
    if (s.size() >= 2 && s.front() == quote && s.back() == quote) return s.substr(1, s.size() - 2);
    return s;
}

const nk::schema::SchemaField* schemaField(const std::string& path) {
    for (const auto& f : nk::schema::allFields())
        if (f.path == path) return &f;
    return nullptr;
}

// The key tables of the page by schema path (`cohorts[].participants`), and the sections
// given a heading of their own.
void readPage(const std::string& text, std::map<std::string, DocRow>& rows,
              std::vector<std::string>& headings) {
    std::istringstream lines(text);
    std::string prefix;
    std::vector<std::string> titles;
    int number = 0;
    for (std::string line; std::getline(lines, line);) {
        ++number;
        if (line.rfind("## `", 0) == 0) {
            const std::string key = line.substr(4, line.find('`', 4) - 4);
            headings.push_back(key);
            const auto* f = schemaField(key);
            prefix = !f || f->path == "naikkelas"     ? ""
                     : f->info->kind == Kind::Entries ? key + "[]"
                                                      : key;
        } else if (line.rfind("Each `", 0) == 0) {
            const std::string key = line.substr(6, line.find('`', 6) - 6);
            const std::string section = prefix.substr(0, prefix.find('.'));
            prefix = (prefix.find('.') == std::string::npos ? prefix : section) + "." + key + "[]";
        } else if (line.rfind("| key |", 0) == 0) {
            titles = cellsOf(line);
        } else if (line.rfind("| `", 0) == 0 && !titles.empty()) {
            const std::vector<std::string> cells = cellsOf(line);
            DocRow row;
            row.line = number;
            for (std::size_t i = 0; i < titles.size() && i < cells.size(); ++i)
                row.cells[titles[i]] = cells[i];
            const std::string key = unquoted(row.cells["key"], '`');
            rows[prefix.empty() ? key : prefix + "." + key] = row;
        }
    }
}

std::string docPage() {
    const fs::path page =
        fs::path(__FILE__).parent_path().parent_path().parent_path() / "docs/scenario-format.md";
    std::ifstream in(page);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

// `range` in the text, not as the start of a longer number ("1 to 100" in "1 to 1000").
bool statesRange(const std::string& text, const std::string& range) {
    for (auto at = text.find(range); at != std::string::npos; at = text.find(range, at + 1)) {
        const std::size_t end = at + range.size();
        if (end == text.size() || !std::isdigit(static_cast<unsigned char>(text[end]))) return true;
    }
    return false;
}

bool sameDefault(const nk::schema::SchemaField& f, const std::string& documented) {
    const std::string doc = unquoted(documented, '`');
    switch (f.info->kind) {
    case Kind::Integer:
    case Kind::Rupiah:
    case Kind::Seed:
    case Kind::Number:
        return std::stod(doc) == std::stod(f.defaultText);
    case Kind::Text:
        return unquoted(doc, '"') == unquoted(f.defaultText, '"');
    default:
        return doc == f.defaultText;
    }
}

} // namespace

TEST_CASE("docs/scenario-format.md states every key of the schema with its unit, default "
          "and range") {
    const std::string text = docPage();
    REQUIRE_FALSE(text.empty());
    std::map<std::string, DocRow> rows;
    std::vector<std::string> headings;
    readPage(text, rows, headings);
    for (const auto& f : nk::schema::allFields()) {
        CAPTURE(f.path);
        const bool ownHeading = f.path.find('.') == std::string::npos && f.path != "naikkelas";
        if (ownHeading) {
            CHECK(std::find(headings.begin(), headings.end(), f.path) != headings.end());
            continue;
        }
        const auto row = rows.find(f.path);
        CHECK_MESSAGE(row != rows.end(), "not documented");
        if (row == rows.end()) continue;
        auto cells = row->second.cells;
        CAPTURE(row->second.line);
        if (cells.count("unit")) CHECK(cells["unit"] == f.info->unit);
        if (f.info->required())
            CHECK(cells["default"] == "required");
        else if (!f.defaultText.empty() && f.info->kind != Kind::Section)
            CHECK(sameDefault(f, cells["default"]));
        const std::string range = nk::schema::describeRange(*f.info);
        if (!range.empty() && f.info->crossBound.empty())
            CHECK_MESSAGE(statesRange(cells["valid"], range),
                          "expected `" << range << "` in: " << cells["valid"]);
        for (const auto choice : f.info->choices)
            CHECK(cells["type"].find("`" + std::string(choice) + "`") != std::string::npos);
    }
    for (const auto& [path, row] : rows) {
        CAPTURE(path);
        CAPTURE(row.line);
        CHECK_MESSAGE(schemaField(path) != nullptr, "documented, but not a key of the schema");
    }
    CHECK(rows.size() > 70);
}
