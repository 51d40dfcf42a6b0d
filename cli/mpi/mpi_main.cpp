// naikkelas built with NK_WITH_MPI: one program for `mpirun -n N naikkelas ...` (or srun)
// and for a plain start (a job of one rank, which runs as the default build does). Rank 0
// runs the command as usual with explore's points, optimise's candidates and Monte Carlo's
// replications spread over the ranks; every other rank serves it (rank_service.hpp).
#include "commands.hpp"
#include "mpi_job.hpp"
#include "rank0_montecarlo.hpp"
#include "rank0_points.hpp"
#include "rank_service.hpp"

#include <string>
#include <vector>

int main(int argc, char** argv) {
    using namespace nk::cli;
    mpi::Job job(argc, argv);
    const std::vector<std::string> args(argv + (argc > 0 ? 1 : 0), argv + argc);
    if (job.rank() != 0) return mpi::serveRank0(job, args);
    Scaleout scaleout;
    if (job.size() > 1) {
        scaleout.ranks = job.size();
        scaleout.hosts = job.hosts();
        scaleout.evaluatePoints = [&job](const nk::decision::Evaluator& evaluator,
                                         const std::vector<std::vector<double>>& values,
                                         std::size_t first, std::size_t last,
                                         const nk::decision::EvaluationOptions& options) {
            return mpi::evaluatePointsOnRanks(job, evaluator, values, first, last, options);
        };
        scaleout.evaluateRows = [&job](const nk::decision::Evaluator& evaluator,
                                       const std::vector<std::vector<double>>& rows,
                                       std::size_t first, std::size_t last,
                                       const nk::decision::EvaluationOptions& options) {
            return mpi::evaluateRowsOnRanks(job, evaluator, rows, first, last, options);
        };
        scaleout.runMonteCarlo = [&job](const nk::CompiledScenario& scenario,
                                        const nk::RunOptions& options) {
            return mpi::runMonteCarloOnRanks(job, scenario, options);
        };
    }
    return runMain(args, scaleout);
}
