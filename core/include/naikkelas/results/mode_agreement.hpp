// Expected mode against Monte Carlo for the same run (docs/model.md 2.6): the Monte Carlo
// mean is the model's mean, the estimate to report; expected mode is its fast mean-field
// approximation. An indicator whose expected value lies outside the Monte Carlo mean
// +- 3 standard errors is flagged: the two modes then tell different stories, and the
// Monte Carlo figure is the one to trust.
#pragma once

#include "naikkelas/results/result_set.hpp"

#include <span>
#include <string>
#include <vector>

namespace nk {

inline constexpr double kModeGapLimit = 3.0; // standard errors

struct ModeAgreement {
    std::string key;
    double expected = 0.0;
    double monteCarlo = 0.0;
    double standardError = 0.0;
    // (expected - Monte Carlo mean) / standard error: 0 within rounding, NaN when the
    // replications show no spread at all.
    double gap = 0.0;
    bool flagged = false; // |gap| > kModeGapLimit
};

// One entry per indicator both sets have, in the Monte Carlo set's order.
std::vector<ModeAgreement> compareModes(const ResultSet& expected, const ResultSet& monteCarlo);

// The expected-mode and Monte Carlo sets of a run in mode `both`, or null.
struct ModePair {
    const ResultSet* expected = nullptr;
    const ResultSet* monteCarlo = nullptr;
};
ModePair findModePair(std::span<const ResultSet> results);

} // namespace nk
