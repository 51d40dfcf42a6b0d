// Internal to core/src/io: YAML text for new or changed parts of a file, in that file's
// style: its indentation steps, and block or flow collections as a sibling entry of the
// file writes them (the template node), else as the full writer does.
#pragma once

#include "scenario_tree.hpp"

#include <yaml-cpp/yaml.h>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace nk::io::detail {

// Indentation of a file, measured where it first shows (2, 2, 2 when it never does).
struct YamlLayout {
    std::size_t mapStep = 2;  // a nested mapping's keys, right of its parent key
    std::size_t seqStep = 2;  // a block list's `-`, right of its parent key
    std::size_t itemStep = 2; // an item mapping's keys, right of its `-`
    std::string newline = "\n";
};

class YamlRenderer {
public:
    explicit YamlRenderer(YamlLayout layout) : m_layout(std::move(layout)) {}
    const YamlLayout& layout() const { return m_layout; }

    // A scalar as plain text when it reads back the same, else double-quoted.
    std::string scalar(const YamlTree& value, bool inFlow) const;
    std::string doubleQuoted(std::string_view text) const;
    // Single-quoted, or nothing when the text holds characters only double quotes escape.
    std::optional<std::string> singleQuoted(std::string_view text) const;
    // The lines of a `|` or `>` scalar holding `text`, each indented by `indent`, and the
    // header to use (same style, chomping as needed); nothing when the style cannot hold
    // the text exactly. `width` is where `>` text is wrapped.
    struct BlockScalar {
        std::string header;
        std::string body; // starts with a newline
    };
    std::optional<BlockScalar> blockScalar(char style, std::string_view text, std::size_t indent,
                                           std::size_t width) const;

    std::string flow(const YamlTree& value) const;
    // `key: value` (or `key:` and the nested lines) for a mapping whose keys sit at `indent`.
    std::string entry(const std::string& key, const YamlTree& value, std::size_t indent,
                      const YAML::Node& templ) const;
    // What follows `key:`: " value", or a newline and the nested block.
    std::string afterKey(const YamlTree& value, std::size_t indent, const YAML::Node& templ) const;
    // One list item whose `-` sits at `dash`, with its leading spaces.
    std::string item(const YamlTree& value, std::size_t dash, const YAML::Node& templ) const;

    // Whether a collection is written on one line: empty ones always; else as the
    // template (a non-empty sibling of the same kind) is, else as the full writer does.
    bool writesFlow(const YamlTree& value, const YAML::Node& templ) const;

private:
    std::string blockMap(const YamlTree& value, std::size_t indent, const YAML::Node& templ) const;

    YamlLayout m_layout;
};

} // namespace nk::io::detail
