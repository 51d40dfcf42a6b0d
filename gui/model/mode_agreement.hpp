// Whether expected mode agrees with a Monte Carlo run of the same scenario on a key
// indicator (no ImGui). The Monte Carlo mean is the model's mean; expected mode is its
// fast mean-field approximation, which can drift from it where the model is strongly
// non-linear (thresholds, small groups). An indicator is flagged when its expected value
// lies outside the Monte Carlo mean +- 3 standard errors of that mean.
#pragma once

#include "naikkelas/results/result_set.hpp"

#include <optional>
#include <string>

namespace nk::gui {

inline constexpr double kAgreementStandardErrors = 3.0;

// The standard error of a Monte Carlo indicator's mean; nothing without a band of two
// levels either side of the median, finite and of non-zero width, or with fewer than two
// replications.
std::optional<double> monteCarloStandardError(const ResultSet& monteCarlo,
                                              const Indicator& indicator);

struct ModeAgreement {
    double monteCarloMean = 0.0;
    double standardError = 0.0;
    double expected = 0.0;
    bool disagrees = false; // |expected - mean| > kAgreementStandardErrors * standardError
};

// For indicator `key` of both runs; nothing when either lacks it, a value is not finite,
// or there is no standard error to judge by.
std::optional<ModeAgreement> compareModes(const ResultSet& monteCarlo, const ResultSet& expected,
                                          const std::string& key);

} // namespace nk::gui
