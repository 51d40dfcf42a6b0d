// Problems found in user input, collected rather than thrown: each names the file,
// line, column, key path (`cohorts[2].participants`), what is wrong and what is valid.
#pragma once

#include <string>
#include <unordered_map>
#include <vector>

namespace nk {

enum class Severity { Error, Warning };

struct Diagnostic {
    Severity severity = Severity::Error;
    std::string file;
    int line = 0;     // 1-based; 0 when unknown
    int column = 0;   // 1-based; 0 when unknown
    std::string path; // key path, e.g. cohorts[2].participants
    std::string message;
    std::string hint; // what would be valid, "did you mean ...?"
};

class Diagnostics {
public:
    void add(Diagnostic d) { m_items.push_back(std::move(d)); }
    void error(std::string path, std::string message, std::string hint = {}, int line = 0,
               int column = 0);
    void warning(std::string path, std::string message, std::string hint = {}, int line = 0,
                 int column = 0);
    bool hasErrors() const;
    const std::vector<Diagnostic>& items() const { return m_items; }
    void setFile(const std::string& file); // fills the file of entries that have none
    void append(const Diagnostics& other);

private:
    std::vector<Diagnostic> m_items;
};

// Where each key path sits in a source file, so that checks made after loading (plugin
// availability, an edited value) can still point at a line.
class SourcePositions {
public:
    void record(const std::string& path, int line, int column);
    // Points `path` and every path under it at one place, or (line 0) at nowhere, so that
    // their parents are used: for values that did not come from the text.
    void relocate(const std::string& path, int line, int column);
    // Fills the line and column of a diagnostic that has none, from its path or, when the
    // key is not written, its nearest written parent.
    void locate(Diagnostic& d) const;
    // Whether the text wrote this key (a key the reader does not know is not recorded).
    bool has(const std::string& path) const { return m_positions.count(path) != 0; }

private:
    struct Position {
        int line = 0;
        int column = 0;
    };
    std::unordered_map<std::string, Position> m_positions;
};

// "file:line:column: error: path: message (hint)" as compilers print it.
std::string formatDiagnostic(const Diagnostic& d);

// The closest candidate within a small edit distance, or empty.
std::string closestMatch(const std::string& word, const std::vector<std::string>& candidates);

} // namespace nk
