// The allocation optimiser (docs/experiment-format.md, `optimise`): the best values of an
// experiment's factors under the budget's limits and linear constraints. Discrete
// factors (integer, `step` or `values`) are searched exhaustively when the space is
// small (exhaustive_limit), else by a deterministic heuristic: greedy by marginal gain
// per Rupiah, then local search (single steps and swaps) from deterministic restarts.
// Real-valued factors without a step are then tuned by NLopt's COBYLA. Candidates are
// compared on one seed (common random numbers); batches run in parallel through the
// model and every choice is made on whole batches in a fixed order, so the result does
// not depend on the thread count. No printing: the command line, the app or a cluster
// runner drive it.
#pragma once

#include "naikkelas/decision/candidate_model.hpp"
#include "naikkelas/decision/experiment.hpp"

#include <atomic>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace nk::decision {

struct Candidate {
    std::vector<double> values; // one per factor
    double objective = 0.0;     // the objective's statistic of its indicator
    std::vector<double> outputs;
    CandidateCosts costs;
};

enum class Method { Exhaustive, Heuristic };

struct ConstraintState {
    std::string name;   // budget.envelope, budget.fiscal_years[1].limit, optimise.constraints[0]
    double used = 0.0;  // by the best allocation: planned rupiah, or the sum
    double bound = 0.0; // the limit (the envelope scaled as asked) or the constraint's bound
    bool atMost = true;
    bool binding = false; // one step of some factor away from the best would break it
};

struct OptimiseResult {
    bool cancelled = false;
    std::string error;                  // a candidate the model could not run
    Method method = Method::Exhaustive; // for the discrete factors
    bool continuous = false;            // real-valued factors were tuned by NLopt
    double spaceSize = 0.0;             // discrete combinations (the real factors aside)
    std::optional<Candidate> best;      // none when no candidate meets the constraints
    std::vector<Candidate> top;         // up to ten distinct allocations, best first
    std::size_t evaluations = 0;        // model runs this solve added
    std::size_t costChecks = 0;         // candidates priced this solve added
    // After an exhaustive search: the heuristic on the same points, for its gap.
    std::optional<double> heuristicObjective;
    std::size_t heuristicEvaluations = 0;     // distinct feasible points the heuristic ran
    std::vector<ConstraintState> constraints; // at the best allocation
};

struct OptimiseOptions {
    int threads = 1;
    const std::atomic<bool>* cancel = nullptr; // stops after the batch running; best so far
    // Model runs so far, and how many the search expects (0: not known), on the calling
    // thread.
    std::function<void(std::size_t runs, std::size_t expected)> progress;
};

class Optimiser {
public:
    // `model` must outlive the optimiser; `factors` and `spec` are the experiment's.
    Optimiser(const CandidateModel& model, std::vector<Factor> factors, OptimiseSpec spec);
    ~Optimiser();
    Optimiser(const Optimiser&) = delete;
    Optimiser& operator=(const Optimiser&) = delete;

    // `envelopeScale` multiplies the envelope (not the fiscal-year limits): the marginal
    // value of money re-optimises at 0.9 and 1.1. Solves share what earlier ones ran.
    OptimiseResult solve(const OptimiseOptions& options, double envelopeScale = 1.0);

    // Among allocations of equal objective and cost, `values` (the scenario's own
    // allocation) ranks first: no change is proposed without a gain.
    void preferOnTies(const std::vector<double>& values);

    // One candidate, run whatever the constraints (the baseline allocation); nothing
    // with `error` when it cannot run or was cancelled.
    std::optional<Candidate> evaluate(const std::vector<double>& values,
                                      const OptimiseOptions& options, std::string& error);

    struct Search;

private:
    std::unique_ptr<Search> m_search;
};

// The marginal value of money: the best objective at the envelope x0.9, x1 and x1.1,
// and the slope per Rp 100 juta of envelope from the two ends.
struct MoneyValue {
    Rupiah envelope = 0;
    std::optional<double> lower, base, upper; // best objective at each envelope
    std::optional<double> perHundredMillion;  // (upper - lower) / (0.2 envelope) x 10^8
};
MoneyValue marginalValueOfMoney(Optimiser& optimiser, const CandidateModel& model,
                                const OptimiseResult& atEnvelope, const OptimiseOptions& options,
                                bool& cancelled, std::string& error);

const char* methodName(Method method); // exhaustive, heuristic

} // namespace nk::decision
