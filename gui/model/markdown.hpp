// A small Markdown reader for the Help window (pure, no ImGui): it splits a document
// into the blocks our docs use (headings, paragraphs, bullet items, fenced code, tables)
// and strips inline marks (**bold**, `code`, [text](link)) to plain text.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace nk::gui {

enum class MarkdownBlockKind { Heading, Paragraph, Bullet, Code, Table };

struct MarkdownBlock {
    MarkdownBlockKind kind = MarkdownBlockKind::Paragraph;
    int level = 0;                              // heading: 1..6; bullet: nesting depth from 0
    std::string text;                           // plain text (code keeps its lines and spacing)
    std::vector<std::vector<std::string>> rows; // table: header row first, no separator row
};

std::vector<MarkdownBlock> parseMarkdown(std::string_view text);

// "**a** `b` [c](d)" -> "a b c".
std::string stripInlineMarks(std::string_view text);

} // namespace nk::gui
