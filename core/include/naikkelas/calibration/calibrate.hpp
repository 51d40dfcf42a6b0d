// Maximum-likelihood calibration of scenario parameters to a follow-up survey
// (docs/calibration.md): NLopt's BOBYQA inside each parameter's box, then for each
// parameter its profile likelihood, whose drop of chi2(1, 0.90) / 2 from the maximum
// bounds the 90 % interval; a profile that stays above that level across the whole box
// marks the parameter as not identified by the data. No printing: progress goes to a
// callback and a cancel flag stops the work between model runs.
#pragma once

#include "naikkelas/calibration/model_likelihood.hpp"

#include <atomic>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace nk::calibration {

inline constexpr double kIntervalLevel = 0.90;
// Half the 90 % quantile of chi-square with one degree of freedom (1.6448536^2 / 2).
inline constexpr double kProfileDrop = 1.352771727;

struct ParameterEstimate {
    std::string path;
    std::string unit;
    double start = 0.0;           // the scenario's value
    double estimate = 0.0;        // maximum likelihood
    double low = 0.0, high = 0.0; // the 90 % profile-likelihood interval
    bool lowAtBound = false;      // the profile never fell far enough below the estimate:
    bool highAtBound = false;     // the interval runs to the box's edge on that side
    bool identified() const { return !(lowAtBound && highAtBound); }
};

// One follow-up row, observed against fitted (at the estimates).
struct RowFit {
    FollowupRow observed;
    double running = 0.0; // fitted P(running)
    double atUmk = 0.0;   // fitted P(at least UMK)
    // Per quartile (q25, median, q75): the model's quantile of sales among those
    // running, and the model's percentile of the observed value; set where observed.
    std::optional<double> fittedSales[3];
    std::optional<double> observedPercentile[3];
    double logLikelihood = 0.0;
};

struct CalibrationOptions {
    const std::atomic<bool>* cancel = nullptr;
    // Fraction of the work done (0..1) and model runs so far, from the calling thread.
    std::function<void(double fraction, int evaluations)> progress;
    int maxEvaluationsPerSearch = 400; // one BOBYQA search: the fit or a profile point
};

struct CalibrationResult {
    bool ok = false;
    bool cancelled = false;
    std::string error;
    std::vector<ParameterEstimate> estimates;
    double startLogLikelihood = 0.0; // at the scenario's values
    double logLikelihood = 0.0;      // at the estimates
    std::vector<RowFit> rows;
    int evaluations = 0; // model runs in all
};

CalibrationResult calibrate(const ModelLikelihood& model, const CalibrationOptions& options = {});

} // namespace nk::calibration
