// The schema as a whole (every field with its path and default) and ranges in words; the
// tables themselves are in schema_tables.cpp.
#include "naikkelas/scenario/schema.hpp"

#include "naikkelas/scenario/key_path.hpp"

#include <charconv>
#include <cmath>
#include <unordered_map>

namespace nk::schema {

namespace {

std::string joinWords(const std::string& a, std::string_view b) {
    if (a.empty()) return std::string(b);
    return b.empty() ? a : a + " " + std::string(b);
}

bool isWhole(Kind kind) {
    return kind == Kind::Integer || kind == Kind::Rupiah || kind == Kind::Seed;
}

template <class M> std::string valueText(const M& value) {
    if constexpr (std::is_same_v<M, double>)
        return formatNumber(value);
    else if constexpr (NumberValue<M>)
        return std::to_string(value);
    else if constexpr (std::is_same_v<M, std::string>)
        return "\"" + value + "\"";
}

template <class M> std::string defaultText(const M& value, const FieldInfo& info) {
    if constexpr (NumberValue<M> || std::is_same_v<M, std::string>) {
        return valueText(value);
    } else if constexpr (ChoiceValue<M>) {
        return std::string(info.choices[static_cast<std::size_t>(value)]);
    } else if constexpr (IsVector<M>::value && !EntriesValue<M>) {
        std::string out;
        for (const auto& v : value) out += (out.empty() ? "" : ", ") + valueText(v);
        return "[" + out + "]";
    } else if constexpr (EntriesValue<M>) {
        return "[]";
    } else if constexpr (std::is_same_v<M, std::map<std::string, ParamValue>>) {
        return "{}";
    } else {
        return {}; // a section: its keys have the defaults
    }
}

template <class T> void collect(const std::string& prefix, std::vector<SchemaField>& out) {
    static const T defaults{};
    for (const Field<T>& f : fieldsOf<T>()) {
        const std::string path =
            prefix.empty() ? std::string(f.info.key) : prefix + "." + std::string(f.info.key);
        std::visit(
            [&](auto member) {
                using M = std::remove_cvref_t<decltype(defaults.*member)>;
                out.push_back(
                    {path, &f.info,
                     f.info.required() ? std::string() : defaultText(defaults.*member, f.info)});
                if constexpr (SectionValue<M>)
                    collect<M>(path, out);
                else if constexpr (EntriesValue<M>)
                    collect<typename M::value_type>(path + "[]", out);
            },
            f.member);
    }
}

// `cohorts[2].participants`, `cohorts[].participants` -> `cohorts.participants`
std::string withoutBrackets(std::string_view path) {
    std::string out;
    int depth = 0;
    for (const char c : path) {
        if (c == '[') ++depth;
        if (depth == 0) out.push_back(c);
        if (c == ']' && depth > 0) --depth;
    }
    return out;
}

} // namespace

const std::vector<SchemaField>& allFields() {
    static const std::vector<SchemaField> fields = [] {
        std::vector<SchemaField> out;
        collect<Scenario>("", out);
        return out;
    }();
    return fields;
}

const FieldInfo* findField(std::string_view keyPath) {
    static const std::unordered_map<std::string, const FieldInfo*> byPath = [] {
        std::unordered_map<std::string, const FieldInfo*> out;
        for (const SchemaField& f : allFields()) out.emplace(withoutBrackets(f.path), f.info);
        return out;
    }();
    const auto it = byPath.find(withoutBrackets(keyPath));
    return it == byPath.end() ? nullptr : it->second;
}

std::string formatNumber(double v) {
    char buffer[128];
    const bool whole = std::isfinite(v) && std::trunc(v) == v && std::fabs(v) < 1e15;
    const auto result =
        whole ? std::to_chars(buffer, buffer + sizeof buffer, v, std::chars_format::fixed)
              : std::to_chars(buffer, buffer + sizeof buffer, v);
    return std::string(buffer, result.ptr);
}

std::string describeRange(const FieldInfo& field) {
    if (field.kind == Kind::Seed) return "0 to 18446744073709551615";
    const Range& r = field.range;
    const std::string lo = formatNumber(r.min);
    const std::string hi = formatNumber(r.max);
    const bool hasMin = r.min > -kUnbounded;
    const bool hasMax = r.max < kUnbounded;
    if (hasMin && hasMax) {
        if (r.min == r.max) return lo;
        if (r.minExclusive && r.maxExclusive) return "strictly between " + lo + " and " + hi;
        if (r.maxExclusive) return lo + " up to (not including) " + hi;
        if (r.minExclusive) return "above " + lo + ", at most " + hi;
        return lo + " to " + hi;
    }
    if (hasMin) return r.minExclusive ? "above " + lo : lo + " or more";
    if (hasMax) return r.maxExclusive ? "below " + hi : "at most " + hi;
    return field.kind == Kind::Number ? "finite" : "";
}

namespace {

// The hint of a range problem: the range with the field's noun.
std::string rangeHint(const FieldInfo& field) {
    const Range& r = field.range;
    const std::string lo = formatNumber(r.min);
    if (r.min > -kUnbounded && r.max == kUnbounded)
        return joinWords((r.minExclusive ? "more than " : "") + lo +
                             (r.minExclusive ? "" : " or more"),
                         field.noun);
    if (isWhole(field.kind)) return joinWords(describeRange(field), field.noun);
    const std::string range = describeRange(field);
    if (field.noun.empty()) return range;
    // "a share from 0 to 1", "a quantile strictly between 0 and 1"
    return std::string(field.noun) + (range.rfind("strictly", 0) == 0 ? " " : " from ") + range;
}

} // namespace

std::optional<RangeProblem> checkRange(const FieldInfo& field, double value,
                                       const std::string& shown) {
    if (!std::isfinite(value))
        return RangeProblem{"not a finite number",
                            "write a number such as 0.5; .nan and .inf are not allowed"};
    if (isWhole(field.kind) && std::trunc(value) != value)
        return RangeProblem{shown + " is not a whole number", rangeHint(field)};
    const Range& r = field.range;
    if (r.contains(value)) return std::nullopt;
    const bool minOnly = r.max == kUnbounded; // so the value is below the minimum
    if (minOnly && r.minExclusive)
        return RangeProblem{shown + " must be above " + formatNumber(r.min), rangeHint(field)};
    if (minOnly && r.min == 0) return RangeProblem{shown + " is negative", rangeHint(field)};
    return RangeProblem{shown + " is out of range", rangeHint(field)};
}

} // namespace nk::schema
