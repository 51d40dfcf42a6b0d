#include "mpi_job.hpp"

#include <mpi.h>

#include <algorithm>
#include <climits>
#include <cstring>

namespace nk::cli::mpi {

Job::Job(int& argc, char**& argv) {
    MPI_Init(&argc, &argv);
    MPI_Comm_rank(MPI_COMM_WORLD, &m_rank);
    MPI_Comm_size(MPI_COMM_WORLD, &m_size);
    char name[MPI_MAX_PROCESSOR_NAME] = {};
    int length = 0;
    MPI_Get_processor_name(name, &length);
    std::vector<char> all(m_rank == 0 ? std::size_t(m_size) * MPI_MAX_PROCESSOR_NAME : 0);
    MPI_Gather(name, MPI_MAX_PROCESSOR_NAME, MPI_CHAR, all.data(), MPI_MAX_PROCESSOR_NAME, MPI_CHAR,
               0, MPI_COMM_WORLD);
    for (int r = 0; m_rank == 0 && r < m_size; ++r) {
        const char* host = all.data() + std::size_t(r) * MPI_MAX_PROCESSOR_NAME;
        const std::string text(host, strnlen(host, MPI_MAX_PROCESSOR_NAME));
        if (std::find(m_hosts.begin(), m_hosts.end(), text) == m_hosts.end())
            m_hosts.push_back(text);
    }
}

Job::~Job() {
    releaseRanks();
    MPI_Finalize();
}

void Job::releaseRanks() {
    if (m_rank != 0 || m_released) return;
    m_released = true;
    for (int r = 1; r < m_size; ++r) MPI_Send(nullptr, 0, MPI_CHAR, r, kStop, MPI_COMM_WORLD);
}

void Job::sendPair(int to, Tag tag, std::uint64_t a, std::uint64_t b) {
    const std::uint64_t pair[2] = {a, b};
    MPI_Send(pair, 2, MPI_UINT64_T, to, tag, MPI_COMM_WORLD);
}

void Job::sendDoubles(int to, Tag tag, const std::vector<double>& values) {
    // One message holds at most INT_MAX values (16 GiB): far beyond a replication's.
    MPI_Send(values.data(), static_cast<int>(std::min<std::size_t>(values.size(), INT_MAX)),
             MPI_DOUBLE, to, tag, MPI_COMM_WORLD);
}

void Job::sendText(int to, Tag tag, const std::string& text) {
    MPI_Send(text.data(), static_cast<int>(text.size()), MPI_CHAR, to, tag, MPI_COMM_WORLD);
}

std::optional<Tag> Job::probe(int from, bool wait, int* source) {
    MPI_Status status;
    const int rank = from < 0 ? MPI_ANY_SOURCE : from;
    if (wait) {
        MPI_Probe(rank, MPI_ANY_TAG, MPI_COMM_WORLD, &status);
    } else {
        int arrived = 0;
        MPI_Iprobe(rank, MPI_ANY_TAG, MPI_COMM_WORLD, &arrived, &status);
        if (!arrived) return std::nullopt;
    }
    if (source) *source = status.MPI_SOURCE;
    return static_cast<Tag>(status.MPI_TAG);
}

std::pair<std::uint64_t, std::uint64_t> Job::receivePair(int from, Tag tag) {
    std::uint64_t pair[2] = {};
    MPI_Recv(pair, 2, MPI_UINT64_T, from, tag, MPI_COMM_WORLD, MPI_STATUS_IGNORE);
    return {pair[0], pair[1]};
}

std::vector<double> Job::receiveDoubles(int from, Tag tag) {
    MPI_Status status;
    MPI_Probe(from, tag, MPI_COMM_WORLD, &status);
    int count = 0;
    MPI_Get_count(&status, MPI_DOUBLE, &count);
    std::vector<double> values(static_cast<std::size_t>(count));
    MPI_Recv(values.data(), count, MPI_DOUBLE, from, tag, MPI_COMM_WORLD, MPI_STATUS_IGNORE);
    return values;
}

std::string Job::receiveText(int from, Tag tag) {
    MPI_Status status;
    MPI_Probe(from, tag, MPI_COMM_WORLD, &status);
    int count = 0;
    MPI_Get_count(&status, MPI_CHAR, &count);
    std::string text(static_cast<std::size_t>(count), '\0');
    MPI_Recv(text.data(), count, MPI_CHAR, from, tag, MPI_COMM_WORLD, MPI_STATUS_IGNORE);
    return text;
}

} // namespace nk::cli::mpi
