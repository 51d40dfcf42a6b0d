// A strict JSON syntax checker (RFC 8259) for tests of exported files: says whether a
// text is one valid JSON value, and where it is not. No values are built.
#pragma once

#include <string>
#include <string_view>

namespace nk::test {

class JsonChecker {
public:
    explicit JsonChecker(std::string_view text) : m_text(text) {}

    // True if the whole text is one JSON value (surrounded by whitespace only).
    bool valid() {
        skipSpace();
        if (!value()) return false;
        skipSpace();
        return m_pos == m_text.size();
    }
    std::size_t position() const { return m_pos; }

private:
    bool value() {
        if (++m_depth > 200) return false;
        skipSpace();
        bool ok = false;
        if (m_pos >= m_text.size())
            ok = false;
        else if (m_text[m_pos] == '{')
            ok = object();
        else if (m_text[m_pos] == '[')
            ok = array();
        else if (m_text[m_pos] == '"')
            ok = string();
        else if (literal("true") || literal("false") || literal("null"))
            ok = true;
        else
            ok = number();
        --m_depth;
        return ok;
    }
    bool object() {
        ++m_pos;
        skipSpace();
        if (peek('}')) return ++m_pos, true;
        for (;;) {
            skipSpace();
            if (!string()) return false;
            skipSpace();
            if (!peek(':')) return false;
            ++m_pos;
            if (!value()) return false;
            skipSpace();
            if (peek('}')) return ++m_pos, true;
            if (!peek(',')) return false;
            ++m_pos;
        }
    }
    bool array() {
        ++m_pos;
        skipSpace();
        if (peek(']')) return ++m_pos, true;
        for (;;) {
            if (!value()) return false;
            skipSpace();
            if (peek(']')) return ++m_pos, true;
            if (!peek(',')) return false;
            ++m_pos;
        }
    }
    bool string() {
        if (!peek('"')) return false;
        ++m_pos;
        while (m_pos < m_text.size()) {
            const auto c = static_cast<unsigned char>(m_text[m_pos++]);
            if (c == '"') return true;
            if (c < 0x20) return false;
            if (c != '\\') continue;
            if (m_pos >= m_text.size()) return false;
            const char e = m_text[m_pos++];
            if (e == 'u') {
                for (int i = 0; i < 4; ++i, ++m_pos)
                    if (m_pos >= m_text.size() || !isHex(m_text[m_pos])) return false;
            } else if (std::string_view("\"\\/bfnrt").find(e) == std::string_view::npos) {
                return false;
            }
        }
        return false;
    }
    bool number() {
        const std::size_t start = m_pos;
        if (peek('-')) ++m_pos;
        if (peek('0'))
            ++m_pos;
        else if (!digits())
            return false;
        if (peek('.')) {
            ++m_pos;
            if (!digits()) return false;
        }
        if (peek('e') || peek('E')) {
            ++m_pos;
            if (peek('+') || peek('-')) ++m_pos;
            if (!digits()) return false;
        }
        return m_pos > start;
    }
    bool digits() {
        const std::size_t start = m_pos;
        while (m_pos < m_text.size() && m_text[m_pos] >= '0' && m_text[m_pos] <= '9') ++m_pos;
        return m_pos > start;
    }
    bool literal(std::string_view word) {
        if (m_text.substr(m_pos, word.size()) != word) return false;
        m_pos += word.size();
        return true;
    }
    static bool isHex(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }
    bool peek(char c) const { return m_pos < m_text.size() && m_text[m_pos] == c; }
    void skipSpace() {
        while (m_pos < m_text.size() &&
               std::string_view(" \t\r\n").find(m_text[m_pos]) != std::string_view::npos)
            ++m_pos;
    }

    std::string_view m_text;
    std::size_t m_pos = 0;
    int m_depth = 0;
};

inline bool isValidJson(std::string_view text) {
    return JsonChecker(text).valid();
}

} // namespace nk::test
