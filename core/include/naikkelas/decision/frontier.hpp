// The budget frontier: which plans no other plan beats on both cost and outcome.
#pragma once

#include <cmath>
#include <cstddef>
#include <string>
#include <vector>

namespace nk::decision {

// efficient[i]: no other point costs no more and achieves at least as much, with one
// of the two strictly better (cost minimised, outcome maximised). Points whose cost or
// outcome is not finite are never efficient.
std::vector<bool> paretoEfficient(const std::vector<double>& cost,
                                  const std::vector<double>& outcome);

struct FrontierPoint {
    std::size_t point = 0;
    double cost = 0.0;    // discounted cost (mean)
    double outcome = 0.0; // the design's outcome (mean)
    bool efficient = false;
    // Efficient plans: the outcome gained per rupiah over the next cheaper efficient plan
    // (NaN for the cheapest and for a plan that costs the same as it).
    double gainPerRupiah = NAN;
    // On the frontier's upper convex hull: no mix of a cheaper and a dearer plan does
    // better ("extended dominance" in cost-effectiveness analysis).
    bool hull = false;
};

// The points of a frontier design from the evaluator's outputs (`stride` per indicator,
// the mean first), cheapest first (ties in point order), with the efficient ones and
// the hull among them marked.
std::vector<FrontierPoint> budgetFrontier(const std::vector<std::string>& indicators,
                                          std::size_t stride, const std::string& outcome,
                                          const std::string& cost,
                                          const std::vector<std::vector<double>>& outputs);

} // namespace nk::decision
