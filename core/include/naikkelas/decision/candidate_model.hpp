// What the optimiser asks of a model about a candidate (one value per factor): its
// planned costs against the budget's limits, and its outputs. The engine's model
// (engine_candidates.hpp) runs the scenario; tests put a plain function in its place.
#pragma once

#include "naikkelas/decision/evaluator.hpp"
#include "naikkelas/units/rupiah.hpp"

#include <string>
#include <vector>

namespace nk::decision {

struct BudgetLimit {
    std::string path; // budget.envelope, budget.fiscal_years[0].limit
    int year = 0;     // the fiscal (calendar) year it limits; 0 for the envelope
    Rupiah limit = 0;
};

struct CandidateCosts {
    bool ok = false;
    std::string error;
    Rupiah total = 0;            // every planned program cost
    std::vector<Rupiah> planned; // per limit (CandidateModel::limits), what counts against it
};

class CandidateModel {
public:
    virtual ~CandidateModel() = default;
    virtual const std::vector<BudgetLimit>& limits() const = 0;
    // Outputs per candidate: `stride` per indicator, the mean first, then in Monte Carlo
    // the 5 %, 50 % and 95 % quantiles (as Evaluator::outputNames).
    virtual const std::vector<std::string>& indicators() const = 0;
    virtual std::size_t stride() const = 0;
    // Per candidate, in order; the work spread over `threads`.
    virtual std::vector<CandidateCosts> costs(const std::vector<std::vector<double>>& candidates,
                                              int threads) const = 0;
    // As evaluatePoints over every candidate.
    virtual EvaluationRun outcomes(const std::vector<std::vector<double>>& candidates,
                                   const EvaluationOptions& options) const = 0;
};

} // namespace nk::decision
