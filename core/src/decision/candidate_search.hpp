// The optimiser's working state: every candidate priced or run so far (a cache shared by
// the solves of one Optimiser), the constraints' check, and the order that ranks
// candidates. Internal to core/src/decision.
#pragma once

#include "naikkelas/decision/optimiser.hpp"

#include <set>

namespace nk::decision {

using Values = std::vector<double>;

struct Optimiser::Search {
    Search(const CandidateModel& model, std::vector<Factor> factors, OptimiseSpec spec);

    const CandidateModel& model;
    std::vector<Factor> factors;
    OptimiseSpec spec;
    std::size_t objectiveIndex = 0;  // into a candidate's outputs
    double sign = 1.0;               // +1 maximise, -1 minimise: scores are maximised
    std::optional<Values> preferred; // first among equals

    // Set by each solve.
    double envelopeScale = 1.0;
    const OptimiseOptions* options = nullptr;
    std::set<Values>* visited = nullptr; // every candidate asked for, when set
    std::size_t expected = 0;            // for progress: candidates the search will consider
    std::size_t considered = 0;

    std::size_t runs = 0, priced = 0; // over the optimiser's life
    bool cancelled = false;
    std::string error;          // a run that failed: the search stops
    std::string firstCostError; // a candidate that could not be priced (infeasible)

    struct Entry {
        bool linearOk = false;
        std::optional<CandidateCosts> costs;
        std::optional<Values> outputs;
    };
    std::map<Values, Entry> cache;

    // Prices every candidate that meets the linear constraints, then runs those that
    // meet the budget too (`always`: prices and runs every one; `simulate` false: runs
    // none).
    void run(const std::vector<Values>& candidates, bool always = false, bool simulate = true);
    bool stopped() const { return cancelled || !error.empty(); }

    bool linearOk(const Values& v) const;
    bool withinBudget(const CandidateCosts& c) const;
    bool feasible(const Values& v) const; // priced, and meets every constraint
    // sign x objective, for a feasible candidate that ran with a finite objective.
    std::optional<double> score(const Values& v) const;
    // a ranks before b: higher score, then lower total cost, then `preferred`, then
    // smaller values in order.
    // An unscored candidate ranks last.
    bool better(const Values& a, const Values& b) const;
    Candidate candidate(const Values& v) const; // of a scored candidate
    // Violations per constraint (budget limits, then linear), <= 0 when met, scaled by the
    // bound: COBYLA's constraint.
    double worstViolation(const Values& v) const;
    // The scaled limit of limit l.
    double limitOf(std::size_t l) const;
};

// The heuristic over the discrete factors (levels[i] ascending; empty for a real factor,
// held at fixed[i]): greedy by gain per Rupiah from the lowest levels, local search by
// single steps and swaps, then from `spec.restarts` deterministic random starts. The
// best candidate it ran; nothing when none was feasible.
std::optional<Values> heuristicSearch(Optimiser::Search& search,
                                      const std::vector<std::vector<double>>& levels,
                                      const Values& fixed);

// NLopt COBYLA over the real factors (levels[i] empty), from `start`, the others held.
void tuneContinuous(Optimiser::Search& search, const std::vector<std::vector<double>>& levels,
                    const Values& start);

} // namespace nk::decision
