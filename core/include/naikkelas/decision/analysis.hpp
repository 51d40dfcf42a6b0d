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

} // namespace nk::decision
