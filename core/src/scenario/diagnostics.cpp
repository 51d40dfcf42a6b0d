#include "naikkelas/scenario/diagnostics.hpp"

#include <algorithm>

namespace nk {

void Diagnostics::error(std::string path, std::string message, std::string hint, int line,
                        int column) {
    m_items.push_back(
        {Severity::Error, {}, line, column, std::move(path), std::move(message), std::move(hint)});
}

void Diagnostics::warning(std::string path, std::string message, std::string hint, int line,
                          int column) {
    m_items.push_back({Severity::Warning,
                       {},
                       line,
                       column,
                       std::move(path),
                       std::move(message),
                       std::move(hint)});
}

bool Diagnostics::hasErrors() const {
    return std::any_of(m_items.begin(), m_items.end(),
                       [](const Diagnostic& d) { return d.severity == Severity::Error; });
}

void Diagnostics::setFile(const std::string& file) {
    for (auto& d : m_items)
        if (d.file.empty()) d.file = file;
}

void Diagnostics::append(const Diagnostics& other) {
    m_items.insert(m_items.end(), other.m_items.begin(), other.m_items.end());
}

void SourcePositions::record(const std::string& path, int line, int column) {
    m_positions.emplace(path, Position{line, column});
}

void SourcePositions::relocate(const std::string& path, int line, int column) {
    for (auto it = m_positions.begin(); it != m_positions.end();) {
        const std::string& p = it->first;
        const bool under =
            p.compare(0, path.size(), path) == 0 &&
            (p.size() == path.size() || p[path.size()] == '.' || p[path.size()] == '[');
        if (under && line == 0) {
            it = m_positions.erase(it);
            continue;
        }
        if (under) it->second = {line, column};
        ++it;
    }
}

void SourcePositions::locate(Diagnostic& d) const {
    if (d.line > 0) return;
    std::string path = d.path;
    for (;;) {
        if (const auto it = m_positions.find(path); it != m_positions.end()) {
            d.line = it->second.line;
            d.column = it->second.column;
            return;
        }
        if (path.empty()) return;
        const std::size_t cut = path.find_last_of(".[");
        path = cut == std::string::npos ? std::string() : path.substr(0, cut);
    }
}

std::string formatDiagnostic(const Diagnostic& d) {
    std::string out = d.file.empty() ? std::string("<input>") : d.file;
    if (d.line > 0) {
        out += ':' + std::to_string(d.line);
        if (d.column > 0) out += ':' + std::to_string(d.column);
    }
    out += d.severity == Severity::Error ? ": error: " : ": warning: ";
    if (!d.path.empty()) out += d.path + ": ";
    out += d.message;
    if (!d.hint.empty()) out += " (" + d.hint + ")";
    return out;
}

namespace {
std::size_t editDistance(const std::string& a, const std::string& b) {
    std::vector<std::size_t> row(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diag = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t up = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diag + (a[i - 1] != b[j - 1])});
            diag = up;
        }
    }
    return row[b.size()];
}
} // namespace

std::string closestMatch(const std::string& word, const std::vector<std::string>& candidates) {
    std::string best;
    std::size_t bestDistance = std::max<std::size_t>(2, word.size() / 3) + 1;
    for (const auto& c : candidates) {
        const std::size_t d = editDistance(word, c);
        if (d < bestDistance) {
            bestDistance = d;
            best = c;
        }
    }
    return best;
}

} // namespace nk
