// What the report reads from an explore output folder (docs/experiment-format.md):
// sensitivity.csv for the tornado, and for the budget frontier frontier.csv when the
// design wrote it, else points.csv (discounted cost against additional active
// enterprises, each point's mean).
#pragma once

#include "naikkelas/decision/frontier.hpp"

#include <string>
#include <utility>
#include <vector>

namespace nk::gui::report {

struct SensitivityEntry {
    std::string design;
    std::string factor;
    std::string indicator;
    std::string measure;
    double value = 0.0;
};

struct FrontierPlan {
    decision::FrontierPoint plan;                        // point, cost, outcome, efficient, hull
    std::vector<std::pair<std::string, double>> factors; // path, value
};

struct ExperimentResults {
    std::string folder;
    std::vector<SensitivityEntry> sensitivity; // empty for grid and lhs designs
    // Every plan, cheapest first, the efficient ones (no other plan beats them on both
    // cost and outcome) marked; empty when there is no frontier.csv and points.csv lacks
    // cost_discounted or additional_active.
    std::vector<FrontierPlan> frontier;
    std::string outcome;        // the frontier's outcome indicator
    std::size_t pointCount = 0; // rows of points.csv
};

// False with `error` naming the file (and line) and what is wrong when the folder has no
// points.csv or a file cannot be read as the format describes.
bool readExperimentFolder(const std::string& folder, ExperimentResults& out, std::string& error);

} // namespace nk::gui::report
