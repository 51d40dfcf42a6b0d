// Sensitivity measures from a design's outputs (one output per design point, in the
// design's order), as SALib computes them: one-at-a-time swings (the tornado), Morris
// elementary effects, Sobol first-order and total indices with bootstrap intervals.
// They know nothing of the model: tests hold them to functions with known answers.
#pragma once

#include "naikkelas/decision/designs.hpp"

#include <cstdint>
#include <vector>

namespace nk::decision {

// Outputs of oneAtATime(k): per factor, output at its low and high end minus the base.
struct Swing {
    double low = 0.0;
    double high = 0.0;
};
std::vector<Swing> oatSwings(int factors, const std::vector<double>& outputs);

// Per factor, over the trajectories' elementary effects (output change per unit of the
// factor's [0, 1] coordinate): mean, mean of absolute values (the ranking measure) and
// standard deviation (interaction or non-linearity).
struct MorrisIndex {
    double mu = 0.0;
    double muStar = 0.0;
    double sigma = 0.0;
};
std::vector<MorrisIndex> morrisIndices(const MorrisDesign& design,
                                       const std::vector<double>& outputs);

// First-order S1 (Saltelli 2010) and total ST (Jansen 1999) indices, with percentile
// bootstrap intervals at `level` (0.9: from the 5 % to the 95 % bootstrap quantile).
struct SobolIndex {
    double s1 = 0.0, s1Low = 0.0, s1High = 0.0;
    double st = 0.0, stLow = 0.0, stHigh = 0.0;
};
std::vector<SobolIndex> sobolIndices(const SaltelliDesign& design,
                                     const std::vector<double>& outputs, int bootstrap = 500,
                                     double level = 0.9, std::uint64_t seed = 1);

} // namespace nk::decision
