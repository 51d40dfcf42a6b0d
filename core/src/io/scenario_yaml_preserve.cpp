// The preserving writer: compares the writer's trees of the original scenario (as its text
// reads) and of the edited one, and turns each difference into an edit of the original
// text at the place yaml-cpp's marks and YamlSource's spans point to. What it cannot
// follow, and any result that does not read back as the edited scenario, falls back to
// the full writer with the reason.
#include "naikkelas/io/scenario_preserving.hpp"

#include "naikkelas/io/atomic_file.hpp"
#include "naikkelas/io/scenario_yaml.hpp"

#include "scenario_read.hpp"
#include "scenario_tree.hpp"
#include "yaml_render.hpp"
#include "yaml_source.hpp"

#include <algorithm>
#include <functional>
#include <map>
#include <set>

namespace nk::io {

namespace {

using detail::Span;
using MaybeSpan = std::optional<Span>;
using detail::YamlRenderer;
using detail::YamlSource;
using detail::YamlTree;

// Replacements of byte ranges of the original text, applied together.
class Edits {
public:
    void replace(std::size_t begin, std::size_t end, std::string text) {
        m_edits.push_back({begin, end, std::move(text)});
    }
    void insert(std::size_t at, std::string text) { replace(at, at, std::move(text)); }

    // [from, to) of `text` with the edits applied; nothing when edits overlap or reach
    // outside the range. Insertions at one place keep the order they were made in.
    std::optional<std::string> apply(std::string_view text, std::size_t from,
                                     std::size_t to) const {
        std::vector<Edit> edits = m_edits;
        std::stable_sort(edits.begin(), edits.end(), [](const Edit& a, const Edit& b) {
            return std::pair(a.begin, a.end != a.begin) < std::pair(b.begin, b.end != b.begin);
        });
        std::string out;
        std::size_t at = from;
        for (const Edit& e : edits) {
            if (e.begin < at || e.end > to || e.end < e.begin) return std::nullopt;
            out.append(text.substr(at, e.begin - at));
            out += e.text;
            at = e.end;
        }
        out.append(text.substr(at, to - at));
        return out;
    }

private:
    struct Edit {
        std::size_t begin;
        std::size_t end;
        std::string text;
    };
    std::vector<Edit> m_edits;
};

// Where a value sits: in a flow collection or not, the column of the key (or `-`) that
// owns it, and for a mapping value the place just after its key's colon.
struct Place {
    bool inFlow = false;
    std::size_t indent = 0;
    std::optional<std::size_t> afterColon;
};

// The parts of `edited` that differ from `original`: for mappings only the changed keys
// (a key left out of a file reads as its default, so unchanged keys need not be written).
YamlTree changedPart(const YamlTree* original, const YamlTree& edited) {
    if (!original || original->kind != YamlTree::Kind::Map || edited.kind != YamlTree::Kind::Map)
        return edited;
    YamlTree out = edited;
    out.entries.clear();
    for (const auto& [key, value] : edited.entries) {
        const YamlTree* before = original->find(key);
        if (!before || *before != value) out.entries.emplace_back(key, changedPart(before, value));
    }
    return out;
}

// The id of a list entry, when it is a mapping with a scalar `id`.
const std::string* idOf(const YamlTree& item) {
    const YamlTree* id = item.kind == YamlTree::Kind::Map ? item.find("id") : nullptr;
    return id && id->kind == YamlTree::Kind::Scalar ? &id->scalar : nullptr;
}

bool uniqueIds(const std::vector<YamlTree>& items) {
    std::set<std::string> seen;
    for (const auto& item : items) {
        const std::string* id = idOf(item);
        if (!id || !seen.insert(*id).second) return false;
    }
    return true;
}

// For each edited item, the original item it continues, if any. Lists of entries with
// unique ids match by id; other lists by the longest common run of equal items. Between
// matches, unmatched items pair up in order: an entry edited in place (or renamed).
std::vector<std::optional<std::size_t>> matchItems(const std::vector<YamlTree>& original,
                                                   const std::vector<YamlTree>& edited) {
    const std::size_t n = original.size();
    const std::size_t m = edited.size();
    std::vector<std::optional<std::size_t>> match(m);
    if (n > 0 && m > 0 && uniqueIds(original) && uniqueIds(edited)) {
        std::map<std::string, std::size_t> byId;
        for (std::size_t i = 0; i < n; ++i) byId[*idOf(original[i])] = i;
        for (std::size_t j = 0; j < m; ++j)
            if (const auto it = byId.find(*idOf(edited[j])); it != byId.end())
                match[j] = it->second;
    } else {
        std::vector<std::vector<std::size_t>> lcs(n + 1, std::vector<std::size_t>(m + 1, 0));
        for (std::size_t i = n; i-- > 0;)
            for (std::size_t j = m; j-- > 0;)
                lcs[i][j] = original[i] == edited[j] ? lcs[i + 1][j + 1] + 1
                                                     : std::max(lcs[i + 1][j], lcs[i][j + 1]);
        for (std::size_t i = 0, j = 0; i < n && j < m;) {
            if (original[i] == edited[j]) {
                match[j++] = i++;
            } else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
                ++i;
            } else {
                ++j;
            }
        }
    }
    // Pair the unmatched between consecutive matches, when matches keep their order.
    std::optional<std::size_t> last;
    for (const auto& mt : match)
        if (mt) {
            if (last && *mt < *last) return match;
            last = mt;
        }
    std::vector<bool> used(n, false);
    for (const auto& mt : match)
        if (mt) used[*mt] = true;
    std::size_t nextOriginal = 0;
    for (std::size_t j = 0; j < m; ++j) {
        if (match[j]) {
            nextOriginal = *match[j] + 1;
            continue;
        }
        if (nextOriginal < n && !used[nextOriginal]) {
            match[j] = nextOriginal;
            used[nextOriginal++] = true;
        }
    }
    return match;
}

class Preserver {
public:
    Preserver(const YamlSource& source, const YamlRenderer& renderer)
        : m_source(source), m_render(renderer) {}

    const std::string& failure() const { return m_failure; }

    bool patch(const YAML::Node& node, MaybeSpan span, const YamlTree* before,
               const YamlTree& after, const Place& place, Edits& edits);

private:
    bool fail(std::string why) {
        if (m_failure.empty()) m_failure = std::move(why);
        return false;
    }
    std::string_view text() const { return m_source.text(); }
    const std::string& newline() const { return m_render.layout().newline; }

    bool scalar(const YAML::Node& node, MaybeSpan span, const YamlTree& after, const Place& place,
                Edits& edits);
    bool replaceCollection(MaybeSpan span, const YamlTree* before, const YamlTree& after,
                           const Place& place, Edits& edits);
    bool mapping(const YAML::Node& node, MaybeSpan span, const YamlTree* before,
                 const YamlTree& after, const Place& place, Edits& edits);
    bool sequence(const YAML::Node& node, MaybeSpan span, const YamlTree& before,
                  const YamlTree& after, const Place& place, Edits& edits);
    // The text of [from, to) with a nested value's edits, for parts that are moved.
    std::optional<std::string> patched(const Edits& edits, std::size_t from, std::size_t to) {
        auto out = edits.apply(text(), from, to);
        if (!out) fail("changes inside a moved entry overlap");
        return out;
    }

    const YamlSource& m_source;
    const YamlRenderer& m_render;
    std::string m_failure;
};

bool Preserver::patch(const YAML::Node& node, MaybeSpan span, const YamlTree* before,
                      const YamlTree& after, const Place& place, Edits& edits) {
    if (before && *before == after) return true;
    switch (after.kind) {
    case YamlTree::Kind::Scalar:
        if (node.IsMap() || node.IsSequence()) return fail("a list or mapping became a value");
        return scalar(node, span, after, place, edits);
    case YamlTree::Kind::Map:
        if (node.IsMap() && node.size() > 0)
            return mapping(node, span, before, after, place, edits);
        return replaceCollection(span, before, after, place, edits);
    case YamlTree::Kind::Seq:
        if (node.IsSequence() && node.size() > 0 && before && before->kind == YamlTree::Kind::Seq)
            return sequence(node, span, *before, after, place, edits);
        return replaceCollection(span, before, after, place, edits);
    }
    return true;
}

bool Preserver::scalar(const YAML::Node& node, MaybeSpan maybeSpan, const YamlTree& after,
                       const Place& place, Edits& edits) {
    if (!maybeSpan) return fail("a changed value whose extent is unclear");
    const Span span = *maybeSpan;
    if (span.begin == span.end) { // `key:` with nothing after it
        edits.insert(span.begin, " " + m_render.scalar(after, place.inFlow));
        return true;
    }
    const char style = node.IsScalar() ? text()[span.begin] : ' ';
    std::optional<std::string> replacement;
    if (style == '"') {
        replacement = m_render.doubleQuoted(after.scalar);
    } else if (style == '\'') {
        replacement = m_render.singleQuoted(after.scalar);
    } else if ((style == '|' || style == '>') && !place.inFlow) {
        const std::size_t headerEnd = m_source.lineEnd(span.begin);
        std::size_t token = span.begin;
        while (token < headerEnd && text()[token] != ' ' && text()[token] != '#') ++token;
        std::size_t indent = place.indent + m_render.layout().mapStep;
        std::size_t width = 0;
        for (std::size_t line = m_source.nextLineStart(span.begin); line < span.end;
             line = m_source.nextLineStart(line)) {
            const std::size_t end = m_source.lineEnd(line);
            std::size_t first = line;
            while (first < end && text()[first] == ' ') ++first;
            if (first == end) continue;
            if (width == 0) indent = first - line;
            width = std::max(width, end - line);
        }
        if (const auto block = m_render.blockScalar(style, after.scalar, indent,
                                                    std::max<std::size_t>(width, 80))) {
            edits.replace(span.begin, token, block->header);
            edits.replace(headerEnd, span.end, block->body);
            return true;
        }
    }
    if (!replacement) {
        replacement = style == '|' || style == '>' || style == '\''
                          ? m_render.doubleQuoted(after.scalar)
                          : m_render.scalar(after, place.inFlow);
    }
    edits.replace(span.begin, span.end, *replacement);
    return true;
}

// A value that was empty (`key:`, `[]`, `{}`) and now holds entries: an empty collection
// shows no style, so the writer's is used.
bool Preserver::replaceCollection(MaybeSpan maybeSpan, const YamlTree* before,
                                  const YamlTree& after, const Place& place, Edits& edits) {
    if (!maybeSpan) return fail("a changed value whose extent is unclear");
    const Span span = *maybeSpan;
    const YamlTree part = changedPart(before, after);
    const bool flow = place.inFlow || m_render.writesFlow(part, YAML::Node());
    if (flow) {
        edits.replace(span.begin, span.end,
                      (span.begin == span.end ? " " : "") + m_render.flow(part));
        return true;
    }
    if (!place.afterColon) return fail("a list item became a list or mapping");
    if (*place.afterColon < span.begin) edits.replace(*place.afterColon, span.end, "");
    edits.insert(m_source.lineEnd(std::max(span.end, *place.afterColon)),
                 m_render.afterKey(part, place.indent, YAML::Node()));
    return true;
}

bool Preserver::mapping(const YAML::Node& node, MaybeSpan span, const YamlTree* before,
                        const YamlTree& after, const Place& place, Edits& edits) {
    const bool inFlow = place.inFlow || node.Style() == YAML::EmitterStyle::Flow;
    // Extents are found only where an edit needs them: an anchor or tag on an untouched
    // value does not stand in the way.
    struct Entry {
        std::string key;
        YAML::Node keyNode;
        YAML::Node value;
        std::size_t keyBegin;
        MaybeSpan valueSpan;
    };
    std::vector<Entry> entries;
    for (const auto& pair : node)
        entries.push_back({pair.first.Scalar(), pair.first, pair.second,
                           m_source.offset(pair.first.Mark()),
                           m_source.valueSpan(pair.first, pair.second, inFlow)});
    const auto find = [&](const std::string& key) -> const Entry* {
        for (const auto& e : entries)
            if (e.key == key) return &e;
        return nullptr;
    };
    const auto beforeOf = [&](const std::string& key) {
        return before && before->kind == YamlTree::Kind::Map ? before->find(key) : nullptr;
    };
    const auto placeOf = [&](const Entry& e) {
        return Place{inFlow, m_source.column(e.keyBegin), m_source.afterColon(e.keyNode, inFlow)};
    };
    std::vector<std::pair<std::string, YamlTree>> added;
    for (const auto& [key, value] : after.entries) {
        const YamlTree* was = beforeOf(key);
        if (!find(key) && (!was || *was != value)) added.emplace_back(key, changedPart(was, value));
    }
    std::vector<const Entry*> removed;
    for (const auto& e : entries)
        if (!after.find(e.key)) removed.push_back(&e);

    if (inFlow && (!added.empty() || !removed.empty())) {
        // Rebuilt on its line: kept entries as written (with their own changes), then the
        // new ones.
        if (!span) return fail("a mapping whose extent is unclear");
        std::string out = "{";
        for (const auto& e : entries) {
            const YamlTree* now = after.find(e.key);
            if (!now) continue;
            if (!e.valueSpan) return fail("a value whose extent is unclear");
            Edits inner;
            if (!patch(e.value, e.valueSpan, beforeOf(e.key), *now, placeOf(e), inner))
                return false;
            const auto kept = patched(inner, e.keyBegin, e.valueSpan->end);
            if (!kept) return false;
            out += (out.size() > 1 ? ", " : "") + *kept;
        }
        for (const auto& [key, value] : added) {
            YamlTree single;
            single.kind = YamlTree::Kind::Map;
            single.entries.emplace_back(key, value);
            const std::string text = m_render.flow(single);
            out += (out.size() > 1 ? ", " : "") + text.substr(1, text.size() - 2);
        }
        edits.replace(span->begin, span->end, out + "}");
        return true;
    }

    const std::size_t indent = m_source.column(entries.front().keyBegin);
    // Blank lines between entries, as between the file's first two.
    std::string gap;
    if (!added.empty() && entries.size() > 1 && entries[0].valueSpan) {
        const int blank = m_source.blankLinesBefore(m_source.lineEnd(entries[0].valueSpan->end),
                                                    m_source.commentsAbove(entries[1].keyBegin));
        for (int i = 0; i < blank; ++i) gap += newline();
    }
    for (const auto& [key, value] : after.entries) {
        if (const Entry* e = find(key)) {
            if (!patch(e->value, e->valueSpan, beforeOf(key), value, placeOf(*e), edits))
                return false;
            continue;
        }
        const auto it =
            std::find_if(added.begin(), added.end(), [&](const auto& a) { return a.first == key; });
        if (it == added.end()) continue;
        // After the nearest earlier key that the file has, else before its first key.
        const Entry* anchor = nullptr;
        for (const auto& [earlier, unused] : after.entries) {
            if (earlier == key) break;
            if (const Entry* e = find(earlier)) anchor = e;
        }
        const std::string line = m_render.entry(key, it->second, indent, YAML::Node());
        if (anchor && !anchor->valueSpan) return fail("a value whose extent is unclear");
        if (anchor)
            edits.insert(m_source.lineEnd(anchor->valueSpan->end),
                         newline() + gap + std::string(indent, ' ') + line);
        else
            edits.insert(entries.front().keyBegin,
                         line + newline() + gap + std::string(indent, ' '));
    }
    for (const Entry* e : removed) {
        if (!m_source.startsLine(e->keyBegin)) return fail("a removed key shares its line");
        if (!e->valueSpan) return fail("a removed value whose extent is unclear");
        const std::size_t from = m_source.commentsAbove(e->keyBegin);
        edits.replace(from, m_source.nextLineStart(e->valueSpan->end), "");
    }
    return true;
}

bool Preserver::sequence(const YAML::Node& node, MaybeSpan span, const YamlTree& before,
                         const YamlTree& after, const Place& place, Edits& edits) {
    const bool inFlow = place.inFlow || node.Style() == YAML::EmitterStyle::Flow;
    const std::size_t n = node.size();
    if (before.items.size() != n) return fail("a list reads as a different number of entries");
    std::vector<YAML::Node> items;
    std::vector<MaybeSpan> spans;
    for (const auto& item : node) {
        items.push_back(item);
        spans.push_back(m_source.span(item, inFlow));
    }
    const auto match = matchItems(before.items, after.items);
    std::vector<bool> kept(n, false);
    bool ordered = true;
    std::optional<std::size_t> last;
    for (const auto& mt : match) {
        if (!mt) continue;
        kept[*mt] = true;
        if (last && *mt < *last) ordered = false;
        last = mt;
    }
    const bool anyKept = last.has_value();
    // The edits inside an entry that is kept.
    const auto inner = [&](std::size_t j, std::size_t i, const Place& at, Edits& out) {
        return patch(items[i], spans[i], &before.items[i], after.items[j], at, out);
    };
    const auto unclear = [&](std::size_t i) {
        return !spans[i] && fail("a list entry whose extent is unclear");
    };

    if (inFlow) {
        bool same = after.items.size() == n;
        for (std::size_t j = 0; same && j < n; ++j) same = match[j] == j;
        if (same) {
            for (std::size_t j = 0; j < n; ++j)
                if (!inner(j, j, Place{true, place.indent, std::nullopt}, edits)) return false;
            return true;
        }
        if (!span) return fail("a list whose extent is unclear");
        std::string out = "[";
        for (std::size_t j = 0; j < after.items.size(); ++j) {
            std::string piece;
            if (match[j]) {
                const std::size_t i = *match[j];
                Edits nested;
                if (unclear(i) || !inner(j, i, Place{true, place.indent, std::nullopt}, nested))
                    return false;
                const auto text = patched(nested, spans[i]->begin, spans[i]->end);
                if (!text) return false;
                piece = *text;
            } else {
                piece = m_render.flow(after.items[j]);
            }
            out += (out.size() > 1 ? ", " : "") + piece;
        }
        edits.replace(span->begin, span->end, out + "]");
        return true;
    }

    std::vector<std::size_t> dash(n), start(n);
    for (std::size_t i = 0; i < n; ++i) {
        const auto d = m_source.dashOf(items[i]);
        if (!d || !m_source.startsLine(*d)) return fail("a list entry not on a line of its own");
        dash[i] = *d;
        start[i] = m_source.commentsAbove(*d);
    }
    // Where entry i's last line ends; needed only around entries added, moved or removed.
    const auto endOf = [&](std::size_t i) { return m_source.lineEnd(spans[i]->end); };
    const std::size_t dashColumn = m_source.column(dash[0]);
    const Place itemPlace{false, dashColumn, std::nullopt};
    std::string gap;
    if (n > 1 && spans[0])
        for (int b = m_source.blankLinesBefore(endOf(0), start[1]); b > 0; --b) gap += newline();
    const auto newItem = [&](std::size_t j) {
        return m_render.item(after.items[j], dashColumn, items[0]);
    };

    if (after.items.empty()) {
        if (!place.afterColon) return fail("a nested list became empty");
        if (unclear(n - 1)) return false;
        edits.insert(*place.afterColon, " []");
        edits.replace(m_source.lineEnd(*place.afterColon), endOf(n - 1), "");
        return true;
    }
    if (!ordered || !anyKept) {
        // Entries moved: the list is laid out again from its entries' own text.
        std::string out;
        for (std::size_t j = 0; j < after.items.size(); ++j) {
            if (j > 0) out += newline() + gap;
            if (!match[j]) {
                out += newItem(j);
                continue;
            }
            const std::size_t i = *match[j];
            Edits nested;
            if (unclear(i) || !inner(j, i, itemPlace, nested)) return false;
            const auto text = patched(nested, start[i], endOf(i));
            if (!text) return false;
            out += *text;
        }
        if (unclear(n - 1)) return false;
        edits.replace(start[0], endOf(n - 1), out);
        return true;
    }
    std::optional<std::size_t> previous; // the last kept original entry so far
    std::size_t firstKept = n;
    for (std::size_t i = 0; i < n && firstKept == n; ++i)
        if (kept[i]) firstKept = i;
    for (std::size_t j = 0; j < after.items.size(); ++j) {
        if (match[j]) {
            if (!inner(j, *match[j], itemPlace, edits)) return false;
            previous = match[j];
        } else if (previous) {
            if (unclear(*previous)) return false;
            edits.insert(endOf(*previous), newline() + gap + newItem(j));
        } else {
            edits.insert(start[firstKept], newItem(j) + newline() + gap);
        }
    }
    // Removed entries go with the lines above them that are theirs; a run at the front
    // takes the space up to the first kept entry.
    for (std::size_t i = 0; i < n;) {
        if (kept[i]) {
            ++i;
            continue;
        }
        std::size_t j = i;
        while (j + 1 < n && !kept[j + 1]) ++j;
        if (i > 0) {
            if (unclear(i - 1) || unclear(j)) return false;
            edits.replace(endOf(i - 1), endOf(j), "");
        } else {
            edits.replace(start[0], start[j + 1], "");
        }
        i = j + 1;
    }
    return true;
}

// The file's indentation steps, where it first shows them.
detail::YamlLayout measureLayout(const YamlSource& source, const YAML::Node& root) {
    detail::YamlLayout layout;
    layout.newline = source.newline();
    bool map = false, seq = false, item = false;
    const std::function<void(const YAML::Node&, int)> visit = [&](const YAML::Node& node,
                                                                  int depth) {
        if (depth > 4 || !node.IsMap() || node.Style() == YAML::EmitterStyle::Flow) return;
        for (const auto& pair : node) {
            const YAML::Node& v = pair.second;
            const std::size_t keyColumn = source.column(source.offset(pair.first.Mark()));
            if (v.Style() == YAML::EmitterStyle::Flow || v.size() == 0) continue;
            if (v.IsMap() && !map) {
                const std::size_t child = source.column(source.offset(v.begin()->first.Mark()));
                if (child > keyColumn) {
                    layout.mapStep = child - keyColumn;
                    map = true;
                }
            }
            if (v.IsSequence()) {
                const auto dash = source.dashOf(v[0]);
                if (dash && !seq && source.column(*dash) >= keyColumn) {
                    layout.seqStep = source.column(*dash) - keyColumn;
                    seq = true;
                }
                if (dash && !item && v[0].IsMap() && v[0].Style() != YAML::EmitterStyle::Flow) {
                    const std::size_t key =
                        source.column(source.offset(v[0].begin()->first.Mark()));
                    if (key > source.column(*dash)) {
                        layout.itemStep = key - source.column(*dash);
                        item = true;
                    }
                }
                for (const auto& entry : v) visit(entry, depth + 1);
            }
            visit(v, depth + 1);
        }
    };
    visit(root, 0);
    return layout;
}

PreservingWrite rewrite(const Scenario& edited, std::string reason) {
    return {scenarioToYaml(edited), std::move(reason)};
}

} // namespace

PreservingWrite writeScenarioPreserving(std::string_view originalText, const Scenario& edited) {
    const std::optional<Scenario> original = detail::readScenarioUnchecked(originalText);
    if (!original) return rewrite(edited, "the original text does not read as a scenario");
    const YamlTree before = detail::scenarioTree(*original);
    const YamlTree after = detail::scenarioTree(edited);
    if (before == after) return {std::string(originalText), {}};
    try {
        const YAML::Node root = YAML::Load(std::string(originalText));
        const YamlSource source(originalText);
        const YamlRenderer renderer(measureLayout(source, root));
        Preserver preserver(source, renderer);
        Edits edits;
        if (!preserver.patch(root, source.span(root, false), &before, after, Place{}, edits))
            return rewrite(edited,
                           "the original's layout could not be followed: " + preserver.failure());
        const auto text = edits.apply(originalText, 0, originalText.size());
        if (!text) return rewrite(edited, "the changes to the original overlap");
        const std::optional<Scenario> back = detail::readScenarioUnchecked(*text);
        if (!back || !(*back == edited))
            return rewrite(edited, "the original's layout did not read back as the edits");
        return {*text, {}};
    } catch (const std::exception& e) {
        return rewrite(edited, std::string("the original could not be followed: ") + e.what());
    }
}

bool saveScenarioPreserving(std::string_view originalText, const Scenario& edited,
                            const std::string& path, std::string& error) {
    PreservingWrite written;
    try {
        written = writeScenarioPreserving(originalText, edited);
    } catch (const std::exception& e) {
        error = std::string("cannot write the scenario as YAML: ") + e.what();
        return false;
    }
    return writeFileAtomically(path, written.text, error);
}

} // namespace nk::io
