// Experimental designs over the unit cube, as SALib separates them: a design gives the
// points to evaluate (rows, one coordinate in [0, 1] per factor); factors.hpp maps
// them to factor values; sensitivity.hpp analyses the outputs. Randomness comes from
// the engine's counter-based streams, so a design is a pure function of its seed.
#pragma once

#include <cstdint>
#include <vector>

namespace nk::decision {

using Point = std::vector<double>; // one coordinate in [0, 1] per factor
using Points = std::vector<Point>;

// Latin hypercube: n points; along each factor, each of the n strata [i/n, (i+1)/n)
// holds exactly one point.
Points latinHypercube(int n, int factors, std::uint64_t seed);

// One at a time: the base first, then for each factor its low (0) and high (1) end with
// the others at the base: 1 + 2k points.
Points oneAtATime(const Point& base);

// Full grid: levels[f] evenly spaced coordinates for factor f (each >= 2), the first
// factor varying slowest.
Points grid(const std::vector<int>& levels);

// Independent uniform coordinates: `samples` points (simple random sampling, as
// probabilistic sensitivity analysis draws its parameter sets).
Points randomSample(int samples, int factors, std::uint64_t seed);

// Morris elementary effects: r trajectories of k + 1 points on a p-level grid; each
// step moves one factor (in a random order) by delta = p / (2 (p - 1)).
struct MorrisDesign {
    int factors = 0;
    int trajectories = 0;
    int levels = 0;
    Points points;                // trajectory t holds points t (k + 1) .. t (k + 1) + k
    std::vector<int> movedFactor; // per step (t k + s): which factor step s of t moved
};
MorrisDesign morris(int trajectories, int factors, int levels, std::uint64_t seed);

// Saltelli's scheme for Sobol indices: base matrices A and B of n random points, and
// for each factor i the matrix AB_i (A with column i from B). Points are ordered
// A, B, AB_1 .. AB_k, each n rows: n (k + 2) points.
struct SaltelliDesign {
    int factors = 0;
    int samples = 0; // n
    Points points;
};
SaltelliDesign saltelli(int samples, int factors, std::uint64_t seed);

} // namespace nk::decision
