// Settings are applied to the parsed node tree, not to the Scenario, so that a mistyped
// key or a bad value meets the same reader and checks as a file edit would.
#include "naikkelas/io/scenario_settings.hpp"

#include "naikkelas/scenario/key_path.hpp"

#include "scenario_read.hpp"

#include <algorithm>

namespace nk::io {

namespace {

bool isUnder(const std::string& path, const std::string& parent) {
    if (path.compare(0, parent.size(), parent) != 0) return false;
    return path.size() == parent.size() || path[parent.size()] == '.' || path[parent.size()] == '[';
}

// A plugin's parameters may be named without `.params`: plugins[x].name.
std::vector<KeyStep> withPluginParams(std::vector<KeyStep> steps) {
    if (steps.size() == 3 && steps[0].kind == KeyStep::Kind::Key && steps[0].name == "plugins" &&
        steps[1].kind != KeyStep::Kind::Key && steps[2].kind == KeyStep::Kind::Key &&
        steps[2].name != "id" && steps[2].name != "params")
        steps.insert(steps.begin() + 2, KeyStep{KeyStep::Kind::Key, "params", 0});
    return steps;
}

struct Applied {
    std::string path; // with indexes, as diagnostics name it
    int line = 0;     // of the key in the text, or of its nearest parent written there
    int column = 0;
};

class Applier {
public:
    Applier(Diagnostics& diagnostics) : m_diagnostics(diagnostics) {}

    std::optional<Applied> apply(YAML::Node root, const KeySetting& setting) {
        const auto parsed = parseKeyPath(setting.path);
        if (!parsed) {
            m_diagnostics.error(setting.path, "not a key path",
                                "keys joined by dots, an entry by index or id in brackets, e.g. "
                                "cohorts[0].participants or cohorts[blimbing].participants");
            return std::nullopt;
        }
        YAML::Node value;
        try {
            value = YAML::Load(setting.value);
        } catch (const YAML::Exception& e) {
            m_diagnostics.error(setting.path,
                                "the value `" + setting.value + "` is not valid YAML: " + e.msg,
                                "write it as after `key: ` in the file; put text in quotes");
            return std::nullopt;
        }
        const std::vector<KeyStep> steps = withPluginParams(*parsed);
        Applied applied;
        std::vector<KeyStep> resolved; // ids replaced by indexes, as diagnostics name entries
        YAML::Node node = root;
        for (std::size_t i = 0; i < steps.size(); ++i) {
            const KeyStep& step = steps[i];
            const bool last = i + 1 == steps.size();
            if (step.kind == KeyStep::Kind::Key) {
                if (node.IsDefined() && !node.IsMap() && !node.IsNull()) {
                    m_diagnostics.error(applied.path, "has no keys: it is " + kindOf(node),
                                        node.IsSequence() ? "choose an entry: " + applied.path +
                                                                "[0] or " + applied.path + "[id]"
                                                          : "");
                    return std::nullopt;
                }
                resolved.push_back(step);
                applied.path = formatKeyPath(resolved);
                // A key not written yet is shown at its parent.
                if (node.IsDefined() && node.IsMap())
                    for (const auto& pair : node)
                        if (pair.first.IsScalar() && pair.first.Scalar() == step.name) {
                            applied.line = pair.first.Mark().line + 1;
                            applied.column = pair.first.Mark().column + 1;
                        }
                if (last) {
                    node[step.name] = value;
                    return applied;
                }
                node.reset(node[step.name]);
                continue;
            }
            if (!node.IsSequence()) {
                m_diagnostics.error(
                    applied.path,
                    "is not a list, so it has no entry [" +
                        (step.kind == KeyStep::Kind::Id ? step.name : std::to_string(step.index)) +
                        "]: it is " + kindOf(node));
                return std::nullopt;
            }
            const auto index = entryOf(node, step, applied.path);
            if (!index) return std::nullopt;
            resolved.push_back({KeyStep::Kind::Index, {}, *index});
            applied.path = formatKeyPath(resolved);
            applied.line = node[*index].Mark().line + 1;
            applied.column = node[*index].Mark().column + 1;
            if (last) {
                node[*index] = value;
                return applied;
            }
            node.reset(node[*index]);
        }
        return applied;
    }

private:
    static std::string kindOf(const YAML::Node& node) {
        if (node.IsSequence()) return "a list";
        if (node.IsMap()) return "a mapping";
        return "the value `" + node.Scalar() + "`";
    }

    std::optional<std::size_t> entryOf(const YAML::Node& list, const KeyStep& step,
                                       const std::string& path) {
        if (step.kind == KeyStep::Kind::Index) {
            if (step.index < list.size()) return step.index;
            m_diagnostics.error(path + "[" + std::to_string(step.index) + "]", "no such entry",
                                list.size() == 0 ? path + " is empty"
                                                 : path + " has entries 0 to " +
                                                       std::to_string(list.size() - 1));
            return std::nullopt;
        }
        std::vector<std::string> ids;
        for (std::size_t i = 0; i < list.size(); ++i) {
            const YAML::Node item = list[i];
            if (!item.IsMap() || !item["id"] || !item["id"].IsScalar()) continue;
            if (item["id"].Scalar() == step.name) return i;
            ids.push_back(item["id"].Scalar());
        }
        std::string hint = ids.empty() ? path + " has no entries with an id" : "";
        for (const auto& id : ids) hint += (hint.empty() ? "ids: " : ", ") + id;
        const std::string close = closestMatch(step.name, ids);
        if (!close.empty()) hint = "did you mean `" + close + "`? (" + hint + ")";
        m_diagnostics.error(path + "[" + step.name + "]", "no entry with id `" + step.name + "`",
                            hint);
        return std::nullopt;
    }

    Diagnostics& m_diagnostics;
};

} // namespace

std::optional<KeySetting> parseKeySetting(std::string_view argument, std::string& error) {
    const std::size_t eq = argument.find('=');
    if (eq == std::string_view::npos || eq == 0) {
        error = "expected KEY=VALUE, e.g. cohorts[0].participants=30, got '" +
                std::string(argument) + "'";
        return std::nullopt;
    }
    return KeySetting{std::string(argument.substr(0, eq)), std::string(argument.substr(eq + 1))};
}

LoadResult loadScenarioWithSettings(std::string_view text, const std::string& displayName,
                                    const std::vector<KeySetting>& settings) {
    LoadResult result;
    YAML::Node root;
    if (!detail::parseScenarioYaml(text, root, result)) {
        result.diagnostics.setFile(displayName);
        return result;
    }
    Diagnostics problems;
    std::vector<Applied> applied;
    try {
        Applier applier(problems);
        for (const auto& s : settings)
            if (auto a = applier.apply(root, s)) applied.push_back(std::move(*a));
    } catch (const YAML::Exception& e) {
        problems.error({}, "cannot apply the settings: " + e.msg);
    }
    if (problems.hasErrors()) {
        result.diagnostics = std::move(problems);
        result.diagnostics.setFile(displayName);
        return result;
    }
    result = detail::loadScenarioNode(root, displayName);
    // A set value's own marks are in the setting's text, not the file's.
    Diagnostics located;
    for (Diagnostic d : result.diagnostics.items()) {
        for (const auto& a : applied)
            if (isUnder(d.path, a.path)) {
                d.line = a.line;
                d.column = a.column;
            }
        located.add(std::move(d));
    }
    result.diagnostics = std::move(located);
    for (const auto& a : applied) result.positions.relocate(a.path, a.line, a.column);
    return result;
}

} // namespace nk::io
