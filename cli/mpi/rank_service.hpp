// What every rank but 0 does in a distributed `naikkelas`: it prints nothing and writes
// nothing, waits for rank 0's requests (chunks of an exploration's points or of an
// optimiser's candidates, a block of a Monte Carlo run's replications), prepares the
// experiment or scenario from the same command line and files the first time, and sends
// back rows, raw replication values, or its error, until rank 0 says stop.
#pragma once

#include "mpi_job.hpp"

#include <string>
#include <vector>

namespace nk::cli::mpi {

// Serves rank 0 until it says stop; the process's exit status.
int serveRank0(const Job& job, const std::vector<std::string>& args);

} // namespace nk::cli::mpi
