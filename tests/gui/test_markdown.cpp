// The Help window's Markdown reader: every block kind our docs use, inline marks removed.
#include "model/markdown.hpp"

#include <doctest/doctest.h>

using nk::gui::MarkdownBlockKind;
using nk::gui::parseMarkdown;
using nk::gui::stripInlineMarks;

TEST_CASE("inline marks are stripped to plain text") {
    CHECK(stripInlineMarks("**Grid.** uses `B` bins, see [the model](model.md).") ==
          "Grid. uses B bins, see the model.");
    CHECK(stripInlineMarks("a \\| b") == "a | b");
    CHECK(stripInlineMarks("[unclosed link") == "[unclosed link");
}

TEST_CASE("headings, paragraphs joined over lines, bullets with depth") {
    const auto blocks = parseMarkdown("# Title\n\nFirst line\nsecond line.\n\n- one\n  more\n"
                                      "  - nested\n## Sub\n");
    REQUIRE(blocks.size() == 5);
    CHECK(blocks[0].kind == MarkdownBlockKind::Heading);
    CHECK(blocks[0].level == 1);
    CHECK(blocks[0].text == "Title");
    CHECK(blocks[1].kind == MarkdownBlockKind::Paragraph);
    CHECK(blocks[1].text == "First line second line.");
    CHECK(blocks[2].kind == MarkdownBlockKind::Bullet);
    CHECK(blocks[2].level == 0);
    CHECK(blocks[2].text == "one more");
    CHECK(blocks[3].level == 1);
    CHECK(blocks[3].text == "nested");
    CHECK(blocks[4].level == 2);
}

TEST_CASE("fenced code keeps its lines; a # inside code is not a heading") {
    const auto blocks = parseMarkdown("```yaml\n# comment\n  key: 1\n```\nafter\n");
    REQUIRE(blocks.size() == 2);
    CHECK(blocks[0].kind == MarkdownBlockKind::Code);
    CHECK(blocks[0].text == "# comment\n  key: 1");
    CHECK(blocks[1].text == "after");
}

TEST_CASE("tables keep the header and rows, drop the separator row") {
    const auto blocks =
        parseMarkdown("| series | definition |\n|---|---|\n| `active` | a \\| b |\n\nx\n");
    REQUIRE(blocks.size() == 2);
    REQUIRE(blocks[0].kind == MarkdownBlockKind::Table);
    REQUIRE(blocks[0].rows.size() == 2);
    CHECK(blocks[0].rows[0] == std::vector<std::string>{"series", "definition"});
    CHECK(blocks[0].rows[1] == std::vector<std::string>{"active", "a | b"});
}

TEST_CASE("an unterminated code fence runs to the end without losing text") {
    const auto blocks = parseMarkdown("```\nline 1\nline 2");
    REQUIRE(blocks.size() == 1);
    CHECK(blocks[0].text == "line 1\nline 2");
}
