#include "experiment_reader.hpp"

#include "../io/yaml_prescan.hpp"

#include <algorithm>
#include <unordered_map>

namespace nk::decision::detail {

using io::detail::NumberParse;

std::string list(const std::vector<std::string>& words) {
    std::string out;
    for (const auto& w : words) out += (out.empty() ? "" : ", ") + w;
    return out;
}

void Reader::error(const std::string& path, const YAML::Node& node, std::string message,
                   std::string hint) {
    const YAML::Mark m = node.Mark();
    diagnostics.error(path, std::move(message), std::move(hint), m.is_null() ? 0 : m.line + 1,
                      m.is_null() ? 0 : m.column + 1);
}

std::vector<std::pair<std::string, YAML::Node>>
Reader::entries(const YAML::Node& node, const std::string& path,
                const std::vector<std::string>& valid) {
    std::vector<std::pair<std::string, YAML::Node>> out;
    if (!node.IsMap()) {
        error(path, node, "expected a mapping", "`key: value` lines, keys: " + list(valid));
        return out;
    }
    std::unordered_map<std::string, int> seen;
    for (const auto& pair : node) {
        const std::string key = pair.first.IsScalar() ? pair.first.Scalar() : "";
        const std::string sub = path.empty() ? key : path + "." + key;
        if (std::find(valid.begin(), valid.end(), key) == valid.end()) {
            const std::string close = closestMatch(key, valid);
            error(sub, pair.first, "unknown key `" + key + "`",
                  close.empty() ? "valid keys: " + list(valid) : "did you mean `" + close + "`?");
            continue;
        }
        if (const auto first = seen.find(key); first != seen.end()) {
            error(sub, pair.first,
                  "duplicate key `" + key + "` (first at line " + std::to_string(first->second) +
                      ")",
                  "remove one of them");
            continue;
        }
        seen.emplace(key, pair.first.Mark().line + 1);
        positions.record(sub, pair.second.Mark().line + 1, pair.second.Mark().column + 1);
        out.emplace_back(key, pair.second);
    }
    return out;
}

std::optional<double> Reader::number(const YAML::Node& node, const std::string& path) {
    double value = 0;
    if (node.IsScalar() && node.Tag() != "!") {
        const NumberParse p = io::detail::parseFloat(node.Scalar(), value);
        if (p == NumberParse::Ok) return value;
    }
    error(path, node, "expected a finite number", "e.g. 0.35 or 2_500_000");
    return std::nullopt;
}

std::optional<std::int64_t> Reader::whole(const YAML::Node& node, const std::string& path,
                                          std::int64_t min, std::int64_t max) {
    const std::string range = "from " + std::to_string(min) + " to " + std::to_string(max);
    std::int64_t value = 0;
    if (!node.IsScalar() || node.Tag() == "!" ||
        io::detail::parseInteger(node.Scalar(), value) != NumberParse::Ok) {
        error(path, node, "expected a whole number", range);
        return std::nullopt;
    }
    if (value < min || value > max) {
        error(path, node, std::to_string(value) + " is out of range", range);
        return std::nullopt;
    }
    return value;
}

std::optional<bool> Reader::flag(const YAML::Node& node, const std::string& path) {
    bool value = false;
    if (node.IsScalar() && io::detail::parseBool(node.Scalar(), value)) return value;
    error(path, node, "expected true or false");
    return std::nullopt;
}

std::optional<std::string> Reader::text(const YAML::Node& node, const std::string& path) {
    if (node.IsScalar() && !node.Scalar().empty()) return node.Scalar();
    error(path, node, "expected text");
    return std::nullopt;
}

std::optional<std::size_t> Reader::choice(const YAML::Node& node, const std::string& path,
                                          const std::vector<std::string>& choices) {
    const std::string word = node.IsScalar() ? node.Scalar() : "";
    for (std::size_t i = 0; i < choices.size(); ++i)
        if (word == choices[i]) return i;
    const std::string close = closestMatch(word, choices);
    error(path, node, "unknown value `" + word + "`",
          close.empty() ? "one of: " + list(choices) : "did you mean `" + close + "`?");
    return std::nullopt;
}

void Reader::item(const std::string& path, const YAML::Node& node) {
    positions.record(path, node.Mark().line + 1, node.Mark().column + 1);
}

} // namespace nk::decision::detail
