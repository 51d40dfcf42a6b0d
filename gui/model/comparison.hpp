// Comparing two to four scenarios side by side (pure): the key indicators of each with
// the difference to the first and their bands, and the parameters that differ, by key
// path so that a click can go to the field.
#pragma once

#include "naikkelas/results/result_set.hpp"
#include "naikkelas/scenario/scenario.hpp"

#include <map>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace nk::gui {

inline constexpr std::size_t kMinCompared = 2;
inline constexpr std::size_t kMaxCompared = 4;

struct ComparedScenario {
    std::string label;
    const Scenario* scenario = nullptr; // null: no parameter comparison for it
    const ResultSet* results = nullptr; // null: not run (its cells are empty)
};

struct IndicatorCell {
    bool present = false;
    double mean = 0.0;
    double difference = 0.0; // mean - the first scenario's mean (0 for the first)
    // The outermost quantiles (Monte Carlo), e.g. 5% and 95%.
    std::optional<double> low, high;
    // Monte Carlo on common random numbers (the same replications as the first): the
    // band of the per-replication differences, and whether it leaves out zero
    // (results/paired_comparison.hpp). difference is then the mean of the pairs.
    std::optional<double> differenceLow, differenceHigh;
    bool distinguishable = true;
};

struct IndicatorRow {
    std::string key;
    std::string unit;
    std::vector<IndicatorCell> cells; // one per scenario, in order
};

struct ParameterDifference {
    std::string path;                // cohorts[0].participants
    std::vector<std::string> values; // as written in YAML; empty when absent
};

struct Comparison {
    std::vector<std::string> labels;
    std::vector<double> pairedLevels;     // the levels of the paired bands (the first's); or empty
    std::vector<IndicatorRow> indicators; // in the first results' order, then others'
    std::vector<ParameterDifference> parameters; // in canonical file order
    std::string error;                           // fewer than two or more than four scenarios
};

Comparison compareScenarios(std::span<const ComparedScenario> scenarios);

// Key path -> text of every value of a scenario, walked through the schema's tables (so
// every field, in file order); a list of plain values is one value (`[0.05, 0.5]`), a
// plugin's parameters are `plugins[i].params.name`. Paths are those of Diagnostics.
std::vector<std::pair<std::string, std::string>> flattenScenario(const Scenario& scenario);

} // namespace nk::gui
