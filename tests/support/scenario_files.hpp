// The scenario files shipped in scenarios/ (NK_SCENARIO_DIR): every *.yaml, sorted. Free
// of doctest, so the benches use it too; fewer than the shipped six is an error.
#pragma once

#include <algorithm>
#include <cstddef>
#include <filesystem>
#include <stdexcept>
#include <string>
#include <vector>

namespace nk::test {

// default.yaml and the five seed programs.
inline constexpr std::size_t kShippedScenarioFiles = 6;

inline std::vector<std::filesystem::path> scenarioFiles() {
    std::vector<std::filesystem::path> files;
    for (const auto& entry : std::filesystem::directory_iterator(NK_SCENARIO_DIR))
        if (entry.path().extension() == ".yaml") files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    if (files.size() < kShippedScenarioFiles)
        throw std::runtime_error("scenarios/ holds " + std::to_string(files.size()) +
                                 " .yaml files, fewer than the " +
                                 std::to_string(kShippedScenarioFiles) + " shipped");
    return files;
}

} // namespace nk::test
