#include "model/markdown.hpp"

#include <cctype>

namespace nk::gui {

namespace {

std::string_view trim(std::string_view s) {
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
    return s;
}

std::size_t indentOf(std::string_view line) {
    std::size_t n = 0;
    while (n < line.size() && line[n] == ' ') ++n;
    return n;
}

bool isBullet(std::string_view trimmed) {
    return trimmed.size() >= 2 && (trimmed[0] == '-' || trimmed[0] == '*') && trimmed[1] == ' ';
}

int headingLevel(std::string_view line) {
    int level = 0;
    while (static_cast<std::size_t>(level) < line.size() &&
           line[static_cast<std::size_t>(level)] == '#')
        ++level;
    const bool spaced = static_cast<std::size_t>(level) < line.size() &&
                        line[static_cast<std::size_t>(level)] == ' ';
    return level >= 1 && level <= 6 && spaced ? level : 0;
}

std::vector<std::string> tableCells(std::string_view line) {
    line = trim(line);
    if (!line.empty() && line.front() == '|') line.remove_prefix(1);
    if (!line.empty() && line.back() == '|') line.remove_suffix(1);
    std::vector<std::string> cells;
    std::size_t start = 0;
    for (std::size_t i = 0; i <= line.size(); ++i) {
        const bool escaped = i > 0 && i < line.size() && line[i - 1] == '\\';
        if (i == line.size() || (line[i] == '|' && !escaped)) {
            cells.push_back(stripInlineMarks(trim(line.substr(start, i - start))));
            start = i + 1;
        }
    }
    return cells;
}

bool isTableSeparator(std::string_view trimmed) {
    if (trimmed.empty() || trimmed.front() != '|') return false;
    for (char c : trimmed)
        if (c != '|' && c != '-' && c != ':' && c != ' ') return false;
    return true;
}

std::vector<std::string_view> splitLines(std::string_view text) {
    std::vector<std::string_view> lines;
    std::size_t start = 0;
    while (start <= text.size()) {
        const std::size_t end = text.find('\n', start);
        if (end == std::string_view::npos) {
            if (start < text.size()) lines.push_back(text.substr(start));
            break;
        }
        lines.push_back(text.substr(start, end - start));
        start = end + 1;
    }
    return lines;
}

} // namespace

std::string stripInlineMarks(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '`') continue;
        if (c == '*' && i + 1 < text.size() && text[i + 1] == '*') {
            ++i;
            continue;
        }
        if (c == '\\' && i + 1 < text.size() && text[i + 1] == '|') continue;
        if (c == '[') {
            const std::size_t close = text.find("](", i);
            const std::size_t end = close == std::string_view::npos ? close : text.find(')', close);
            if (end != std::string_view::npos) {
                out += stripInlineMarks(text.substr(i + 1, close - i - 1));
                i = end;
                continue;
            }
        }
        out += c;
    }
    return out;
}

std::vector<MarkdownBlock> parseMarkdown(std::string_view text) {
    std::vector<MarkdownBlock> blocks;
    const std::vector<std::string_view> lines = splitLines(text);
    // A paragraph or bullet continues over following plain lines; rows extend a table.
    constexpr std::size_t kNone = static_cast<std::size_t>(-1);
    std::size_t open = kNone; // index of the block a plain line continues
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const std::string_view line = lines[i];
        const std::string_view t = trim(line);
        if (t.rfind("```", 0) == 0) {
            MarkdownBlock code{MarkdownBlockKind::Code, 0, {}, {}};
            for (++i; i < lines.size() && trim(lines[i]).rfind("```", 0) != 0; ++i) {
                if (!code.text.empty()) code.text += '\n';
                code.text += lines[i];
            }
            blocks.push_back(std::move(code));
            open = kNone;
        } else if (t.empty()) {
            open = kNone;
        } else if (const int level = headingLevel(t)) {
            blocks.push_back({MarkdownBlockKind::Heading,
                              level,
                              stripInlineMarks(trim(t.substr(static_cast<std::size_t>(level)))),
                              {}});
            open = kNone;
        } else if (t.front() == '|') {
            if (open == kNone || blocks[open].kind != MarkdownBlockKind::Table) {
                blocks.push_back({MarkdownBlockKind::Table, 0, {}, {}});
                open = blocks.size() - 1;
            }
            if (!isTableSeparator(t)) blocks[open].rows.push_back(tableCells(t));
        } else if (isBullet(t)) {
            blocks.push_back({MarkdownBlockKind::Bullet,
                              static_cast<int>(indentOf(line) / 2),
                              stripInlineMarks(trim(t.substr(2))),
                              {}});
            open = blocks.size() - 1;
        } else if (open != kNone && blocks[open].kind != MarkdownBlockKind::Table) {
            blocks[open].text += ' ';
            blocks[open].text += stripInlineMarks(t);
        } else {
            blocks.push_back({MarkdownBlockKind::Paragraph, 0, stripInlineMarks(t), {}});
            open = blocks.size() - 1;
        }
    }
    return blocks;
}

} // namespace nk::gui
