// Internal to core/src/io: where the nodes of a parsed YAML text are in that text.
// yaml-cpp marks only where a node starts; the ends, the lines around a node and the
// comments above it are found here by reading the text, just enough YAML to follow the
// scenario files people write (plain, quoted and block scalars, block and flow
// collections, comments). Anything it cannot follow is reported as nothing, never guessed.
#pragma once

#include <yaml-cpp/yaml.h>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace nk::io::detail {

struct Span {
    std::size_t begin = 0;
    std::size_t end = 0;
};

class YamlSource {
public:
    explicit YamlSource(std::string_view text);

    std::string_view text() const { return m_text; }
    const std::string& newline() const { return m_newline; } // "\n" or "\r\n", as the file has

    std::size_t offset(const YAML::Mark& mark) const; // byte offset of a node's start
    std::size_t lineStart(std::size_t at) const;
    // Where the line holding `at` ends: its "\n" (or "\r\n"), or the end of the text.
    std::size_t lineEnd(std::size_t at) const;
    std::size_t nextLineStart(std::size_t at) const; // after the newline, or the text's end
    std::size_t column(std::size_t at) const { return at - lineStart(at); }
    bool startsLine(std::size_t at) const; // only spaces before it on its line
    // The first of the comment-only lines directly above the line holding `at` (no blank
    // line between), or that line's start when there are none.
    std::size_t commentsAbove(std::size_t at) const;
    // Blank lines between the end of one line and the line holding `at`.
    int blankLinesBefore(std::size_t lineEndOfPrevious, std::size_t at) const;

    // The text of a node: a scalar with its quotes or block header, a collection up to its
    // last character. Null nodes have no span here (see valueSpan).
    std::optional<Span> span(const YAML::Node& node, bool inFlow) const;
    // The value of a mapping entry; an empty or `~` value gives the (possibly empty) span
    // just after the colon.
    std::optional<Span> valueSpan(const YAML::Node& key, const YAML::Node& value,
                                  bool inFlow) const;
    std::optional<Span> keySpan(const YAML::Node& key, bool inFlow) const;
    // Just after the `:` that follows a key.
    std::optional<std::size_t> afterColon(const YAML::Node& key, bool inFlow) const;
    // The `-` of a block sequence item.
    std::optional<std::size_t> dashOf(const YAML::Node& item) const;

private:
    std::optional<std::size_t> scalarEnd(const YAML::Node& node, std::size_t begin,
                                         bool inFlow) const;
    std::optional<std::size_t> plainEnd(std::size_t begin, bool inFlow) const;
    std::optional<std::size_t> blockScalarEnd(std::size_t begin) const;
    std::optional<std::size_t> flowEnd(std::size_t begin) const;

    std::string_view m_text;
    std::size_t m_bom = 0; // yaml-cpp's positions skip a UTF-8 byte order mark
    std::string m_newline = "\n";
};

} // namespace nk::io::detail
