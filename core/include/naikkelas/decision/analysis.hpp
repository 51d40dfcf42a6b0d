// Everything an exploration's outputs answer, by its design: the sensitivity measures
// (oat, morris, sobol), the budget frontier (frontier), the plans under uncertainty
// (uncertainty). One call for every front end: the command line, the app, a cluster run.
#pragma once

#include "naikkelas/decision/exploration.hpp"
#include "naikkelas/decision/frontier.hpp"
#include "naikkelas/decision/uncertainty.hpp"

#include <optional>

namespace nk::decision {

struct ExplorationAnalysis {
    std::vector<SensitivityRow> sensitivity;
    std::vector<FrontierPoint> frontier;          // frontier design only
    std::optional<UncertaintyReport> uncertainty; // uncertainty design only
};

// `outputs[p]` is point p's outputs: `stride` per indicator, the mean first.
ExplorationAnalysis analyzeExploration(const Experiment& experiment, const DesignPlan& plan,
                                       const std::vector<std::string>& indicators,
                                       std::size_t stride,
                                       const std::vector<std::vector<double>>& outputs);

// The analysis as one JSON document (`explore --format json`): the design, the number of
// points, and per design its measures, its frontier or its plans under uncertainty, with
// non-finite numbers as null.
std::string explorationJson(const Experiment& experiment,
                            const std::vector<std::vector<double>>& values,
                            const std::vector<std::string>& indicators,
                            const ExplorationAnalysis& analysis);

} // namespace nk::decision
