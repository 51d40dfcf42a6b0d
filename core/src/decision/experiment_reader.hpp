// The reader behind experiment files (experiment_yaml.cpp, experiment_yaml_beliefs.cpp,
// optimise_yaml.cpp): yaml-cpp
// nodes to values, every problem recorded with line, column, key path and what would be
// valid. Internal to core; yaml-cpp stays inside core/src.
#pragma once

#include "naikkelas/decision/experiment.hpp"

#include <yaml-cpp/yaml.h>

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace nk::decision::detail {

std::string list(const std::vector<std::string>& words); // "a, b, c"

class Reader {
public:
    Diagnostics diagnostics;
    SourcePositions positions;

    void error(const std::string& path, const YAML::Node& node, std::string message,
               std::string hint = {});

    // The keys of a mapping, each checked against `valid`; unknown keys get "did you mean".
    std::vector<std::pair<std::string, YAML::Node>>
    entries(const YAML::Node& node, const std::string& path, const std::vector<std::string>& valid);
    std::optional<double> number(const YAML::Node& node, const std::string& path);
    // A whole number in [min, max].
    std::optional<std::int64_t> whole(const YAML::Node& node, const std::string& path,
                                      std::int64_t min, std::int64_t max);
    std::optional<bool> flag(const YAML::Node& node, const std::string& path);
    std::optional<std::string> text(const YAML::Node& node, const std::string& path);
    // One of `choices`, with "did you mean".
    std::optional<std::size_t> choice(const YAML::Node& node, const std::string& path,
                                      const std::vector<std::string>& choices);
    // Records the line of a list item.
    void item(const std::string& path, const YAML::Node& node);

    void readFactor(const YAML::Node& node, const std::string& path, Factor& f);
    void readDesign(const YAML::Node& node, const std::string& path, DesignSpec& d);
    void readExperiment(const YAML::Node& node, Experiment& e);
    // optimise_yaml.cpp; after the rest of `e`, whose factors, mode and indicators it
    // refers to.
    void readOptimise(const YAML::Node& node, const std::string& path, const Experiment& e,
                      OptimiseSpec& o);
    // experiment_yaml_beliefs.cpp
    void readDistribution(const YAML::Node& node, const std::string& path, Distribution& d);
    void readPlans(const YAML::Node& node, const std::string& path, std::vector<Plan>& plans);
    // Factors with a distribution need a design that samples; plans need `uncertainty`;
    // grids have at most kMaxGridPoints points.
    void checkDesignFits(const YAML::Node& node, const Experiment& e);
};

} // namespace nk::decision::detail
