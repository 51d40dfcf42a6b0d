#include "yaml_source.hpp"

namespace nk::io::detail {

namespace {

bool isBlank(char c) {
    return c == ' ' || c == '\t';
}
bool isSpace(char c) {
    return isBlank(c) || c == '\n' || c == '\r';
}
bool isFlowIndicator(char c) {
    return c == ',' || c == '[' || c == ']' || c == '{' || c == '}';
}

} // namespace

YamlSource::YamlSource(std::string_view text) : m_text(text) {
    if (m_text.substr(0, 3) == "\xEF\xBB\xBF") m_bom = 3;
    const std::size_t firstNewline = m_text.find('\n');
    if (firstNewline != std::string_view::npos && firstNewline > 0 &&
        m_text[firstNewline - 1] == '\r')
        m_newline = "\r\n";
}

std::size_t YamlSource::offset(const YAML::Mark& mark) const {
    return mark.pos < 0 ? m_text.size() : static_cast<std::size_t>(mark.pos) + m_bom;
}

std::size_t YamlSource::lineStart(std::size_t at) const {
    if (at == 0) return 0;
    const std::size_t newline = m_text.rfind('\n', at - 1);
    return newline == std::string_view::npos ? 0 : newline + 1;
}

std::size_t YamlSource::lineEnd(std::size_t at) const {
    std::size_t end = m_text.find('\n', at);
    if (end == std::string_view::npos) return m_text.size();
    if (end > at && m_text[end - 1] == '\r') --end;
    return end;
}

std::size_t YamlSource::nextLineStart(std::size_t at) const {
    const std::size_t newline = m_text.find('\n', at);
    return newline == std::string_view::npos ? m_text.size() : newline + 1;
}

bool YamlSource::startsLine(std::size_t at) const {
    for (std::size_t i = lineStart(at); i < at; ++i)
        if (!isBlank(m_text[i])) return false;
    return true;
}

std::size_t YamlSource::commentsAbove(std::size_t at) const {
    std::size_t start = lineStart(at);
    while (start > 0) {
        const std::size_t previous = lineStart(start - 1);
        std::size_t i = previous;
        while (i < start && isBlank(m_text[i])) ++i;
        if (i >= start || m_text[i] != '#') break;
        start = previous;
    }
    return start;
}

int YamlSource::blankLinesBefore(std::size_t lineEndOfPrevious, std::size_t at) const {
    int blank = 0;
    const std::size_t stop = lineStart(at);
    for (std::size_t i = nextLineStart(lineEndOfPrevious); i < stop; i = nextLineStart(i)) {
        std::size_t j = i;
        while (j < stop && isBlank(m_text[j])) ++j;
        if (j >= stop || m_text[j] == '\n' || m_text[j] == '\r') ++blank;
    }
    return blank;
}

std::optional<std::size_t> YamlSource::plainEnd(std::size_t begin, bool inFlow) const {
    std::size_t i = begin;
    while (i < m_text.size()) {
        const char c = m_text[i];
        if (c == '\n' || c == '\r') break;
        if (c == '#' && i > begin && isBlank(m_text[i - 1])) break;
        if (c == ':' && (i + 1 == m_text.size() || isSpace(m_text[i + 1]) ||
                         (inFlow && isFlowIndicator(m_text[i + 1]))))
            break;
        if (inFlow && isFlowIndicator(c)) break;
        ++i;
    }
    while (i > begin && isBlank(m_text[i - 1])) --i;
    return i;
}

// A `|` or `>` scalar: its header line, then the lines indented deeper than the key that
// owns it; the span ends with the last line that has content.
std::optional<std::size_t> YamlSource::blockScalarEnd(std::size_t begin) const {
    std::size_t owner = lineStart(begin);
    while (owner < begin && (isBlank(m_text[owner]) || m_text[owner] == '-')) ++owner;
    const std::size_t ownerIndent = column(owner);
    std::size_t end = lineEnd(begin);
    std::optional<std::size_t> contentIndent;
    for (std::size_t i = nextLineStart(begin); i < m_text.size(); i = nextLineStart(i)) {
        std::size_t j = i;
        while (j < m_text.size() && m_text[j] == ' ') ++j;
        if (j == m_text.size() || m_text[j] == '\n' || m_text[j] == '\r') continue;
        const std::size_t indent = j - i;
        if (!contentIndent) {
            if (indent <= ownerIndent) break;
            contentIndent = indent;
        } else if (indent < *contentIndent) {
            break;
        }
        end = lineEnd(i);
    }
    return end;
}

std::optional<std::size_t> YamlSource::flowEnd(std::size_t begin) const {
    int depth = 0;
    for (std::size_t i = begin; i < m_text.size(); ++i) {
        const char c = m_text[i];
        if (c == '[' || c == '{') {
            ++depth;
        } else if (c == ']' || c == '}') {
            if (--depth == 0) return i + 1;
        } else if (c == '"' || c == '\'') {
            for (++i; i < m_text.size() && m_text[i] != c; ++i)
                if (c == '"' && m_text[i] == '\\') ++i;
        } else if (c == '#' && i > begin && isSpace(m_text[i - 1])) {
            i = lineEnd(i);
        }
    }
    return std::nullopt;
}

std::optional<std::size_t> YamlSource::scalarEnd(const YAML::Node& node, std::size_t begin,
                                                 bool inFlow) const {
    if (begin >= m_text.size()) return std::nullopt;
    const char c = m_text[begin];
    if (c == '"') {
        for (std::size_t i = begin + 1; i < m_text.size(); ++i) {
            if (m_text[i] == '\\')
                ++i;
            else if (m_text[i] == '"')
                return i + 1;
        }
        return std::nullopt;
    }
    if (c == '\'') {
        for (std::size_t i = begin + 1; i < m_text.size(); ++i) {
            if (m_text[i] != '\'') continue;
            if (i + 1 < m_text.size() && m_text[i + 1] == '\'')
                ++i;
            else
                return i + 1;
        }
        return std::nullopt;
    }
    if ((c == '|' || c == '>') && !inFlow) return blockScalarEnd(begin);
    // A plain scalar must read back as what yaml-cpp saw: a tag, an anchor or a scalar
    // continued on the next line does not.
    const auto end = plainEnd(begin, inFlow);
    if (!end || m_text.substr(begin, *end - begin) != node.Scalar()) return std::nullopt;
    return end;
}

std::optional<Span> YamlSource::span(const YAML::Node& node, bool inFlow) const {
    const std::size_t begin = offset(node.Mark());
    if (begin >= m_text.size()) return std::nullopt;
    switch (node.Type()) {
    case YAML::NodeType::Scalar:
        if (const auto end = scalarEnd(node, begin, inFlow)) return Span{begin, *end};
        return std::nullopt;
    case YAML::NodeType::Map:
    case YAML::NodeType::Sequence: {
        if (node.Style() == YAML::EmitterStyle::Flow || inFlow) {
            if (m_text[begin] != '[' && m_text[begin] != '{') return std::nullopt;
            if (const auto end = flowEnd(begin)) return Span{begin, *end};
            return std::nullopt;
        }
        if (node.size() == 0) return std::nullopt;
        std::optional<Span> last;
        if (node.IsMap()) {
            for (const auto& pair : node) last = valueSpan(pair.first, pair.second, false);
        } else {
            for (const auto& item : node) last = span(item, false);
        }
        if (!last) return std::nullopt;
        return Span{begin, last->end};
    }
    default:
        return std::nullopt;
    }
}

std::optional<Span> YamlSource::keySpan(const YAML::Node& key, bool inFlow) const {
    if (!key.IsScalar()) return std::nullopt;
    return span(key, inFlow);
}

std::optional<std::size_t> YamlSource::afterColon(const YAML::Node& key, bool inFlow) const {
    const auto k = keySpan(key, inFlow);
    if (!k) return std::nullopt;
    std::size_t i = k->end;
    while (i < m_text.size() && isBlank(m_text[i])) ++i;
    if (i >= m_text.size() || m_text[i] != ':') return std::nullopt;
    return i + 1;
}

std::optional<Span> YamlSource::valueSpan(const YAML::Node& key, const YAML::Node& value,
                                          bool inFlow) const {
    if (!value.IsNull()) return span(value, inFlow);
    const auto colon = afterColon(key, inFlow);
    if (!colon) return std::nullopt;
    std::size_t i = *colon;
    while (i < m_text.size() && isBlank(m_text[i])) ++i;
    for (const std::string_view word : {"~", "null", "Null", "NULL"}) {
        if (m_text.substr(i, word.size()) != word) continue;
        const std::size_t end = i + word.size();
        if (end == m_text.size() || isSpace(m_text[end]) ||
            (inFlow && isFlowIndicator(m_text[end])))
            return Span{i, end};
    }
    return Span{*colon, *colon};
}

std::optional<std::size_t> YamlSource::dashOf(const YAML::Node& item) const {
    if (item.IsNull()) return std::nullopt;
    std::size_t i = offset(item.Mark());
    if (i > m_text.size()) return std::nullopt;
    while (i > 0 && isSpace(m_text[i - 1])) --i;
    if (i == 0 || m_text[i - 1] != '-') return std::nullopt;
    return i - 1;
}

} // namespace nk::io::detail
