// Pieces shared by the two run modes: per-arm frames, the key indicators computed from
// them, and the modifiers of one group (neutral without plugins, checked for finiteness).
#pragma once

#include "series_layout.hpp"

#include "naikkelas/engine/engine.hpp"
#include "naikkelas/engine/split_run.hpp"

#include <string>
#include <vector>

namespace nk::engine {

// Every series of the two simulated arms, months x width (see SeriesLayout).
using ArmFrames = ReplicationFrames;

// Keys and units of the key indicators, in the order computeIndicators returns them.
struct IndicatorSpec {
    const char* key;
    const char* unit;
};
const std::vector<IndicatorSpec>& indicatorSpecs();

// Positions in the indicator vector.
enum IndicatorIndex : std::size_t {
    kActive,
    kEverStarted,
    kKecil,
    kAtUmk,
    kBenefit,
    kCost,
    kCostPerActive,
    kCostPerKecil,
    kBenefitCostRatio,
    kMovedUp
};

inline constexpr double kMinAdditionalForRatio = 0.01;

// Key indicators at the horizon, program - baseline (MODEL.md 2.7). Costs per
// additional enterprise are NaN below kMinAdditionalForRatio additional enterprises,
// the benefit/cost ratio when there is no cost.
std::vector<double> computeIndicators(const SeriesLayout& layout, const ArmFrames& frames,
                                      double discountMonthly);
// Sets the three ratios from the six additive indicators.
void fillRatios(std::vector<double>& values);

// Standard errors of the indicators' Monte Carlo means from the replications' values
// ([rep * n + i]) and the means (ratios already the ratio of the means): additive ones
// sd / sqrt(R), a ratio of means A/B by the delta method, sd(A_r - ratio B_r) / (B sqrt(R)).
std::vector<double> standardErrors(const std::vector<double>& values, int replications,
                                   const std::vector<double>& means);

// Combined modifiers for a group, or false with an error naming group and month.
bool groupModifiers(ModifierPipeline* pipeline, const CompiledScenario& scenario, Arm arm,
                    int month, int group, Modifiers& out, std::string& error);

// The two simulated arms, in frame order; and every arm a result reports.
inline constexpr Arm kSimulatedArms[2] = {Arm::Program, Arm::Baseline};
inline constexpr Arm kAllArms[3] = {Arm::Program, Arm::Baseline, Arm::Impact};

// A series of `column` with its means sized to the months, to be filled.
SeriesBand makeBand(Arm arm, const SeriesLayout& layout, int column);

// The threads a run uses: options.threads, or every core when it is 0 or less.
int runThreads(const RunOptions& options);

RunManifest manifestOf(const CompiledScenario& scenario, const RunOptions& options);

} // namespace nk::engine
