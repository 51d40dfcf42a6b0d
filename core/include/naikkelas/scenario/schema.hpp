// The scenario schema, written once: one table per section of the file, each row a key
// with its type, unit, valid range, label and help in Indonesian and English, and the
// member of the Scenario struct it fills. The reader, the writer's key order, the
// validator's range checks and the key-path accessor (scenario/schema_access.hpp) are
// driven from these tables; docs/scenario-format.md is checked against them by
// tests/core/test_schema.cpp. Defaults are the structs' own initialisers (scenario.hpp),
// read through the same members.
#pragma once

#include "naikkelas/scenario/scenario.hpp"
#include "naikkelas/units/rupiah.hpp"

#include <limits>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <type_traits>
#include <variant>
#include <vector>

namespace nk::schema {

enum class Kind {
    Integer,    // whole number (int)
    Rupiah,     // whole rupiah (int64)
    Seed,       // any unsigned 64-bit number
    Number,     // finite real number
    Text,       // any single value
    Choice,     // one of FieldInfo::choices
    NumberList, // list of numbers
    RupiahList, // list of rupiah
    TextList,   // list of text
    Section,    // a mapping with a table of its own
    Entries,    // a list of mappings with a table of their own
    Params,     // a plugin's parameters, declared by the plugin (registry/)
};

inline constexpr double kUnbounded = std::numeric_limits<double>::infinity();

// A closed, open or half-open interval; infinite ends are unbounded.
struct Range {
    double min = -kUnbounded;
    double max = kUnbounded;
    bool minExclusive = false;
    bool maxExclusive = false;
    constexpr bool contains(double v) const {
        return (minExclusive ? v > min : v >= min) && (maxExclusive ? v < max : v <= max);
    }
    constexpr bool bounded() const { return min > -kUnbounded || max < kUnbounded; }
};

struct Words {
    std::string_view id; // Bahasa Indonesia
    std::string_view en;
    constexpr std::string_view in(Language l) const { return l == Language::English ? en : id; }
};

struct FieldInfo {
    std::string_view key;
    Kind kind = Kind::Text;
    std::string_view unit; // as docs/scenario-format.md writes it: "Rp/month"; empty: none
    Range range;           // of the value, or of each element of a list of numbers
    // English words of a range hint: after a whole-number bound ("1 to 600 months"), before
    // a real one ("a share from 0 to 1"); for a choice, what it chooses ("run mode").
    std::string_view noun;
    // A tighter bound that depends on other keys ("below horizon_months"); validate.cpp
    // checks such a field by hand, with `range` as its outer bound.
    std::string_view crossBound;
    std::span<const std::string_view> choices; // Choice: the words, in the enum's order
    std::string_view missingHint;              // required keys only: what to write
    bool oneLine = false;                      // Entries: each written `{key: value}`
    Words label;
    Words help;
    bool required() const { return !missingHint.empty(); }
};

// The member of T a field fills: one alternative per type that occurs in a Scenario.
template <class T>
using Member = std::variant<
    int T::*, Rupiah T::*, std::uint64_t T::*, double T::*, std::string T::*, SizeScheme T::*,
    EquipmentKind T::*, RunMode T::*, std::vector<Rupiah> T::*, std::vector<double> T::*,
    std::vector<std::string> T::*, std::map<std::string, ParamValue> T::*, ScenarioInfo T::*,
    SizeClasses T::*, GridSpec T::*, CoreParameters T::*, Budget T::*, SimulationSettings T::*,
    std::vector<Program> T::*, std::vector<Equipment> T::*, std::vector<EquipmentAllocation> T::*,
    std::vector<Cluster> T::*, std::vector<Cohort> T::*, std::vector<FiscalYearLimit> T::*,
    std::vector<BudgetLine> T::*, std::vector<PluginUse> T::*>;

// What a member holds, for code that visits a Member<T>.
template <class M>
concept NumberValue = std::is_arithmetic_v<M>;
template <class M>
concept ChoiceValue = std::is_enum_v<M>;
template <class M> struct IsVector : std::false_type {};
template <class E> struct IsVector<std::vector<E>> : std::true_type {};
template <class M>
concept SectionValue =
    std::is_class_v<M> && !IsVector<M>::value && !std::is_same_v<M, std::string> &&
    !std::is_same_v<M, std::map<std::string, ParamValue>>;
template <class M>
concept EntriesValue = IsVector<M>::value && SectionValue<typename M::value_type>;
template <class M>
concept NumberListValue = IsVector<M>::value && NumberValue<typename M::value_type>;

template <class T> struct Field {
    FieldInfo info;
    Member<T> member;
};

// The table of one section, in the documented (and written) key order. Defined for
// Scenario (the top level, whose first key `naikkelas` is the format version) and for
// every struct a section or list entry reads into.
template <class T> std::span<const Field<T>> fieldsOf();
template <> std::span<const Field<Scenario>> fieldsOf<Scenario>();
template <> std::span<const Field<ScenarioInfo>> fieldsOf<ScenarioInfo>();
template <> std::span<const Field<SizeClasses>> fieldsOf<SizeClasses>();
template <> std::span<const Field<GridSpec>> fieldsOf<GridSpec>();
template <> std::span<const Field<CoreParameters>> fieldsOf<CoreParameters>();
template <> std::span<const Field<Program>> fieldsOf<Program>();
template <> std::span<const Field<Equipment>> fieldsOf<Equipment>();
template <> std::span<const Field<EquipmentAllocation>> fieldsOf<EquipmentAllocation>();
template <> std::span<const Field<Cluster>> fieldsOf<Cluster>();
template <> std::span<const Field<Cohort>> fieldsOf<Cohort>();
template <> std::span<const Field<FiscalYearLimit>> fieldsOf<FiscalYearLimit>();
template <> std::span<const Field<BudgetLine>> fieldsOf<BudgetLine>();
template <> std::span<const Field<Budget>> fieldsOf<Budget>();
template <> std::span<const Field<PluginUse>> fieldsOf<PluginUse>();
template <> std::span<const Field<SimulationSettings>> fieldsOf<SimulationSettings>();

// --- the whole schema, without templates: for docs, editors and tools ---

struct SchemaField {
    // `simulation.replications`, `cohorts[].participants`: the key path of any entry.
    std::string path;
    const FieldInfo* info = nullptr;
    // As a file spells it (`60`, `0.0174`, `pp7_2021`, `[0.05, 0.5, 0.95]`, `""`); empty
    // for sections, lists of entries and required keys.
    std::string defaultText;
};

// Every field of every section, sections before their keys, in file order.
const std::vector<SchemaField>& allFields();

// The field a key path names, with any index or id in brackets (`cohorts[2].participants`,
// `cohorts[blimbing].participants`, `cohorts[].participants`); nothing when it names none.
const FieldInfo* findField(std::string_view keyPath);

// --- ranges in words ---

// The valid range as docs/scenario-format.md writes it: `1 to 600`, `0 to 1`, `0 or more`,
// `above 0`, `0 up to (not including) 1`, `strictly between 0 and 1`; empty: any.
std::string describeRange(const FieldInfo& field);

// Shortest text that reads back as the same double; whole values in full (100000).
std::string formatNumber(double v);

struct RangeProblem {
    std::string message; // "601 is out of range"
    std::string hint;    // "1 to 600 months"
};

// What is wrong with `value` for `field` (`shown` is how the message writes it: `601`,
// `Rp -1`), or nothing: not finite, outside the range, or a fraction for a whole number.
std::optional<RangeProblem> checkRange(const FieldInfo& field, double value,
                                       const std::string& shown);

} // namespace nk::schema
