// How a command spreads its work: in this process (the defaults), or over the ranks of
// an MPI job, whose rank 0 sets these hooks (cli/mpi/). Either way the command writes the
// same files; only the manifests record the ranks and hosts.
#pragma once

#include "naikkelas/decision/evaluator.hpp"
#include "naikkelas/engine/engine.hpp"

#include <functional>
#include <string>
#include <vector>

namespace nk::cli {

struct Scaleout {
    // Evaluates points [first, last) as decision::evaluatePoints does.
    std::function<decision::EvaluationRun(
        const decision::Evaluator&, const std::vector<std::vector<double>>& values,
        std::size_t first, std::size_t last, const decision::EvaluationOptions&)>
        evaluatePoints = decision::evaluatePoints;
    // Evaluates rows [first, last) of `rows` as decision::evaluatePoints does: rows that
    // are no fixed design, such as the optimiser's candidates.
    std::function<decision::EvaluationRun(
        const decision::Evaluator&, const std::vector<std::vector<double>>& rows, std::size_t first,
        std::size_t last, const decision::EvaluationOptions&)>
        evaluateRows = decision::evaluatePoints;
    // Runs one Monte Carlo run as runScenario does.
    std::function<RunOutcome(const CompiledScenario&, const RunOptions&)> runMonteCarlo =
        runScenario;
    // The job's ranks and their hosts (in rank order, without repeats); 0: one process.
    int ranks = 0;
    std::vector<std::string> hosts;
};

} // namespace nk::cli
