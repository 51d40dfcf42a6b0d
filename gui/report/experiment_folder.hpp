// What the report reads from an explore output folder (docs/experiment-format.md):
// sensitivity.csv for the tornado and points.csv for the budget frontier (discounted cost
// against additional active enterprises, each point's mean).
#pragma once

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

struct FrontierPoint {
    std::size_t point = 0;
    double cost = 0.0;                                   // cost_discounted
    double outcome = 0.0;                                // additional_active
    std::vector<std::pair<std::string, double>> factors; // path, value
};

struct ExperimentResults {
    std::string folder;
    std::vector<SensitivityEntry> sensitivity; // empty for grid and lhs designs
    // The points no other point beats on both cost and outcome, cheapest first; empty
    // when points.csv lacks cost_discounted or additional_active.
    std::vector<FrontierPoint> frontier;
    std::size_t pointCount = 0;
};

// False with `error` naming the file and what is wrong when the folder has no
// points.csv or a file cannot be read as the format describes.
bool readExperimentFolder(const std::string& folder, ExperimentResults& out, std::string& error);

} // namespace nk::gui::report
