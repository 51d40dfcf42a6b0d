#include "yaml_prescan.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <vector>

namespace nk::io::detail {

namespace {

TextProblem problem(int line, int column, std::string message, std::string hint) {
    return {line, column, std::move(message), std::move(hint)};
}

// Length of the valid UTF-8 sequence starting at text[i], or 0 if it is invalid
// (truncated, overlong, a surrogate or beyond U+10FFFF).
std::size_t utf8Length(std::string_view text, std::size_t i) {
    const auto lead = static_cast<unsigned char>(text[i]);
    if (lead < 0x80) return 1;
    std::size_t length = 0;
    std::uint32_t cp = 0;
    if ((lead & 0xE0) == 0xC0) {
        length = 2;
        cp = lead & 0x1Fu;
    } else if ((lead & 0xF0) == 0xE0) {
        length = 3;
        cp = lead & 0x0Fu;
    } else if ((lead & 0xF8) == 0xF0) {
        length = 4;
        cp = lead & 0x07u;
    } else {
        return 0;
    }
    if (i + length > text.size()) return 0;
    for (std::size_t k = 1; k < length; ++k) {
        const auto next = static_cast<unsigned char>(text[i + k]);
        if ((next & 0xC0) != 0x80) return 0;
        cp = (cp << 6) | (next & 0x3Fu);
    }
    static constexpr std::array<std::uint32_t, 5> kMinimum = {0, 0, 0x80, 0x800, 0x10000};
    if (cp < kMinimum[length] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
    return length;
}

std::string hexByte(unsigned char c) {
    char buffer[8];
    std::snprintf(buffer, sizeof buffer, "0x%02X", static_cast<unsigned>(c));
    return buffer;
}

constexpr const char* kSecondDocument = "the file holds more than one YAML document (`---`)";
constexpr const char* kOneDocumentHint = "a scenario file holds one document";

constexpr const char* kNotTextHint =
    "a scenario is a UTF-8 text file; was a binary, spreadsheet or UTF-16 file chosen?";

bool isBlank(char c) {
    return c == ' ' || c == '\t';
}
bool isDigit(char c) {
    return c >= '0' && c <= '9';
}
bool isFlowIndicator(char c) {
    return c == ',' || c == '[' || c == ']' || c == '{' || c == '}';
}

// A line-oriented scanner over YAML text. It tracks what changes how brackets and
// indicators must be read (quotes, comments, block scalars, flow context) and counts
// nesting, node starts and aliases.
class StructureScanner {
public:
    explicit StructureScanner(const PrescanLimits& limits) : m_limits(limits) {}

    std::optional<TextProblem> run(std::string_view text) {
        std::size_t begin = 0;
        while (begin <= text.size()) {
            std::size_t end = text.find('\n', begin);
            if (end == std::string_view::npos) end = text.size();
            std::string_view line = text.substr(begin, end - begin);
            if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
            ++m_lineNumber;
            scanLine(line);
            if (m_problem) return m_problem;
            begin = end + 1;
        }
        // yaml-cpp takes the end of the file as the end of an open quoted text.
        if (m_inDouble || m_inSingle)
            return problem(m_quoteLine, m_quoteColumn, "a quoted text is not closed",
                           std::string("add the closing ") + (m_inDouble ? "\"" : "'"));
        return std::nullopt;
    }

private:
    void scanLine(std::string_view line) {
        if (m_inDouble || m_inSingle) { // a quoted text continues from the line before
            scanFrom(line, 0);
            return;
        }
        std::size_t pos = line.find_first_not_of(' ');
        if (pos == std::string_view::npos) pos = line.size();
        const bool blank = pos == line.size() || line[pos] == '#' ||
                           line.find_first_not_of(" \t", pos) == std::string_view::npos;
        if (m_blockScalarIndent >= 0) {
            if (blank || static_cast<int>(pos) > m_blockScalarIndent) return; // its content
            m_blockScalarIndent = -1;
        }
        if (blank) return;
        if (pos == 0 && (line[0] == '%' || isDocumentMarker(line))) {
            if (line[0] != '%') documentMarker(line);
            return;
        }
        if (m_documentEnded) fail(1, kSecondDocument, kOneDocumentHint);
        m_sawContent = true;
        // A more indented line after a plain scalar continues it: its first character is
        // text (an apostrophe there opens no quote).
        const bool continuation =
            m_flowDepth == 0 && m_plainOpen && static_cast<int>(pos) > m_plainIndent;
        m_lineIndicators = 0;
        if (!continuation) {
            m_lineIndent = static_cast<int>(pos);
            if (m_flowDepth == 0) pushIndent(m_lineIndent, static_cast<int>(pos));
        }
        m_atNodeStart = !continuation;
        scanFrom(line, pos);
    }

    void scanFrom(std::string_view line, std::size_t pos) {
        while (pos < line.size() && !m_problem) {
            const char c = line[pos];
            const char next = pos + 1 < line.size() ? line[pos + 1] : ' ';
            if (m_inDouble) {
                if (c == '\\') {
                    pos += 2;
                    continue;
                }
                if (c == '"') endQuoted();
                ++pos;
                continue;
            }
            if (m_inSingle) {
                if (c == '\'' && next == '\'') {
                    pos += 2;
                    continue;
                }
                if (c == '\'') endQuoted();
                ++pos;
                continue;
            }
            if (isBlank(c)) {
                ++pos;
                continue;
            }
            if (c == '#' && (pos == 0 || isBlank(line[pos - 1]))) break; // comment
            const int column = static_cast<int>(pos) + 1;
            if (m_atNodeStart) {
                pos = scanNodeStart(line, pos, column);
                continue;
            }
            // Inside a plain scalar, or just after a quoted scalar or an alias.
            if (c == ':' && (isBlank(next) || pos + 1 == line.size() ||
                             (m_flowDepth > 0 && isFlowIndicator(next)))) {
                m_atNodeStart = true;
            } else if (m_flowDepth > 0 && c == ',') {
                m_atNodeStart = true;
            } else if (m_flowDepth > 0 && (c == ']' || c == '}')) {
                --m_flowDepth;
            }
            ++pos;
        }
        m_plainOpen =
            m_flowDepth == 0 && !m_inDouble && !m_inSingle && !m_atNodeStart && m_lastWasPlain;
    }

    static bool isDocumentMarker(std::string_view line) {
        return (line.substr(0, 3) == "---" || line.substr(0, 3) == "...") &&
               (line.size() == 3 || isBlank(line[3]));
    }

    // `---` starts a document and `...` ends one. A second document is refused here
    // because the loader reads the first only: yaml-cpp's LoadAll can loop without end
    // on some broken files (yaml-cpp issue 1040).
    void documentMarker(std::string_view line) {
        if (line[0] == '.') {
            m_documentEnded = true;
            return;
        }
        if (m_sawContent || m_documentEnded) fail(1, kSecondDocument, kOneDocumentHint);
        m_plainOpen = false;
        m_lineIndent = 0;
        m_lineIndicators = 0;
        m_atNodeStart = true;
        // "--- value": the document may begin on the marker's line
        const std::size_t rest = line.find_first_not_of(" \t", 3);
        if (rest != std::string_view::npos && line[rest] != '#') m_sawContent = true;
        scanFrom(line, 3);
    }

    // At a position where a node may begin: returns the position after what it read.
    std::size_t scanNodeStart(std::string_view line, std::size_t pos, int column) {
        const char c = line[pos];
        const char next = pos + 1 < line.size() ? line[pos + 1] : ' ';
        if ((c == '-' || c == '?') && isBlank(next) && m_flowDepth == 0) {
            ++m_lineIndicators; // "- - - x" nests on one line
            checkDepth(column);
            return pos + 1;
        }
        m_lastWasPlain = false;
        if (c == '[' || c == '{') {
            ++m_flowDepth;
            countNode(column);
            checkDepth(column);
            return pos + 1;
        }
        if (m_flowDepth > 0 && (c == ']' || c == '}')) {
            --m_flowDepth;
            m_atNodeStart = false;
            return pos + 1;
        }
        if (m_flowDepth > 0 && c == ',') return pos + 1;
        if (c == '&' || c == '!') return skipToken(line, pos); // anchor or tag: node follows
        countNode(column);
        if (c == '"' || c == '\'') {
            (c == '"' ? m_inDouble : m_inSingle) = true;
            m_quoteLine = m_lineNumber;
            m_quoteColumn = column;
            return pos + 1;
        }
        if (c == '*') {
            if (++m_aliases > m_limits.maxAliases)
                fail(column,
                     "the file uses more than " + std::to_string(m_limits.maxAliases) +
                         " aliases (*name)",
                     "a scenario needs few or no anchors and aliases");
            m_atNodeStart = false;
            return skipToken(line, pos);
        }
        if ((c == '|' || c == '>') && m_flowDepth == 0) {
            m_blockScalarIndent = m_lineIndent; // content lines are indented further
            return line.size();
        }
        m_atNodeStart = false; // a plain scalar begins
        m_lastWasPlain = true;
        m_plainIndent = m_lineIndent;
        return pos + 1;
    }

    std::size_t skipToken(std::string_view line, std::size_t pos) const {
        while (pos < line.size() && !isBlank(line[pos]) &&
               !(m_flowDepth > 0 && isFlowIndicator(line[pos])))
            ++pos;
        return pos;
    }

    void endQuoted() {
        m_inDouble = m_inSingle = false;
        m_atNodeStart = false;
    }

    void pushIndent(int indent, int column) {
        while (!m_indents.empty() && m_indents.back() > indent) m_indents.pop_back();
        if (m_indents.empty() || m_indents.back() < indent) m_indents.push_back(indent);
        checkDepth(column);
    }

    void countNode(int column) {
        if (++m_nodes > m_limits.maxNodes)
            fail(column,
                 "the file holds more than " + std::to_string(m_limits.maxNodes) + " values",
                 "a large scenario holds some thousands; is this the right file?");
    }

    void checkDepth(int column) {
        const std::size_t depth =
            m_indents.size() + static_cast<std::size_t>(m_lineIndicators + m_flowDepth);
        if (depth > static_cast<std::size_t>(m_limits.maxDepth))
            fail(column,
                 "the file nests deeper than " + std::to_string(m_limits.maxDepth) + " levels",
                 "a scenario nests at most 4 levels (cohorts, a cohort, its keys); is this the "
                 "right file?");
    }

    void fail(int column, std::string message, std::string hint) {
        if (!m_problem)
            m_problem = problem(m_lineNumber, column, std::move(message), std::move(hint));
    }

    const PrescanLimits& m_limits;
    std::optional<TextProblem> m_problem;
    std::vector<int> m_indents;
    int m_lineNumber = 0;
    int m_quoteLine = 0;
    int m_quoteColumn = 0;
    int m_lineIndent = 0;
    int m_lineIndicators = 0;
    int m_flowDepth = 0;
    int m_blockScalarIndent = -1;
    bool m_inDouble = false;
    bool m_inSingle = false;
    bool m_atNodeStart = true;
    bool m_sawContent = false;
    bool m_documentEnded = false;
    bool m_lastWasPlain = false;
    bool m_plainOpen = false; // the last line ended inside a plain scalar
    int m_plainIndent = 0;    // indent of the line where that scalar began
    std::size_t m_nodes = 0;
    std::size_t m_aliases = 0;
};

// Copies the text without '_' digit separators, which YAML 1.1 allows and from_chars not.
bool stripSeparators(std::string_view text, std::string& out) {
    out.clear();
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '_') {
            // only between digits: 1_000, not _1 or 1._5
            const bool digitBefore = i > 0 && isDigit(text[i - 1]);
            const bool digitAfter =
                i + 1 < text.size() && (isDigit(text[i + 1]) || text[i + 1] == '_');
            if (!digitBefore && !(i > 0 && text[i - 1] == '_')) return false;
            if (!digitAfter) return false;
            continue;
        }
        out.push_back(c);
    }
    return true;
}

bool equalsAny(std::string_view text, std::initializer_list<std::string_view> words) {
    return std::find(words.begin(), words.end(), text) != words.end();
}

} // namespace

std::optional<TextProblem> findEncodingProblem(std::string_view text) {
    int line = 1;
    int column = 1;
    std::size_t i = 0;
    while (i < text.size()) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c == 0)
            return problem(line, column, "not a text file: it contains NUL bytes", kNotTextHint);
        const std::size_t length = utf8Length(text, i);
        if (length == 0)
            return problem(line, column, "not a text file: invalid UTF-8 (byte " + hexByte(c) + ")",
                           kNotTextHint);
        if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F)
            return problem(line, column, "not a text file: control character " + hexByte(c),
                           kNotTextHint);
        if (c == '\n') {
            ++line;
            column = 1;
        } else {
            column += static_cast<int>(length);
        }
        i += length;
    }
    return std::nullopt;
}

std::optional<TextProblem> findStructureProblem(std::string_view text,
                                                const PrescanLimits& limits) {
    if (auto p = StructureScanner(limits).run(text)) return p;
    // Backstop should the scanner misjudge a quote and skip text: every node but the first
    // follows one of these characters, so their count bounds what yaml-cpp will allocate.
    const auto separators =
        static_cast<std::size_t>(std::count_if(text.begin(), text.end(), [](char c) {
            return c == ',' || c == '[' || c == '{' || c == '-' || c == ':' || c == '?' ||
                   c == '\n';
        }));
    if (separators > 2 * limits.maxNodes)
        return problem(1, 1,
                       "the file holds more than " + std::to_string(limits.maxNodes) + " values",
                       "a large scenario holds some thousands; is this the right file?");
    return std::nullopt;
}

bool hasContent(std::string_view text) {
    std::size_t begin = 0;
    while (begin < text.size()) {
        std::size_t end = text.find('\n', begin);
        if (end == std::string_view::npos) end = text.size();
        std::string_view line = text.substr(begin, end - begin);
        const std::size_t first = line.find_first_not_of(" \t\r\xEF\xBB\xBF");
        if (first != std::string_view::npos && line[first] != '#') {
            const std::string_view rest = line.substr(first);
            const bool marker = (rest.substr(0, 3) == "---" || rest.substr(0, 3) == "...") &&
                                rest.find_first_not_of(" \t\r", 3) == std::string_view::npos;
            if (!marker) return true;
        }
        begin = end + 1;
    }
    return false;
}

// Splits an optional sign off and checks the rest is digits with '_' separators.
static bool integerDigits(std::string_view text, bool& negative, std::string& digits) {
    negative = false;
    if (!text.empty() && (text[0] == '+' || text[0] == '-')) {
        negative = text[0] == '-';
        text.remove_prefix(1);
    }
    if (text.empty() || !isDigit(text[0]) || !stripSeparators(text, digits)) return false;
    return std::all_of(digits.begin(), digits.end(), isDigit);
}

NumberParse parseInteger(std::string_view text, std::int64_t& out) {
    bool negative = false;
    std::string digits;
    if (!integerDigits(text, negative, digits)) return NumberParse::NotANumber;
    if (negative) digits.insert(digits.begin(), '-');
    const char* last = digits.data() + digits.size();
    const auto [ptr, ec] = std::from_chars(digits.data(), last, out);
    if (ec == std::errc::result_out_of_range) return NumberParse::OutOfRange;
    if (ec != std::errc{} || ptr != last) return NumberParse::NotANumber;
    return NumberParse::Ok;
}

NumberParse parseUnsigned(std::string_view text, std::uint64_t& out) {
    bool negative = false;
    std::string digits;
    if (!integerDigits(text, negative, digits)) return NumberParse::NotANumber;
    if (negative) return NumberParse::OutOfRange;
    const char* last = digits.data() + digits.size();
    const auto [ptr, ec] = std::from_chars(digits.data(), last, out);
    if (ec == std::errc::result_out_of_range) return NumberParse::OutOfRange;
    if (ec != std::errc{} || ptr != last) return NumberParse::NotANumber;
    return NumberParse::Ok;
}

NumberParse parseFloat(std::string_view text, double& out) {
    std::string_view body = text;
    bool negative = false;
    if (!body.empty() && (body[0] == '+' || body[0] == '-')) {
        negative = body[0] == '-';
        body.remove_prefix(1);
    }
    // .inf, .nan and the words a spreadsheet writes: all mean "not a finite number".
    std::string lower(body);
    std::transform(lower.begin(), lower.end(), lower.begin(), [](char c) {
        return static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    });
    if (equalsAny(lower, {".inf", ".nan", "inf", "nan", "infinity", "-nan"}))
        return NumberParse::NotFinite;
    std::string cleaned;
    if (body.empty() || !stripSeparators(body, cleaned)) return NumberParse::NotANumber;
    // from_chars would also take "inf", "nan" and hex floats: allow only decimal forms.
    bool digit = false;
    for (char c : cleaned) {
        if (isDigit(c)) {
            digit = true;
        } else if (c != '.' && c != 'e' && c != 'E' && c != '+' && c != '-') {
            return NumberParse::NotANumber;
        }
    }
    if (!digit || cleaned[0] == '+' || cleaned[0] == '-') return NumberParse::NotANumber;
    const char* last = cleaned.data() + cleaned.size();
    double value = 0;
    const auto [ptr, ec] = std::from_chars(cleaned.data(), last, value);
    if (ec == std::errc::result_out_of_range) return NumberParse::OutOfRange;
    if (ec != std::errc{} || ptr != last) return NumberParse::NotANumber;
    if (!std::isfinite(value)) return NumberParse::NotFinite;
    out = negative ? -value : value;
    return NumberParse::Ok;
}

bool parseBool(std::string_view text, bool& out) {
    if (equalsAny(text, {"true", "True", "TRUE"})) {
        out = true;
        return true;
    }
    if (equalsAny(text, {"false", "False", "FALSE"})) {
        out = false;
        return true;
    }
    return false;
}

bool plainLooksTyped(std::string_view text) {
    std::int64_t i = 0;
    double d = 0;
    bool b = false;
    if (parseInteger(text, i) != NumberParse::NotANumber) return true;
    if (parseFloat(text, d) != NumberParse::NotANumber) return true;
    if (parseBool(text, b)) return true;
    // null and the YAML 1.1 booleans other readers (PyYAML) still apply
    return equalsAny(text,
                     {"",   "~",  "null", "Null", "NULL", "yes", "Yes", "YES", "no", "No", "NO",
                      "on", "On", "ON",   "off",  "Off",  "OFF", "y",   "Y",   "n",  "N"});
}

} // namespace nk::io::detail
