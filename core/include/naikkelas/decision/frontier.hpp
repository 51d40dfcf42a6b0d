// The budget frontier: which plans no other plan beats on both cost and outcome.
#pragma once

#include <vector>

namespace nk::decision {

// efficient[i]: no other point costs no more and achieves at least as much, with one
// of the two strictly better (cost minimised, outcome maximised). Points whose cost or
// outcome is not finite are never efficient.
std::vector<bool> paretoEfficient(const std::vector<double>& cost,
                                  const std::vector<double>& outcome);

} // namespace nk::decision
