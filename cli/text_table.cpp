#include "text_table.hpp"

#include <algorithm>

namespace nk::cli {

std::size_t displayWidth(std::string_view text) {
    // Continuation bytes are 10xxxxxx; every other byte starts a code point.
    return static_cast<std::size_t>(std::count_if(text.begin(), text.end(), [](char c) {
        return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    }));
}

TextTable::TextTable(std::vector<Align> align) : m_align(std::move(align)) {}

void TextTable::addRow(std::vector<std::string> cells) {
    m_rows.push_back({std::move(cells)});
}

void TextTable::addLine(std::string text) {
    m_rows.push_back({{std::move(text)}, true});
}

std::string TextTable::render(std::size_t indent, std::size_t gap) const {
    std::vector<std::size_t> widths;
    for (const auto& row : m_rows) {
        if (row.line) continue;
        if (widths.size() < row.cells.size()) widths.resize(row.cells.size(), 0);
        for (std::size_t c = 0; c < row.cells.size(); ++c)
            widths[c] = std::max(widths[c], displayWidth(row.cells[c]));
    }
    std::string out;
    for (const auto& row : m_rows) {
        std::string line(indent, ' ');
        if (row.line) {
            line += row.cells.front();
        } else {
            for (std::size_t c = 0; c < row.cells.size(); ++c) {
                const std::string& cell = row.cells[c];
                const std::size_t pad = widths[c] - displayWidth(cell);
                const bool right = c < m_align.size() && m_align[c] == Align::Right;
                if (c > 0) line.append(gap, ' ');
                if (right) line.append(pad, ' ');
                line += cell;
                if (!right) line.append(pad, ' ');
            }
        }
        while (!line.empty() && line.back() == ' ') line.pop_back();
        out += line;
        out += '\n';
    }
    return out;
}

} // namespace nk::cli
