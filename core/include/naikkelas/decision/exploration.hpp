// An experiment from design to analysis, SALib's steps as plain functions: the design's
// points (planDesign), their factor values (pointValues), the evaluator's outputs
// (evaluator.hpp), and the sensitivity measures of the design (analyzeDesign).
#pragma once

#include "naikkelas/decision/designs.hpp"
#include "naikkelas/decision/experiment.hpp"

#include <string>
#include <vector>

namespace nk::decision {

struct DesignPlan {
    DesignKind kind = DesignKind::Oat;
    Points points; // unit-cube coordinates, in evaluation order
    // uncertainty: each point is one draw of the parameters (`samples` of them) for one
    // plan; point p is plan p % plans of draw p / plans.
    std::size_t plans = 1;
    MorrisDesign morris;
    SaltelliDesign saltelli;
};

// The points of the experiment's design, drawn from its seed. `oatBase`: the OAT design's
// base (baseCoordinates); empty: every factor at its middle.
DesignPlan planDesign(const Experiment& experiment, const Point& oatBase = {});

// Each factor's coordinate at the scenario's own value (oat_base.cpp): where every key
// it names holds one value (a plugin's parameter as the bound plugin uses it) inside its
// range or among its values. Otherwise, and for a distribution, the middle, 0.5.
Point baseCoordinates(const Experiment& experiment, const Scenario& scenario,
                      const PluginRegistry& registry);

// The most points a grid or frontier may have.
inline constexpr double kMaxGridPoints = 100'000;

// What a point is: its columns in points.csv before the outputs. The factors' paths;
// for the uncertainty design first `plan` (its index in design.plans) and `draw` (the
// parameter draw, which is also the Monte Carlo replication it runs).
std::vector<std::string> pointColumns(const Experiment& experiment);
inline constexpr std::size_t kUncertaintyLead = 2; // plan, draw

// Each point's columns (factor values via factors.hpp).
std::vector<std::vector<double>> pointValues(const Experiment& experiment, const DesignPlan& plan);

// One measure of one factor on one indicator: swing_low, swing_high (oat); mu_star, mu,
// sigma (morris); S1, S1_lo, S1_hi, ST, ST_lo, ST_hi (sobol). Grid and lhs give none:
// their points are for reading as they are.
struct SensitivityRow {
    std::string factor; // its path
    std::string indicator;
    std::string measure;
    double value = 0.0;
};

// `outputs[p]` is the evaluator's outputs of point p: `stride` per indicator, the mean
// first. Rows follow the factors' order, then the indicators', then the measures'.
std::vector<SensitivityRow> analyzeDesign(const Experiment& experiment, const DesignPlan& plan,
                                          const std::vector<std::string>& indicators,
                                          std::size_t stride,
                                          const std::vector<std::vector<double>>& outputs);

} // namespace nk::decision
