// The `optimise` section of an experiment (docs/experiment-format.md): what to maximise
// or minimise, and under which constraints. The decision variables are the experiment's
// factors; their `step` makes them discrete. Read in optimise_yaml.cpp.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace nk::decision {

enum class Sense { Maximise, Minimise };

struct Objective {
    std::string indicator = "additional_active";
    Sense sense = Sense::Maximise;
    // Empty: the mean over replications (or expected mode's value). Otherwise the
    // quantile over replications (Monte Carlo only): 0.05, 0.5 or 0.95, the levels the
    // evaluator computes.
    std::optional<double> quantile;
};

// sum_i coefficient_i * factor value_i  <= bound (AtMost) or >= bound (AtLeast).
struct LinearTerm {
    std::size_t factor = 0; // index into the experiment's factors
    double coefficient = 1.0;
};
struct LinearConstraint {
    std::vector<LinearTerm> terms;
    bool atMost = true;
    double bound = 0.0;
};

struct OptimiseSpec {
    Objective objective;
    // The budget envelope and every fiscal-year limit of the scenario, checked on each
    // candidate's own cost lines (the budget plugin's).
    bool budget = true;
    std::vector<LinearConstraint> constraints;
    int exhaustiveLimit = 5000; // search every point when the space has at most this many
    int restarts = 4;           // heuristic: deterministic restarts after the greedy start
    int maxEvaluations = 400;   // NLopt: model runs for the real-valued variables
};

} // namespace nk::decision
