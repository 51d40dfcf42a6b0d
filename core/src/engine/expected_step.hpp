// Expected mode's month (MODEL.md 2.5) for one group and arm, straight from the
// modifiers: the probability mass of each occupied bin is spread over the move offsets
// (clamped to the grid and capped at max(kappa, k)), with no matrix to build. Plugins
// change a group's modifiers nearly every month, so building a table per month would
// cost more than the month itself.
#pragma once

#include "transition.hpp"

#include <vector>

namespace nk::engine {

class ExpectedStep {
public:
    // startBins: the starting-revenue distribution for these modifiers' start_shift
    // (StartDistributions keeps them); it must outlive the step's use.
    ExpectedStep(const CompiledScenario& scenario, const Modifiers& m,
                 const std::vector<double>& startBins);

    // One month of a group's expected counts over (P, A_0..A_{B-1}, X), into `next`
    // (same size, overwritten).
    void advance(const std::vector<double>& current, std::vector<double>& next) const;

private:
    const CompiledScenario& m_scenario;
    const std::vector<double>& m_startBins;
    double m_exitMult;
    double m_startProb;
    int m_capacityBin;
    MoveOffsets m_moves;
};

// The starting-revenue distributions of a run by start_shift: a level effect changes it
// only at a window's edges, so few are built; the latest few are kept.
class StartDistributions {
public:
    explicit StartDistributions(const CompiledScenario& scenario) : m_scenario(scenario) {}
    // Valid until the next call.
    const std::vector<double>& get(double startShift);

private:
    const CompiledScenario& m_scenario;
    std::vector<std::pair<double, std::unique_ptr<std::vector<double>>>> m_byShift;
};

} // namespace nk::engine
