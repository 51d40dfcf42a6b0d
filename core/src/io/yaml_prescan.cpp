#include "yaml_prescan.hpp"

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/parser.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <istream>
#include <streambuf>

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

constexpr const char* kNotTextHint =
    "a scenario is a UTF-8 text file; was a binary, spreadsheet or UTF-16 file chosen?";

bool isDigit(char c) {
    return c >= '0' && c <= '9';
}

// Counts what yaml-cpp's parser reports, event by event, without building nodes: nesting,
// nodes and aliases. yaml-cpp 0.7 guards its own recursion (DepthGuard<2000> in
// SingleDocParser, throwing YAML::DeepRecursion), but 2000 levels of nodes are far beyond
// a scenario and its message names the grammar; the handler's limit comes first and says
// what a user can act on.
// Gives yaml-cpp the text in pieces, and ends it early once the parser's scanner reads far
// ahead of the last event: yaml-cpp 0.7 queues every token after an unresolved `[` or `{`
// (it might start a key), so 4 MiB of `[[[[` took about 1 GB before the first event.
// Ended there, the queued tokens still come out as events and meet the limits below.
class LookaheadBoundedBuffer : public std::streambuf {
public:
    static constexpr std::size_t kMaxLookahead = 64 * 1024; // a scenario's lines are short
    static constexpr std::size_t kPiece = 4096;

    explicit LookaheadBoundedBuffer(std::string_view text) : m_text(text) {}

    void reached(const YAML::Mark& mark) {
        if (mark.pos > 0) m_reached = std::max(m_reached, static_cast<std::size_t>(mark.pos));
    }
    bool ended() const { return m_ended; }

protected:
    int_type underflow() override {
        if (m_next >= m_text.size()) return traits_type::eof();
        if (m_next > m_reached + kMaxLookahead) {
            m_ended = true;
            return traits_type::eof();
        }
        const std::size_t n = std::min(kPiece, m_text.size() - m_next);
        char* begin = const_cast<char*>(m_text.data() + m_next); // read only: get area
        setg(begin, begin, begin + n);
        m_next += n;
        return traits_type::to_int_type(*begin);
    }

private:
    std::string_view m_text;
    std::size_t m_next = 0;
    std::size_t m_reached = 0;
    bool m_ended = false;
};

class StructureCounter : public YAML::EventHandler {
public:
    struct Stop {}; // thrown at the first problem: the parse need not go on

    StructureCounter(std::string_view text, const PrescanLimits& limits,
                     LookaheadBoundedBuffer& input)
        : m_text(text), m_limits(limits), m_input(input) {}

    std::optional<TextProblem> found() const { return m_problem; }
    bool onlyNull() const { return m_nodes == 1 && m_nulls == 1; }

    void OnDocumentStart(const YAML::Mark&) override {}
    void OnDocumentEnd() override {}
    void OnNull(const YAML::Mark& mark, YAML::anchor_t) override {
        ++m_nulls;
        countNode(mark);
    }
    void OnAlias(const YAML::Mark& mark, YAML::anchor_t) override {
        countNode(mark);
        if (++m_aliases > m_limits.maxAliases)
            fail(mark,
                 "the file uses more than " + std::to_string(m_limits.maxAliases) +
                     " aliases (*name)",
                 "a scenario needs few or no anchors and aliases");
    }
    void OnScalar(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t,
                  const std::string&) override {
        countNode(mark);
        if (tag == "!") checkQuoteClosed(mark); // "!" is yaml-cpp's tag of a quoted scalar
    }
    void OnSequenceStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t,
                         YAML::EmitterStyle::value) override {
        open(mark);
    }
    void OnSequenceEnd() override { --m_depth; }
    void OnMapStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t,
                    YAML::EmitterStyle::value) override {
        open(mark);
    }
    void OnMapEnd() override { --m_depth; }

private:
    void open(const YAML::Mark& mark) {
        countNode(mark);
        if (++m_depth > m_limits.maxDepth)
            fail(mark,
                 "the file nests deeper than " + std::to_string(m_limits.maxDepth) + " levels",
                 "a scenario nests at most 4 levels (cohorts, a cohort, its keys); is this the "
                 "right file?");
    }

    void countNode(const YAML::Mark& mark) {
        m_input.reached(mark);
        if (++m_nodes > m_limits.maxNodes)
            fail(mark, "the file holds more than " + std::to_string(m_limits.maxNodes) + " values",
                 "a large scenario holds some thousands; is this the right file?");
    }

    // yaml-cpp takes the end of the file as the end of an open quoted text; a user means
    // to close it. The quote lexing here is all the grammar this needs.
    void checkQuoteClosed(const YAML::Mark& mark) {
        if (mark.pos < 0 || static_cast<std::size_t>(mark.pos) >= m_text.size()) return;
        const char quote = m_text[static_cast<std::size_t>(mark.pos)];
        if (quote != '"' && quote != '\'') return;
        for (std::size_t i = static_cast<std::size_t>(mark.pos) + 1; i < m_text.size(); ++i) {
            if (quote == '"' && m_text[i] == '\\') {
                ++i;
            } else if (m_text[i] == quote) {
                if (quote == '"' || i + 1 == m_text.size() || m_text[i + 1] != '\'') return;
                ++i; // '' inside single quotes
            }
        }
        fail(mark, "a quoted text is not closed", std::string("add the closing ") + quote);
    }

    [[noreturn]] void fail(const YAML::Mark& mark, std::string message, std::string hint) {
        m_problem = nk::io::detail::problem(mark.line + 1, mark.column + 1, std::move(message),
                                            std::move(hint));
        throw Stop{};
    }

    std::string_view m_text;
    const PrescanLimits& m_limits;
    LookaheadBoundedBuffer& m_input;
    std::optional<TextProblem> m_problem;
    int m_depth = 0;
    std::size_t m_nodes = 0;
    std::size_t m_nulls = 0;
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
    LookaheadBoundedBuffer buffer(text);
    std::istream in(&buffer);
    StructureCounter counter(text, limits, buffer);
    try {
        YAML::Parser parser(in);
        // The loader reads the first document only; a second is refused rather than
        // ignored. A first document that is null alone is the loader's to explain (a
        // stray `,` gives one, and asking for more documents after it never ends: yaml-cpp
        // issue 1040).
        if (parser.HandleNextDocument(counter) && !counter.onlyNull() && !buffer.ended() &&
            parser.HandleNextDocument(counter))
            return problem(1, 1, "the file holds more than one YAML document (`---`)",
                           "a scenario file holds one document");
    } catch (const StructureCounter::Stop&) {
        return counter.found();
    } catch (const YAML::Exception&) {
        // A syntax error: the loader's parse meets it at the same place, within the same
        // limits, and explains it with the text at hand. Unless the text was cut short.
    }
    if (buffer.ended())
        return problem(1, 1,
                       "the file has a `[...]` or `{...}` longer than " +
                           std::to_string(LookaheadBoundedBuffer::kMaxLookahead / 1024) +
                           " KiB, or nested too deeply, to be read",
                       "write long lists one entry per line, `- entry`");
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
