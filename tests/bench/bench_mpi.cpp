// What spreading work over MPI ranks buys on this machine (issue 15), and what it would
// cost at cluster size. Runs the real program under `mpirun --oversubscribe -n K` for
// K = 1, 2, 3 (one thread per rank), timing the whole command:
//   - explore: the Sobol design of malang_sobol_11.yaml (expected mode), in points/s;
//   - run --mode montecarlo on the Malang scenario with 40 000 participants per cohort
//     (200 000 enterprises), in enterprise-months/s (enterprises x months x replications
//     per second), with --out so that every band is gathered;
//   - the job's start-up (`--version` under mpirun), taken off the per-item costs.
// From the one-rank costs and the gather overhead measured at 3 ranks it projects the
// issue's two cluster runs (docs/scaling.md says what the projection assumes).
//   bench_mpi            the figures of docs/scaling.md
//   bench_mpi --quick    few points and replications, to check that the benchmark works
// NK_BENCH_SHOW=1 prints each command as it runs.
#include "naikkelas/io/scenario_yaml.hpp"
#include "naikkelas/scenario/compiled_scenario.hpp"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <string>

using Clock = std::chrono::steady_clock;

namespace {

double timed(const std::string& command) {
    const auto start = Clock::now();
    const int status = std::system((command + " >/dev/null 2>&1").c_str());
    if (std::getenv("NK_BENCH_SHOW")) std::printf("  %s\n", command.c_str());
    const double seconds = std::chrono::duration<double>(Clock::now() - start).count();
    if (status != 0) std::printf("  failed (status %d): %s\n", status, command.c_str());
    return seconds;
}

std::string mpirun(int ranks) {
    return std::string(NK_MPIEXEC) + " --oversubscribe -n " + std::to_string(ranks) + " " + NK_CLI;
}

} // namespace

int main(int argc, char** argv) {
    const bool quick = argc > 1 && std::strcmp(argv[1], "--quick") == 0;
    ::setenv("OMPI_ALLOW_RUN_AS_ROOT", "1", 0);
    ::setenv("OMPI_ALLOW_RUN_AS_ROOT_CONFIRM", "1", 0);
    const std::filesystem::path out = std::filesystem::temp_directory_path() / "nk_bench_mpi";
    const std::string scenarioFile = NK_SCENARIO_DIR "/001_malang_cookies_2023.yaml";
    const int points = quick ? 48 : 960;
    const int replications = quick ? 3 : 24;
    const int participants = quick ? 4000 : 40000;

    nk::io::LoadResult loaded = nk::io::loadScenarioFile(scenarioFile);
    std::string sets;
    for (auto& cohort : loaded.scenario->cohorts) {
        cohort.participants = participants;
        sets +=
            " --set 'cohorts[" + cohort.id + "].participants=" + std::to_string(participants) + "'";
    }
    const nk::CompileResult compiled = compileScenario(*loaded.scenario);
    double enterprises = 0;
    for (const auto& g : compiled.compiled->groups) enterprises += g.enterprises;
    const double months = compiled.compiled->spec.scenario.horizon_months + 1;

    std::printf("MPI scale-out on this machine (%s): one thread per rank\n",
                quick ? "quick" : "full");
    std::printf("  explore: %d points of the Malang Sobol design; run: Malang with %.0f "
                "enterprises, %.0f months, %d replications\n",
                points, enterprises, months, replications);
    std::printf("%6s %10s %12s %12s %22s\n", "ranks", "start s", "explore s", "points/s",
                "enterprise-months/s");
    double startup[4] = {}, explore[4] = {}, run[4] = {};
    for (int k = 1; k <= 3; ++k) {
        std::filesystem::remove_all(out);
        startup[k] = timed(mpirun(k) + " --version");
        explore[k] = timed(mpirun(k) + " explore " NK_BENCH_DIR "/malang_sobol_11.yaml --out " +
                           (out / "explore").string() + " --threads 1 --max-points " +
                           std::to_string(points));
        run[k] =
            timed(mpirun(k) + " run " + scenarioFile + sets + " --mode montecarlo --replications " +
                  std::to_string(replications) + " --threads 1 --out " + (out / "run").string());
        const double work = enterprises * months * replications;
        std::printf("%6d %10.2f %12.2f %12.1f %22.3g\n", k, startup[k], explore[k],
                    points / (explore[k] - startup[k]), work / (run[k] - startup[k]));
    }
    std::filesystem::remove_all(out);

    // One rank: the cost of one point and of one enterprise-month on one core. Three
    // ranks: rank 0 runs a third of the replications and gathers the rest; what the run
    // took beyond a third of the one-rank run is the gather (and the bands' assembly,
    // which one rank pays too and is left in the one-rank cost).
    const double perPoint = (explore[1] - startup[1]) / points;
    const double perReplication = (run[1] - startup[1]) / replications;
    const double perEnterpriseMonth = perReplication / (enterprises * months);
    const double gathered = replications * 2.0 / 3.0;
    const double gatherPerReplication =
        std::max(0.0, ((run[3] - startup[3]) - (run[1] - startup[1]) / 3.0) / gathered);
    std::printf("measured: %.3g s per point, %.3g s per replication (%.3g s per "
                "enterprise-month), gather %.3g s per replication\n",
                perPoint, perReplication, perEnterpriseMonth, gatherPerReplication);

    // Cluster runs: 64 ranks of 8 cores. Monte Carlo: 10 million enterprises, 121 months,
    // 1 000 replications; each rank runs its block on its cores, rank 0 then receives 63/64
    // of the replications one after another (the gather scales with the months).
    const int ranks = 64, cores = 8;
    const double bigWork = 10e6 * 121 * 1000;
    const double compute = bigWork * perEnterpriseMonth / (ranks * cores);
    const double gather = 1000 * 63.0 / 64.0 * gatherPerReplication * (121 / months);
    std::printf("projection, %d ranks x %d cores: Monte Carlo 10 M enterprises x 121 months x "
                "1 000 replications: %.0f s computing + %.0f s gathering = %.1f h\n",
                ranks, cores, compute, gather, (compute + gather) / 3600);
    // Sobol: 100 000 evaluations; rank 0 hands out the points, 63 ranks evaluate them.
    const double sobol = 100000 * perPoint / ((ranks - 1) * cores);
    std::printf("projection, %d ranks x %d cores: Sobol design of 100 000 evaluations of "
                "Malang (expected mode): %.0f s\n",
                ranks, cores, sobol);
    return 0;
}
