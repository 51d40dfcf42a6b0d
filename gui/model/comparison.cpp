#include "model/comparison.hpp"

#include "naikkelas/results/paired_comparison.hpp"
#include "naikkelas/scenario/schema.hpp"

#include <algorithm>
#include <string_view>
#include <type_traits>
#include <variant>

namespace nk::gui {

namespace {

using Flat = std::vector<std::pair<std::string, std::string>>;

std::string join(const std::string& parent, std::string_view key) {
    return parent.empty() ? std::string(key) : parent + "." + std::string(key);
}

template <class V> std::string scalarText(const V& v, const schema::FieldInfo& info) {
    if constexpr (std::is_same_v<V, std::string>)
        return v;
    else if constexpr (std::is_enum_v<V>)
        return std::string(info.choices[static_cast<std::size_t>(v)]);
    else if constexpr (std::is_floating_point_v<V>)
        return schema::formatNumber(v);
    else
        return std::to_string(v);
}

std::string paramText(const ParamValue& v) {
    return std::visit(
        [](const auto& x) -> std::string {
            using V = std::decay_t<decltype(x)>;
            if constexpr (std::is_same_v<V, std::string>)
                return x;
            else if constexpr (std::is_same_v<V, bool>)
                return x ? "true" : "false";
            else if constexpr (std::is_same_v<V, double>)
                return schema::formatNumber(x);
            else
                return std::to_string(x);
        },
        v);
}

template <class T> void flatten(const T& object, const std::string& prefix, Flat& out);

// One field's value: a section or list of entries recurses; a list of plain values is one
// value, as a file writes it (`[0.05, 0.5, 0.95]`); a plugin's parameters are name/value.
template <class M>
void flattenValue(const M& value, const std::string& path, const schema::FieldInfo& info,
                  Flat& out) {
    if constexpr (schema::EntriesValue<M>) {
        for (std::size_t i = 0; i < value.size(); ++i)
            flatten(value[i], path + "[" + std::to_string(i) + "]", out);
    } else if constexpr (schema::SectionValue<M>) {
        flatten(value, path, out);
    } else if constexpr (std::is_same_v<M, std::map<std::string, ParamValue>>) {
        for (const auto& [name, param] : value)
            out.emplace_back(join(path, name), paramText(param));
    } else if constexpr (schema::IsVector<M>::value) {
        std::string text = "[";
        for (std::size_t i = 0; i < value.size(); ++i)
            text += (i ? ", " : "") + scalarText(value[i], info);
        out.emplace_back(path, text + "]");
    } else {
        out.emplace_back(path, scalarText(value, info));
    }
}

template <class T> void flatten(const T& object, const std::string& prefix, Flat& out) {
    for (const schema::Field<T>& f : schema::fieldsOf<T>())
        std::visit(
            [&](auto member) {
                flattenValue(object.*member, join(prefix, f.info.key), f.info, out);
            },
            f.member);
}

} // namespace

std::vector<std::pair<std::string, std::string>> flattenScenario(const Scenario& scenario) {
    Flat out;
    flatten(scenario, {}, out);
    return out;
}

Comparison compareScenarios(std::span<const ComparedScenario> scenarios) {
    Comparison c;
    if (scenarios.size() < kMinCompared || scenarios.size() > kMaxCompared) {
        c.error = "compare two to four scenarios";
        return c;
    }
    const std::size_t n = scenarios.size();
    for (const auto& s : scenarios) c.labels.push_back(s.label);

    // Indicators: the union of keys, in the order the first results that have them give.
    for (const auto& s : scenarios) {
        if (!s.results) continue;
        for (const Indicator& ind : s.results->indicators)
            if (std::none_of(c.indicators.begin(), c.indicators.end(),
                             [&](const IndicatorRow& r) { return r.key == ind.key; }))
                c.indicators.push_back({ind.key, ind.unit, std::vector<IndicatorCell>(n)});
    }
    for (IndicatorRow& row : c.indicators) {
        for (std::size_t i = 0; i < n; ++i) {
            const Indicator* ind =
                scenarios[i].results ? scenarios[i].results->indicator(row.key) : nullptr;
            if (!ind) continue;
            IndicatorCell& cell = row.cells[i];
            cell.present = true;
            cell.mean = ind->mean;
            if (!ind->quantiles.empty()) {
                cell.low = ind->quantiles.front();
                cell.high = ind->quantiles.back();
            }
        }
        // Differences to the first; none when the first has no value to compare with.
        if (row.cells[0].present)
            for (auto& cell : row.cells)
                if (cell.present) cell.difference = cell.mean - row.cells[0].mean;
    }
    // Monte Carlo runs on the same random numbers: paired bands of the differences.
    const ResultSet* first = scenarios[0].results;
    for (std::size_t i = 1; i < n && first; ++i) {
        if (!scenarios[i].results) continue;
        for (const IndicatorDifference& d : pairedDifferences(*first, *scenarios[i].results)) {
            if (d.quantiles.size() < 2) continue;
            const auto row = std::find_if(c.indicators.begin(), c.indicators.end(),
                                          [&](const IndicatorRow& r) { return r.key == d.key; });
            if (row == c.indicators.end()) continue;
            IndicatorCell& cell = row->cells[i];
            cell.difference = d.difference;
            cell.differenceLow = d.quantiles.front();
            cell.differenceHigh = d.quantiles.back();
            cell.distinguishable = d.distinguishable;
            c.pairedLevels = first->quantileLevels;
        }
    }

    // Parameters: every key path any scenario writes, kept in first-seen file order.
    std::vector<std::string> order;
    std::vector<std::map<std::string, std::string>> values(n);
    for (std::size_t i = 0; i < n; ++i) {
        if (!scenarios[i].scenario) continue;
        for (auto& [path, value] : flattenScenario(*scenarios[i].scenario)) {
            if (std::find(order.begin(), order.end(), path) == order.end()) order.push_back(path);
            values[i][path] = std::move(value);
        }
    }
    for (const std::string& path : order) {
        ParameterDifference diff{path, std::vector<std::string>(n)};
        // Absent (a shorter list) and present differ, so "absent" is kept apart from "".
        std::optional<std::optional<std::string>> reference;
        bool differs = false;
        for (std::size_t i = 0; i < n; ++i) {
            if (!scenarios[i].scenario) continue;
            const auto it = values[i].find(path);
            std::optional<std::string> value;
            if (it != values[i].end()) value = it->second;
            diff.values[i] = value.value_or(std::string{});
            if (!reference)
                reference = value;
            else if (*reference != value)
                differs = true;
        }
        if (differs) c.parameters.push_back(std::move(diff));
    }
    return c;
}

} // namespace nk::gui
