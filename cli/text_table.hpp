// Aligned plain-text tables for the terminal summary. Widths count UTF-8 code points, so
// "–", "≥" and Indonesian text line up as they appear on screen.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace nk::cli {

// Code points in a UTF-8 string (every one taken as one column wide).
std::size_t displayWidth(std::string_view text);

class TextTable {
public:
    enum class Align { Left, Right };

    // Alignment of each column; columns beyond the list are left-aligned.
    explicit TextTable(std::vector<Align> align = {});

    void addRow(std::vector<std::string> cells);
    // A row printed as is (a sub-heading), not taking part in column widths.
    void addLine(std::string text);

    // Each row indented, columns separated by `gap` spaces, trailing spaces trimmed.
    std::string render(std::size_t indent = 2, std::size_t gap = 3) const;

private:
    struct Row {
        std::vector<std::string> cells;
        bool line = false;
    };
    std::vector<Align> m_align;
    std::vector<Row> m_rows;
};

} // namespace nk::cli
