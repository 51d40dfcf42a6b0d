#include "model/comparison.hpp"

#include "naikkelas/io/scenario_yaml.hpp"

#include <algorithm>
#include <sstream>

namespace nk::gui {

namespace {

struct Frame {
    int indent = -1;
    std::string path;
    int nextIndex = 0;
};

std::string join(const std::string& parent, const std::string& key) {
    return parent.empty() ? key : parent + "." + key;
}

bool startsScalar(const std::string& s) {
    return !s.empty() && (s[0] == '"' || s[0] == '\'' || s[0] == '[' || s[0] == '{');
}

// One line's content at `indent`; "- x" recurses with the item as parent, as YAML reads
// "- key: value" (the key sits two columns in).
void readLine(std::vector<Frame>& stack, int indent, const std::string& content,
              std::vector<std::pair<std::string, std::string>>& out) {
    while (stack.size() > 1 && stack.back().indent >= indent) stack.pop_back();
    Frame& parent = stack.back();
    if (content == "-" || content.rfind("- ", 0) == 0) {
        const std::string path = parent.path + "[" + std::to_string(parent.nextIndex++) + "]";
        stack.push_back({indent, path, 0});
        const std::string rest = content.size() > 2 ? content.substr(2) : std::string{};
        if (rest.empty()) return;
        if (startsScalar(rest) || rest.find(':') == std::string::npos)
            out.emplace_back(path, rest);
        else
            readLine(stack, indent + 2, rest, out);
        return;
    }
    const auto colon = content.find(": ");
    if (startsScalar(content) || (colon == std::string::npos && content.back() != ':')) {
        out.emplace_back(parent.path, content); // a continuation line of a plain scalar
        return;
    }
    const std::string key =
        content.substr(0, colon == std::string::npos ? content.size() - 1 : colon);
    const std::string value =
        colon == std::string::npos ? std::string{} : content.substr(colon + 2);
    const std::string path = join(parent.path, key);
    if (value.empty())
        stack.push_back({indent, path, 0});
    else
        out.emplace_back(path, value);
}

} // namespace

std::vector<std::pair<std::string, std::string>> flattenScenario(const Scenario& scenario) {
    std::vector<std::pair<std::string, std::string>> out;
    std::vector<Frame> stack{Frame{}};
    std::istringstream in(io::scenarioToYaml(scenario));
    std::string line;
    while (std::getline(in, line)) {
        const auto first = line.find_first_not_of(' ');
        if (first == std::string::npos || line[first] == '#') continue;
        readLine(stack, static_cast<int>(first), line.substr(first), out);
    }
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
