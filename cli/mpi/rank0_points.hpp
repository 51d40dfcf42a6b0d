// Rank 0's side of a distributed exploration or optimisation: it hands out chunks of
// points (of a design every rank computes) or of candidate rows (sent whole) to the
// other ranks as they ask for more (so slow points do not idle them), receives their
// outputs and hands them on in point order, as decision::evaluatePoints does in one
// process.
#pragma once

#include "mpi_job.hpp"

#include "naikkelas/decision/evaluator.hpp"

namespace nk::cli::mpi {

// Evaluates points [first, last) on ranks 1..size-1; options.threads is each rank's and
// the least chunk. A rank's failure, or options.cancel, stops the others: the rows
// delivered are then the finished prefix, and the error the earliest failing point's.
// Releases the ranks when done.
decision::EvaluationRun evaluatePointsOnRanks(Job& job, const decision::Evaluator& evaluator,
                                              const std::vector<std::vector<double>>& values,
                                              std::size_t first, std::size_t last,
                                              const decision::EvaluationOptions& options);

// As evaluatePointsOnRanks, for rows [first, last) of `rows`, which rank 0 sends; the
// ranks stay for the next call, unless a failure or options.cancel released them (a
// later call then fails, or is cancelled, at once).
decision::EvaluationRun evaluateRowsOnRanks(Job& job, const decision::Evaluator& evaluator,
                                            const std::vector<std::vector<double>>& rows,
                                            std::size_t first, std::size_t last,
                                            const decision::EvaluationOptions& options);

} // namespace nk::cli::mpi
