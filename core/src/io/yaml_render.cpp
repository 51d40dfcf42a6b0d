#include "yaml_render.hpp"

#include "yaml_prescan.hpp"

#include <algorithm>
#include <cstdio>
#include <vector>

namespace nk::io::detail {

namespace {

bool isControl(char c) {
    const auto u = static_cast<unsigned char>(c);
    return u < 0x20 || u == 0x7F;
}

// Plain text a YAML reader gives back unchanged: no indicator in front, no `: ` or ` #`
// inside, no control characters, nothing a flow collection would split on.
bool plainSafe(std::string_view s, bool inFlow) {
    if (s.empty() || s.front() == ' ' || s.back() == ' ' || s.back() == ':') return false;
    constexpr std::string_view kIndicators = "?:,[]{}#&*!|>'\"%@`";
    const char first = s.front();
    if (kIndicators.find(first) != std::string_view::npos) return false;
    if (first == '-' && (s.size() == 1 || s[1] == ' ')) return false;
    for (std::size_t i = 0; i < s.size(); ++i) {
        const char c = s[i];
        if (isControl(c)) return false;
        if (inFlow && (c == ',' || c == '[' || c == ']' || c == '{' || c == '}')) return false;
        if (c == ':' && i + 1 < s.size() && s[i + 1] == ' ') return false;
        if (c == '#' && s[i - 1] == ' ') return false;
    }
    return true;
}

std::string spaces(std::size_t n) {
    return std::string(n, ' ');
}

YamlTree keyTree(const std::string& key) {
    YamlTree t;
    t.scalar = key;
    t.quoted = plainLooksTyped(key);
    return t;
}

YAML::Node childOf(const YAML::Node& templ, const std::string& key) {
    if (!templ.IsDefined() || !templ.IsMap()) return YAML::Node();
    const YAML::Node& constTempl = templ; // a const lookup never inserts the key
    const YAML::Node child = constTempl[key];
    return child.IsDefined() ? child : YAML::Node();
}

YAML::Node firstItemOf(const YAML::Node& templ) {
    if (!templ.IsDefined() || !templ.IsSequence() || templ.size() == 0) return YAML::Node();
    return templ[0];
}

// Splits a `>` paragraph at single spaces so that no line passes `width` where avoidable.
std::vector<std::string> wrap(std::string_view line, std::size_t width) {
    std::vector<std::string> out;
    while (line.size() > width) {
        std::size_t cut = std::string_view::npos;
        for (std::size_t i = 1; i + 1 < line.size(); ++i) {
            const bool single = line[i] == ' ' && line[i - 1] != ' ' && line[i + 1] != ' ';
            if (!single) continue;
            if (i > width && cut != std::string_view::npos) break;
            cut = i;
        }
        if (cut == std::string_view::npos) break;
        out.emplace_back(line.substr(0, cut));
        line.remove_prefix(cut + 1);
    }
    out.emplace_back(line);
    return out;
}

} // namespace

std::string YamlRenderer::scalar(const YamlTree& value, bool inFlow) const {
    if (!value.quoted && plainSafe(value.scalar, inFlow)) return value.scalar;
    return doubleQuoted(value.scalar);
}

std::string YamlRenderer::doubleQuoted(std::string_view text) const {
    std::string out = "\"";
    for (const char c : text) {
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (isControl(c)) {
                char buffer[8];
                std::snprintf(buffer, sizeof buffer, "\\x%02X",
                              static_cast<unsigned>(static_cast<unsigned char>(c)));
                out += buffer;
            } else {
                out += c;
            }
        }
    }
    return out + "\"";
}

std::optional<std::string> YamlRenderer::singleQuoted(std::string_view text) const {
    std::string out = "'";
    for (const char c : text) {
        if (isControl(c)) return std::nullopt;
        out += c;
        if (c == '\'') out += '\'';
    }
    return out + "'";
}

std::optional<YamlRenderer::BlockScalar> YamlRenderer::blockScalar(char style,
                                                                   std::string_view text,
                                                                   std::size_t indent,
                                                                   std::size_t width) const {
    std::size_t trailing = 0;
    while (trailing < text.size() && text[text.size() - 1 - trailing] == '\n') ++trailing;
    if (text.empty() || trailing > 1 || text.front() == '\n') return std::nullopt;
    text.remove_suffix(trailing);
    std::vector<std::string_view> parts;
    for (std::size_t begin = 0;;) {
        const std::size_t end = std::min(text.find('\n', begin), text.size());
        parts.push_back(text.substr(begin, end - begin));
        if (end == text.size()) break;
        begin = end + 1;
    }
    for (const std::string_view p : parts) {
        if (!p.empty() && (p.front() == ' ' || p.front() == '\t')) return std::nullopt;
        if (!p.empty() && (p.back() == ' ' || p.back() == '\t')) return std::nullopt;
        for (const char c : p)
            if (isControl(c) && c != '\t') return std::nullopt;
    }
    std::vector<std::string> lines;
    if (style == '|') {
        lines.assign(parts.begin(), parts.end());
    } else {
        // Folded: a single line break reads as a space, so each newline of the text is an
        // empty line, and long paragraphs may wrap.
        for (std::size_t i = 0; i < parts.size(); ++i) {
            if (i > 0) lines.emplace_back();
            if (parts[i].empty()) continue;
            const std::size_t room = width > indent + 20 ? width - indent : 20;
            for (auto& piece : wrap(parts[i], room)) lines.push_back(std::move(piece));
        }
    }
    BlockScalar out;
    out.header = std::string(1, style) + (trailing == 0 ? "-" : "");
    for (const auto& line : lines)
        out.body += m_layout.newline + (line.empty() ? std::string() : spaces(indent) + line);
    return out;
}

bool YamlRenderer::writesFlow(const YamlTree& value, const YAML::Node& templ) const {
    const bool empty =
        value.kind == YamlTree::Kind::Map ? value.entries.empty() : value.items.empty();
    if (empty) return true;
    const bool sameKind = value.kind == YamlTree::Kind::Map ? templ.IsMap() : templ.IsSequence();
    if (templ.IsDefined() && sameKind && templ.size() > 0)
        return templ.Style() == YAML::EmitterStyle::Flow;
    return value.flow;
}

std::string YamlRenderer::flow(const YamlTree& value) const {
    switch (value.kind) {
    case YamlTree::Kind::Scalar:
        return scalar(value, true);
    case YamlTree::Kind::Map: {
        std::string out = "{";
        for (const auto& [key, v] : value.entries)
            out += (out.size() > 1 ? ", " : "") + scalar(keyTree(key), true) + ": " + flow(v);
        return out + "}";
    }
    case YamlTree::Kind::Seq: {
        std::string out = "[";
        for (const auto& v : value.items) out += (out.size() > 1 ? ", " : "") + flow(v);
        return out + "]";
    }
    }
    return {};
}

std::string YamlRenderer::entry(const std::string& key, const YamlTree& value, std::size_t indent,
                                const YAML::Node& templ) const {
    return scalar(keyTree(key), false) + ":" + afterKey(value, indent, templ);
}

std::string YamlRenderer::afterKey(const YamlTree& value, std::size_t indent,
                                   const YAML::Node& templ) const {
    if (value.kind == YamlTree::Kind::Scalar) return " " + scalar(value, false);
    if (writesFlow(value, templ)) return " " + flow(value);
    if (value.kind == YamlTree::Kind::Map)
        return m_layout.newline + blockMap(value, indent + m_layout.mapStep, templ);
    std::string out;
    for (const auto& v : value.items)
        out += m_layout.newline + item(v, indent + m_layout.seqStep, firstItemOf(templ));
    return out;
}

std::string YamlRenderer::blockMap(const YamlTree& value, std::size_t indent,
                                   const YAML::Node& templ) const {
    std::string out;
    for (const auto& [key, v] : value.entries) {
        if (!out.empty()) out += m_layout.newline;
        out += spaces(indent) + entry(key, v, indent, childOf(templ, key));
    }
    return out;
}

std::string YamlRenderer::item(const YamlTree& value, std::size_t dash,
                               const YAML::Node& templ) const {
    const std::size_t step = std::max<std::size_t>(m_layout.itemStep, 1);
    const std::string prefix = spaces(dash) + "-" + spaces(step - 1);
    if (value.kind == YamlTree::Kind::Map && !writesFlow(value, templ))
        return prefix + blockMap(value, dash + step, templ).substr(dash + step);
    if (value.kind == YamlTree::Kind::Scalar) return prefix + scalar(value, false);
    return prefix + flow(value);
}

} // namespace nk::io::detail
