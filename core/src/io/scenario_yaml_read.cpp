// Reading scenario files: text checks (yaml_prescan), yaml-cpp parse, then a walk over
// the node tree that fills a Scenario key by key. The walk never stops at the first
// problem: each one becomes a Diagnostic with line, column and key path, and the key
// path -> position map it records lets validateScenario's findings point into the file.
// The keys of each section, their types and choices are the schema's (scenario/schema.hpp).
#include "naikkelas/io/atomic_file.hpp"
#include "naikkelas/io/scenario_yaml.hpp"
#include "naikkelas/scenario/schema.hpp"
#include "naikkelas/scenario/validate.hpp"

#include "scenario_read.hpp"
#include "yaml_prescan.hpp"

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <limits>
#include <unordered_map>

namespace nk::io {

namespace {

using detail::NumberParse;

constexpr std::size_t kMaxErrors = 100;
// Visits of nodes in the walk: far above any real scenario, and a bound however the
// file shares nodes through aliases.
constexpr std::size_t kMaxVisits = 2'000'000;

struct Position {
    int line = 0;
    int column = 0;
};

Position positionOf(const YAML::Mark& mark) {
    if (mark.is_null() || mark.line < 0) return {};
    return {mark.line + 1, mark.column + 1};
}

std::string quoteShort(const std::string& text) {
    constexpr std::size_t kMax = 40;
    if (text.size() <= kMax) return "`" + text + "`";
    std::size_t cut = kMax;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut; // UTF-8
    return "`" + text.substr(0, cut) + "...`";
}

bool isQuoted(const YAML::Node& node) {
    return node.Tag() == "!";
}

// How a node reads to a user: "a list", "a mapping", "the text `abc`".
std::string describe(const YAML::Node& node) {
    switch (node.Type()) {
    case YAML::NodeType::Scalar:
        return (isQuoted(node) ? "the text " : "") + quoteShort(node.Scalar());
    case YAML::NodeType::Sequence:
        return "a list";
    case YAML::NodeType::Map:
        return "a mapping";
    default:
        return "no value";
    }
}

std::string joinKey(const std::string& path, const std::string& key) {
    return path.empty() ? key : path + "." + key;
}

std::string joinIndex(const std::string& path, std::size_t index) {
    return path + "[" + std::to_string(index) + "]";
}

std::string listOfKeys(const std::vector<std::string>& keys) {
    std::string out;
    for (const auto& k : keys) out += (out.empty() ? "" : ", ") + k;
    return out;
}

struct IntegerKind {
    const char* what;    // "a whole number"
    const char* example; // for the hint
    std::int64_t min;
    std::int64_t max;
    bool rupiah;
};

constexpr IntegerKind kInt = {"a whole number", "e.g. 60", std::numeric_limits<int>::min(),
                              std::numeric_limits<int>::max(), false};
// 2^53: every whole rupiah up to it is exact in a double, so 1.5e9 may be written too.
constexpr IntegerKind kRupiah = {"whole rupiah", "e.g. 500000000 or 500_000_000",
                                 -(std::int64_t{1} << 53), std::int64_t{1} << 53, true};

using schema::FieldInfo;

class Reader {
public:
    Diagnostics& diagnostics() { return m_diagnostics; }
    const std::vector<std::string>& errorPaths() const { return m_errorPaths; }

    void error(const std::string& path, const YAML::Mark& mark, std::string message,
               std::string hint = {}) {
        if (m_stopped) return;
        if (m_errorCount == kMaxErrors) {
            stop(mark, "too many problems; the first " + std::to_string(kMaxErrors) + " are listed",
                 "fix these and load the file again");
            return;
        }
        ++m_errorCount;
        const Position at = positionOf(mark);
        m_diagnostics.error(path, std::move(message), std::move(hint), at.line, at.column);
        m_errorPaths.push_back(path);
    }

    void record(const std::string& path, const YAML::Mark& mark) {
        const Position at = positionOf(mark);
        m_positions.record(path, at.line, at.column);
    }
    const SourcePositions& positions() const { return m_positions; }

    // One node visited; false once the walk must stop.
    bool spend(const YAML::Mark& mark) {
        if (m_stopped) return false;
        if (++m_visits > kMaxVisits) {
            stop(mark, "the file is too large or repeats aliases too often to be read",
                 "a scenario holds some thousands of values");
            return false;
        }
        return true;
    }

    void readRoot(const YAML::Node& root, Scenario& scenario);
    bool newerFormat() const { return m_newerFormat; }
    bool stopped() const { return m_stopped; }

    // --- values ---
    void read(const YAML::Node& node, const std::string& path, int& out) {
        if (const auto v = integerOf(node, path, kInt)) out = static_cast<int>(*v);
    }
    void read(const YAML::Node& node, const std::string& path, Rupiah& out) {
        if (const auto v = integerOf(node, path, kRupiah)) out = *v;
    }
    void read(const YAML::Node& node, const std::string& path, std::uint64_t& out);
    void read(const YAML::Node& node, const std::string& path, double& out);
    void read(const YAML::Node& node, const std::string& path, std::string& out);
    void read(const YAML::Node& node, const std::string& path,
              std::map<std::string, ParamValue>& out);
    template <class T>
    void read(const YAML::Node& node, const std::string& path, std::vector<T>& out);
    template <schema::SectionValue T>
    void read(const YAML::Node& node, const std::string& path, T& out) {
        readMapping(node, path, out);
    }
    // A value of the field `info`: a choice needs its words, the rest their type only.
    template <class M>
    void read(const YAML::Node& node, const std::string& path, M& out, const FieldInfo& info) {
        if constexpr (schema::ChoiceValue<M>)
            readChoice(node, path, out, info);
        else
            read(node, path, out);
    }

    // A mapping through the schema's table of T; `handled` is a key the caller reads.
    template <class T>
    void readMapping(const YAML::Node& node, const std::string& path, T& out,
                     std::string_view handled = {});

private:
    void stop(const YAML::Mark& mark, std::string message, std::string hint) {
        const Position at = positionOf(mark);
        m_diagnostics.error({}, std::move(message), std::move(hint), at.line, at.column);
        m_stopped = true;
    }

    bool expectScalar(const YAML::Node& node, const std::string& path, const std::string& what,
                      const std::string& hint) {
        if (node.IsScalar() && !isQuoted(node)) return true;
        if (node.IsScalar())
            error(path, node.Mark(), "expected " + what + ", got " + describe(node),
                  "remove the quotes; " + hint);
        else
            error(path, node.Mark(), "expected " + what + ", got " + describe(node), hint);
        return false;
    }

    void notFinite(const YAML::Node& node, const std::string& path) {
        error(path, node.Mark(), "expected a finite number, got " + describe(node),
              ".nan and .inf are not allowed; write a number such as 0.5");
    }

    std::optional<std::int64_t> integerOf(const YAML::Node& node, const std::string& path,
                                          const IntegerKind& kind);

    template <class E>
    void readChoice(const YAML::Node& node, const std::string& path, E& out, const FieldInfo& info);

    Diagnostics m_diagnostics;
    SourcePositions m_positions;
    std::vector<std::string> m_errorPaths;
    std::size_t m_errorCount = 0;
    std::size_t m_visits = 0;
    bool m_stopped = false;
    bool m_newerFormat = false;
};

std::optional<std::int64_t> Reader::integerOf(const YAML::Node& node, const std::string& path,
                                              const IntegerKind& kind) {
    const std::string hint = std::string(kind.what) + ", " + kind.example;
    if (!expectScalar(node, path, kind.what, hint)) return std::nullopt;
    const std::string& text = node.Scalar();
    std::int64_t value = 0;
    double real = 0;
    const NumberParse asInteger = detail::parseInteger(text, value);
    if (asInteger == NumberParse::Ok && value >= kind.min && value <= kind.max) return value;
    const NumberParse asReal = asInteger == NumberParse::NotANumber ? detail::parseFloat(text, real)
                                                                    : NumberParse::OutOfRange;
    if (asReal == NumberParse::Ok && std::trunc(real) != real) {
        if (kind.rupiah)
            error(path, node.Mark(),
                  "Rupiah amounts are whole rupiah, but " + quoteShort(text) + " has a fraction",
                  "write an integer, " + std::string(kind.example));
        else
            error(path, node.Mark(), "expected a whole number, got " + quoteShort(text), hint);
        return std::nullopt;
    }
    if (asReal == NumberParse::Ok && real >= static_cast<double>(kind.min) &&
        real <= static_cast<double>(kind.max))
        return static_cast<std::int64_t>(real); // 2.5e6: whole, and exact below 2^53
    if (asReal == NumberParse::NotFinite) {
        notFinite(node, path);
    } else if (asReal == NumberParse::NotANumber) {
        error(path, node.Mark(), std::string("expected ") + kind.what + ", got " + describe(node),
              hint);
    } else {
        error(path, node.Mark(), quoteShort(text) + " is out of range",
              "from " + std::to_string(kind.min) + " to " + std::to_string(kind.max) +
                  (kind.rupiah ? " rupiah" : ""));
    }
    return std::nullopt;
}

void Reader::read(const YAML::Node& node, const std::string& path, std::uint64_t& out) {
    const char* hint = "a whole number from 0 to 18446744073709551615, e.g. 42";
    if (!expectScalar(node, path, "a whole number", hint)) return;
    switch (detail::parseUnsigned(node.Scalar(), out)) {
    case NumberParse::Ok:
        return;
    case NumberParse::OutOfRange:
        error(path, node.Mark(), quoteShort(node.Scalar()) + " is out of range", hint);
        return;
    default:
        error(path, node.Mark(), "expected a whole number, got " + describe(node), hint);
    }
}

void Reader::read(const YAML::Node& node, const std::string& path, double& out) {
    const char* hint = "a number, e.g. 0.35 or 2_500_000";
    if (!expectScalar(node, path, "a number", hint)) return;
    std::int64_t whole = 0;
    if (detail::parseInteger(node.Scalar(), whole) == NumberParse::Ok) {
        out = static_cast<double>(whole);
        return;
    }
    double value = 0;
    switch (detail::parseFloat(node.Scalar(), value)) {
    case NumberParse::Ok:
        out = value;
        return;
    case NumberParse::NotFinite:
    case NumberParse::OutOfRange:
        notFinite(node, path);
        return;
    default:
        error(path, node.Mark(), "expected a number, got " + describe(node), hint);
    }
}

void Reader::read(const YAML::Node& node, const std::string& path, std::string& out) {
    if (node.IsNull()) {
        out.clear(); // `name:` with nothing after it
    } else if (node.IsScalar()) {
        out = node.Scalar();
    } else {
        error(path, node.Mark(), "expected text, got " + describe(node),
              "a single value; put quotes around text that contains `:` or `#`");
    }
}

// The choices are the enum's values in order (scenario/schema.hpp).
template <class E>
void Reader::readChoice(const YAML::Node& node, const std::string& path, E& out,
                        const FieldInfo& info) {
    const std::vector<std::string> choices(info.choices.begin(), info.choices.end());
    const std::string what(info.noun);
    const std::string hint = "one of: " + listOfKeys(choices);
    if (!node.IsScalar()) {
        error(path, node.Mark(), "expected a " + what + ", got " + describe(node), hint);
        return;
    }
    for (std::size_t i = 0; i < choices.size(); ++i)
        if (node.Scalar() == choices[i]) {
            out = static_cast<E>(i);
            return;
        }
    std::string close = closestMatch(node.Scalar(), choices);
    // "pp7" or "uu20" are abbreviations rather than typos: suggest the one they begin.
    const auto begins = [&](const std::string& c) { return c.rfind(node.Scalar(), 0) == 0; };
    if (close.empty() && !node.Scalar().empty() &&
        std::count_if(choices.begin(), choices.end(), begins) == 1)
        close = *std::find_if(choices.begin(), choices.end(), begins);
    error(path, node.Mark(), "unknown " + what + " " + quoteShort(node.Scalar()),
          close.empty() ? hint : "did you mean `" + close + "`? (" + hint + ")");
}

void Reader::read(const YAML::Node& node, const std::string& path,
                  std::map<std::string, ParamValue>& out) {
    out.clear();
    if (node.IsNull()) return;
    if (!node.IsMap()) {
        error(path, node.Mark(), "expected a mapping of parameters, got " + describe(node),
              "`name: value` lines, e.g. `adoption_share: 0.4`");
        return;
    }
    std::unordered_map<std::string, YAML::Mark> seen;
    for (const auto& pair : node) {
        if (!spend(pair.first.Mark())) return;
        if (!pair.first.IsScalar()) {
            error(path, pair.first.Mark(),
                  "a parameter name must be a plain name, got " + describe(pair.first));
            continue;
        }
        const std::string& name = pair.first.Scalar();
        const std::string sub = joinKey(path, name);
        if (const auto first = seen.find(name); first != seen.end()) {
            error(sub, pair.first.Mark(),
                  "duplicate key `" + name + "` (first at line " +
                      std::to_string(positionOf(first->second).line) + ")",
                  "remove one of them");
            continue;
        }
        seen.emplace(name, pair.first.Mark());
        const YAML::Node& value = pair.second;
        record(sub, value.IsNull() ? pair.first.Mark() : value.Mark());
        const char* hint = "a number, true/false or text";
        if (!value.IsScalar()) {
            error(sub, value.IsNull() ? pair.first.Mark() : value.Mark(),
                  "expected a single value, got " + describe(value), hint);
            continue;
        }
        const std::string& text = value.Scalar();
        std::int64_t whole = 0;
        double real = 0;
        bool flag = false;
        if (isQuoted(value)) {
            out[name] = text; // quoted scalars stay text, whatever they look like
        } else if (detail::parseInteger(text, whole) == NumberParse::Ok) {
            out[name] = whole;
        } else if (const NumberParse p = detail::parseFloat(text, real); p == NumberParse::Ok) {
            out[name] = real;
        } else if (p == NumberParse::NotFinite || p == NumberParse::OutOfRange) {
            notFinite(value, sub);
        } else if (detail::parseBool(text, flag)) {
            out[name] = flag;
        } else {
            out[name] = text;
        }
    }
}

template <class T>
void Reader::read(const YAML::Node& node, const std::string& path, std::vector<T>& out) {
    out.clear();
    if (node.IsNull()) return; // `programs:` with nothing: an empty list
    if (!node.IsSequence()) {
        const bool ofMappings = std::is_class_v<T> && !std::is_same_v<T, std::string>;
        error(path, node.Mark(), "expected a list, got " + describe(node),
              ofMappings ? "a list of entries, each starting with `- ` on its own line"
                         : "a list, e.g. [0.05, 0.5, 0.95]");
        return;
    }
    std::size_t index = 0;
    for (const auto& item : node) {
        if (!spend(item.Mark())) return;
        const std::string sub = joinIndex(path, index++);
        record(sub, item.Mark());
        T value{};
        read(item, sub, value);
        out.push_back(std::move(value));
    }
}

template <class T>
void Reader::readMapping(const YAML::Node& node, const std::string& path, T& out,
                         std::string_view handled) {
    const auto fields = schema::fieldsOf<T>();
    const bool required = std::any_of(fields.begin(), fields.end(), [&](const auto& f) {
        return f.info.required() && f.info.key != handled;
    });
    if (!node.IsMap() && !(node.IsNull() && !required)) {
        error(path, node.Mark(), "expected a mapping, got " + describe(node),
              "`key: value` lines indented under `" + (path.empty() ? "the top" : path) + "`");
        return;
    }
    std::unordered_map<std::string, YAML::Mark> seen;
    std::vector<std::string> names;
    for (const auto& f : fields) names.emplace_back(f.info.key);
    for (const auto& pair : node) {
        const YAML::Node& key = pair.first;
        if (!spend(key.Mark())) return;
        if (!key.IsScalar()) {
            error(path, key.Mark(), "a key must be a plain name, got " + describe(key),
                  "valid keys: " + listOfKeys(names));
            continue;
        }
        const std::string& name = key.Scalar();
        const std::string sub = joinKey(path, name);
        if (const auto first = seen.find(name); first != seen.end()) {
            error(sub, key.Mark(),
                  "duplicate key `" + name + "` (first at line " +
                      std::to_string(positionOf(first->second).line) + ")",
                  "remove one of them");
            continue;
        }
        seen.emplace(name, key.Mark());
        const auto f = std::find_if(fields.begin(), fields.end(), [&](const auto& candidate) {
            return candidate.info.key == name;
        });
        if (f == fields.end()) {
            const std::string close = closestMatch(name, names);
            error(sub, key.Mark(), "unknown key " + quoteShort(name),
                  close.empty() ? "valid keys: " + listOfKeys(names)
                                : "did you mean `" + close + "`?");
            continue;
        }
        // A missing value's mark is where the next token starts: point at the key instead.
        const YAML::Mark& at = pair.second.IsNull() ? key.Mark() : pair.second.Mark();
        record(sub, at);
        if (name == handled) continue;
        std::visit([&](auto member) { read(pair.second, sub, out.*member, f->info); }, f->member);
    }
    for (const auto& f : fields) {
        const std::string key(f.info.key);
        if (f.info.required() && key != handled && !seen.count(key))
            error(joinKey(path, key), node.Mark(), "missing required key `" + key + "`",
                  std::string(f.info.missingHint));
    }
}

void Reader::readRoot(const YAML::Node& root, Scenario& scenario) {
    record("", root.Mark());
    // The version decides how the rest reads: a newer file would give a flood of unknown
    // keys, so it gets one clear message instead.
    const YAML::Node version = root["naikkelas"];
    if (!version) {
        error("naikkelas", root.Mark(), "missing `naikkelas: 1` (the scenario format version)",
              "a scenario file starts with the line `naikkelas: 1`");
    } else {
        int number = 0;
        const std::size_t errorsBefore = m_errorCount;
        read(version, "naikkelas", number);
        if (m_errorCount == errorsBefore && number > kSchemaVersion) {
            error("naikkelas", version.Mark(),
                  "this file uses scenario format version " + std::to_string(number) +
                      ", newer than the version 1 this NaikKelas reads",
                  "open it with a newer NaikKelas");
            m_newerFormat = true;
            return;
        }
        if (m_errorCount == errorsBefore && number != kSchemaVersion)
            error("naikkelas", version.Mark(),
                  "unknown scenario format version " + std::to_string(number), "`naikkelas: 1`");
    }
    readMapping(root, "", scenario, "naikkelas");
    scenario.schema_version = kSchemaVersion;
}

// --- from text to diagnostics ---

// yaml-cpp's messages name the grammar; the hint says what a user usually did.
std::string hintForSyntaxError(const std::string& message) {
    if (message.find("illegal map value") != std::string::npos)
        return "put quotes around text that contains `: `, and check the indentation";
    if (message.find("flow") != std::string::npos)
        return "a `[` or `{` is not closed, or a text value contains `,` `[` `]` `{` `}` "
               "and needs quotes";
    if (message.find("end of map") != std::string::npos ||
        message.find("end of sequence") != std::string::npos ||
        message.find("block") != std::string::npos)
        return "check the indentation: keys of one mapping line up, list items start with `- `";
    if (message.find("quote") != std::string::npos || message.find("scalar") != std::string::npos)
        return "a quoted text is not closed";
    if (message.find("anchor") != std::string::npos)
        return "an alias `*name` needs an anchor `&name` earlier in the file";
    if (message.find("bad file") != std::string::npos)
        return "the file nests too deeply to be a scenario";
    return "check the indentation, quotes and brackets near here";
}

// YAML indents with spaces only; a tab near a syntax error is the likely cause.
std::string syntaxHint(std::string_view text, const YAML::Mark& mark, const std::string& message) {
    int line = 0;
    std::size_t begin = 0;
    while (begin <= text.size()) {
        std::size_t end = text.find('\n', begin);
        if (end == std::string_view::npos) end = text.size();
        if (line == mark.line - 1 || line == mark.line) {
            const std::string_view content = text.substr(begin, end - begin);
            const std::size_t first = content.find_first_not_of(" \t");
            if (content.substr(0, first).find('\t') != std::string_view::npos)
                return "line " + std::to_string(line + 1) +
                       " is indented with a tab; YAML indents with spaces only";
        }
        if (line > mark.line) break;
        ++line;
        begin = end + 1;
    }
    return hintForSyntaxError(message);
}

// Positions in file order; those without a position (file-level problems) first.
Diagnostics sortedByPosition(const Diagnostics& diagnostics) {
    std::vector<Diagnostic> items = diagnostics.items();
    std::stable_sort(items.begin(), items.end(), [](const Diagnostic& a, const Diagnostic& b) {
        return std::pair(a.line, a.column) < std::pair(b.line, b.column);
    });
    Diagnostics out;
    for (auto& d : items) out.add(std::move(d));
    return out;
}

bool isUnder(const std::string& path, const std::string& parent) {
    if (parent.empty()) return true;
    if (path.compare(0, parent.size(), parent) != 0) return false;
    return path.size() == parent.size() || path[parent.size()] == '.' || path[parent.size()] == '[';
}

void addTextProblem(LoadResult& result, const detail::TextProblem& p) {
    result.diagnostics.error({}, p.message, p.hint, p.line, p.column);
}

// Checks of a parsed scenario: a finding on a key whose value could not be read says
// nothing new (its default is not what the user wrote), so it is dropped.
void addValidation(LoadResult& result, const Reader& reader, const Scenario& scenario) {
    const Diagnostics checks = validateScenario(scenario);
    std::size_t errors = static_cast<std::size_t>(
        std::count_if(result.diagnostics.items().begin(), result.diagnostics.items().end(),
                      [](const Diagnostic& d) { return d.severity == Severity::Error; }));
    for (Diagnostic d : checks.items()) {
        if (d.severity == Severity::Error && ++errors > kMaxErrors) {
            result.diagnostics.error(
                {}, "too many problems; the first " + std::to_string(kMaxErrors) + " are listed",
                "fix these and load the file again");
            return;
        }
        const bool unreadable =
            std::any_of(reader.errorPaths().begin(), reader.errorPaths().end(),
                        [&](const std::string& p) { return !p.empty() && isUnder(d.path, p); });
        if (unreadable) continue;
        reader.positions().locate(d);
        result.diagnostics.add(std::move(d));
    }
}

// A document that is null although the text has content: `~`, or a stray `,` `]` `}`
// that yaml-cpp skips without complaint.
void addNullRoot(LoadResult& result, std::string_view text) {
    int line = 1;
    int column = 1;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '#') {
            while (i + 1 < text.size() && text[i + 1] != '\n') ++i;
        } else if (c == '\n') {
            ++line;
            column = 0;
        } else if (c == ',' || c == ']' || c == '}') {
            result.diagnostics.error({}, std::string("not valid YAML: unexpected `") + c + "`",
                                     "remove it, or put quotes around the text it belongs to", line,
                                     column);
            return;
        }
        ++column;
    }
    result.diagnostics.error({}, "the top level must be a mapping of sections, got no value",
                             "a scenario starts with `naikkelas: 1`", 1, 1);
}

constexpr const char* kEmptyMessage = "the file is empty; a scenario starts with `naikkelas: 1`";
constexpr const char* kEmptyHint = "see docs/scenario-format.md for a complete example";

// The text checks and yaml-cpp's parse; false (with the diagnostics) when no node tree
// comes out of the text.
bool parseText(std::string_view text, YAML::Node& root, LoadResult& result) {
    if (text.size() > kMaxScenarioBytes) {
        result.diagnostics.error(
            {}, "the text is larger than " + std::to_string(kMaxScenarioBytes / 1024) + " KiB",
            "a scenario is a few KiB");
        return false;
    }
    if (auto p = detail::findEncodingProblem(text)) {
        addTextProblem(result, *p);
        return false;
    }
    if (!detail::hasContent(text)) {
        result.diagnostics.error({}, kEmptyMessage, kEmptyHint, 1, 1);
        return false;
    }
    if (auto p = detail::findStructureProblem(text)) {
        addTextProblem(result, *p);
        return false;
    }
    // Load, not LoadAll: the pre-scan refused a second document, and LoadAll can loop
    // without end on some broken files (yaml-cpp issue 1040).
    try {
        root = YAML::Load(std::string(text));
    } catch (const YAML::Exception& e) {
        const Position at = positionOf(e.mark);
        result.diagnostics.error({}, "not valid YAML: " + e.msg, syntaxHint(text, e.mark, e.msg),
                                 at.line, at.column);
        return false;
    }
    if (root.IsNull()) {
        addNullRoot(result, text);
        return false;
    }
    return true;
}

LoadResult loadNode(const YAML::Node& root) {
    LoadResult result;
    if (!root.IsMap()) {
        const Position at = positionOf(root.Mark());
        result.diagnostics.error(
            {}, "the top level must be a mapping of sections, got " + describe(root),
            "a scenario starts with `naikkelas: 1`, then sections such "
            "as `scenario:` and `cohorts:`",
            at.line, at.column);
        return result;
    }
    Reader reader;
    Scenario scenario;
    reader.readRoot(root, scenario);
    result.diagnostics = reader.diagnostics();
    // A file for a newer format is not checked further: its keys mean other things.
    // Nor is a walk that stopped early: the scenario is only partly read.
    if (!reader.newerFormat() && !reader.stopped()) addValidation(result, reader, scenario);
    result.diagnostics = sortedByPosition(result.diagnostics);
    result.positions = reader.positions();
    if (!result.diagnostics.hasErrors())
        result.scenario = std::move(scenario);
    else if (!reader.newerFormat() && !reader.stopped())
        result.partial =
            PartialScenario{std::move(scenario), sortedByPosition(reader.diagnostics())};
    return result;
}

LoadResult loadText(std::string_view text) {
    LoadResult result;
    YAML::Node root;
    if (!parseText(text, root, result)) return result;
    return loadNode(root);
}

// Exceptions stay here: yaml-cpp may throw while a tree is walked, as well as parsed.
template <class F> LoadResult guarded(F load) {
    try {
        return load();
    } catch (const YAML::Exception& e) {
        const Position at = positionOf(e.mark);
        LoadResult result;
        result.diagnostics.error({}, "cannot read the scenario: " + e.msg,
                                 hintForSyntaxError(e.msg), at.line, at.column);
        return result;
    } catch (const std::exception& e) {
        LoadResult result;
        result.diagnostics.error({}, std::string("cannot read the scenario: ") + e.what());
        return result;
    }
}

} // namespace

LoadResult loadScenarioText(std::string_view text, const std::string& displayName) {
    LoadResult result = guarded([&] { return loadText(text); });
    result.diagnostics.setFile(displayName);
    if (result.partial) result.partial->readProblems.setFile(displayName);
    return result;
}

namespace detail {

LoadResult loadScenarioNode(const YAML::Node& root, const std::string& displayName) {
    LoadResult result = guarded([&] { return loadNode(root); });
    result.diagnostics.setFile(displayName);
    return result;
}

bool parseScenarioYaml(std::string_view text, YAML::Node& root, LoadResult& result) {
    try {
        return parseText(text, root, result);
    } catch (const std::exception& e) {
        result.diagnostics.error({}, std::string("cannot read the scenario: ") + e.what());
        return false;
    }
}

std::optional<Scenario> readScenarioUnchecked(std::string_view text) {
    try {
        LoadResult ignored;
        YAML::Node root;
        if (!parseText(text, root, ignored) || !root.IsMap()) return std::nullopt;
        Reader reader;
        Scenario scenario;
        reader.readRoot(root, scenario);
        if (reader.diagnostics().hasErrors() || reader.stopped()) return std::nullopt;
        return scenario;
    } catch (const std::exception&) {
        return std::nullopt;
    }
}

} // namespace detail

LoadResult loadScenarioFile(const std::string& path, std::string* textOut) {
    LoadResult result;
    std::error_code ec;
    const auto size = std::filesystem::file_size(path, ec);
    std::string text;
    std::string error;
    if (textOut) textOut->clear();
    if (!ec && size > kMaxScenarioBytes) {
        result.diagnostics.error(
            {},
            "the file is " + std::to_string(size / 1024) + " KiB, larger than the " +
                std::to_string(kMaxScenarioBytes / 1024) + " KiB a scenario may have",
            "a scenario file is a few KiB; is this the right file?");
    } else if (!readFile(path, text, error, kMaxScenarioBytes)) {
        result.diagnostics.error({}, error);
    } else {
        result = loadScenarioText(text, path);
        if (textOut) *textOut = std::move(text);
        return result;
    }
    result.diagnostics.setFile(path);
    return result;
}

} // namespace nk::io
