// The layout of a scenario file: the keys and their order are the schema's tables
// (scenario/schema.hpp); here is which lists are written on one line and how each value is
// spelled.
#include "scenario_tree.hpp"

#include "naikkelas/scenario/schema.hpp"

#include "yaml_prescan.hpp"

#include <cmath>
#include <type_traits>

namespace nk::io::detail {

const YamlTree* YamlTree::find(std::string_view key) const {
    for (const auto& [name, value] : entries)
        if (name == key) return &value;
    return nullptr;
}

std::string formatDouble(double v, bool keepReal) {
    if (std::isnan(v)) return ".nan";
    if (std::isinf(v)) return v > 0 ? ".inf" : "-.inf";
    std::string text = schema::formatNumber(v);
    if (keepReal && text.find_first_of(".e") == std::string::npos) text += ".0";
    return text;
}

namespace {

using schema::FieldInfo;

YamlTree scalar(std::string text, bool quoted = false) {
    YamlTree t;
    t.scalar = std::move(text);
    t.quoted = quoted;
    return t;
}

YamlTree node(const std::string& v) {
    return scalar(v, plainLooksTyped(v));
}
YamlTree node(double v) {
    return scalar(formatDouble(v, false));
}
template <schema::NumberValue N> YamlTree node(N v) {
    return scalar(std::to_string(v));
}

YamlTree collection(YamlTree::Kind kind, bool flow) {
    YamlTree t;
    t.kind = kind;
    t.flow = flow;
    return t;
}

// A plugin's parameters keep their type: a real number stays real (`2.0`, not `2`).
YamlTree params(const std::map<std::string, ParamValue>& values) {
    YamlTree t = collection(YamlTree::Kind::Map, values.empty());
    for (const auto& [name, v] : values)
        t.entries.emplace_back(name, std::visit(
                                         [](const auto& x) {
                                             using X = std::decay_t<decltype(x)>;
                                             if constexpr (std::is_same_v<X, double>)
                                                 return scalar(formatDouble(x, true));
                                             else if constexpr (std::is_same_v<X, bool>)
                                                 return scalar(x ? "true" : "false");
                                             else
                                                 return node(x);
                                         },
                                         v));
    return t;
}

template <class T> YamlTree mapping(const T& object, bool flow);

// A value as its field is written: lists of values on one line, lists of entries one
// per line (or `[]`), an entry on one line where the schema says so.
template <class M> YamlTree valueTree(const M& value, const FieldInfo& info) {
    if constexpr (schema::ChoiceValue<M>) {
        return scalar(std::string(info.choices[static_cast<std::size_t>(value)]));
    } else if constexpr (schema::EntriesValue<M>) {
        YamlTree t = collection(YamlTree::Kind::Seq, value.empty());
        for (const auto& entry : value) t.items.push_back(mapping(entry, info.oneLine));
        return t;
    } else if constexpr (schema::IsVector<M>::value) {
        YamlTree t = collection(YamlTree::Kind::Seq, true);
        for (const auto& v : value) t.items.push_back(node(v));
        return t;
    } else if constexpr (std::is_same_v<M, std::map<std::string, ParamValue>>) {
        return params(value);
    } else if constexpr (schema::SectionValue<M>) {
        return mapping(value, false);
    } else {
        return node(value);
    }
}

// Every key of the schema's table, in its order.
template <class T> YamlTree mapping(const T& object, bool flow) {
    YamlTree t = collection(YamlTree::Kind::Map, flow);
    for (const auto& f : schema::fieldsOf<T>())
        std::visit(
            [&](auto member) {
                t.entries.emplace_back(std::string(f.info.key), valueTree(object.*member, f.info));
            },
            f.member);
    // A cluster's equipment list stays in block style when empty (`equipment:` with `[]` on
    // the next line), as files have been saved so far: saving again changes no byte.
    if constexpr (std::is_same_v<T, Cluster>)
        for (auto& [key, value] : t.entries)
            if (key == "equipment") value.flow = false;
    return t;
}

} // namespace

YamlTree scenarioTree(const Scenario& s) {
    YamlTree tree = mapping(s, false);
    tree.entries.front().second = node(kSchemaVersion); // the format this writer writes
    return tree;
}

} // namespace nk::io::detail
