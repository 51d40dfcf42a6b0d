// Writing scenario files whole: the tree of scenario_tree (every section in the
// documented order with every value, defaults included, so that a reader of the file sees
// the whole scenario) emitted by yaml-cpp. Numbers are written so that reading them back
// gives the same bits; text that a YAML reader could take for a number, a boolean or null
// is quoted.
#include "naikkelas/io/atomic_file.hpp"
#include "naikkelas/io/scenario_yaml.hpp"

#include "scenario_tree.hpp"
#include "yaml_prescan.hpp"

#include <yaml-cpp/yaml.h>

namespace nk::io {

namespace {

void emit(YAML::Emitter& out, const detail::YamlTree& tree) {
    using Kind = detail::YamlTree::Kind;
    switch (tree.kind) {
    case Kind::Scalar:
        if (tree.quoted) out << YAML::DoubleQuoted;
        out << tree.scalar;
        return;
    case Kind::Map:
        out << (tree.flow ? YAML::Flow : YAML::Block) << YAML::BeginMap;
        for (const auto& [key, value] : tree.entries) {
            out << YAML::Key;
            if (detail::plainLooksTyped(key)) out << YAML::DoubleQuoted;
            out << key << YAML::Value;
            emit(out, value);
        }
        out << YAML::EndMap;
        return;
    case Kind::Seq:
        out << (tree.flow ? YAML::Flow : YAML::Block) << YAML::BeginSeq;
        for (const auto& item : tree.items) emit(out, item);
        out << YAML::EndSeq;
        return;
    }
}

} // namespace

std::string scenarioToYaml(const Scenario& scenario) {
    YAML::Emitter out;
    out.SetIndent(2);
    out.SetMapFormat(YAML::Block);
    out << YAML::Comment("NaikKelas scenario; format: docs/scenario-format.md");
    emit(out, detail::scenarioTree(scenario));
    return std::string(out.c_str()) + "\n";
}

bool saveScenarioFile(const Scenario& scenario, const std::string& path, std::string& error) {
    std::string text;
    try {
        text = scenarioToYaml(scenario);
    } catch (const std::exception& e) {
        error = std::string("cannot write the scenario as YAML: ") + e.what();
        return false;
    }
    return writeFileAtomically(path, text, error);
}

} // namespace nk::io
