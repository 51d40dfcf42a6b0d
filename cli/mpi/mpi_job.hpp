// The MPI job a distributed `naikkelas` runs in: start and end, this rank, the hosts,
// and the few messages rank 0 and the other ranks exchange (tags below). Only the main
// thread calls MPI (MPI_THREAD_FUNNELED is not needed: thread pools never do).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace nk::cli::mpi {

// What a message carries, by its tag.
enum Tag : int {
    kStop = 1,         // 0 -> rank: no more work; leave
    kPoints = 2,       // 0 -> rank: evaluate points [first, last)          (2 x uint64)
    kRows = 3,         // rank -> 0: first, finished, failed, the outputs   (doubles)
    kFailure = 4,      // rank -> 0: why it failed, after kRows or instead of kFrames (text)
    kReplications = 5, // 0 -> rank: run replications [first, first + count) (2 x uint64)
    kFrames = 6,       // rank -> 0: one replication's raw values            (doubles)
    kCandidates = 7,   // 0 -> rank: evaluate rows first.. : first, count, width, the rows
                       //            (doubles; the optimiser's candidates)
};

class Job {
public:
    Job(int& argc, char**& argv); // MPI_Init, and the hosts gathered on rank 0
    ~Job();                       // releases the other ranks (rank 0), MPI_Finalize
    Job(const Job&) = delete;
    Job& operator=(const Job&) = delete;

    int rank() const { return m_rank; }
    int size() const { return m_size; }
    // Rank 0: the hosts of all ranks, in rank order, each once.
    const std::vector<std::string>& hosts() const { return m_hosts; }

    // Rank 0: sends kStop to every other rank once; later calls do nothing.
    void releaseRanks();
    bool released() const { return m_released; }

    static void sendPair(int to, Tag tag, std::uint64_t a, std::uint64_t b);
    static void sendDoubles(int to, Tag tag, const std::vector<double>& values);
    static void sendText(int to, Tag tag, const std::string& text);

    // The tag of the next message from `from` (any rank: -1), waiting for it; with
    // `wait` false, nothing when none has arrived. `source` receives its sender.
    static std::optional<Tag> probe(int from, bool wait, int* source = nullptr);
    static std::pair<std::uint64_t, std::uint64_t> receivePair(int from, Tag tag);
    static std::vector<double> receiveDoubles(int from, Tag tag);
    static std::string receiveText(int from, Tag tag);

private:
    int m_rank = 0;
    int m_size = 1;
    std::vector<std::string> m_hosts;
    bool m_released = false;
};

} // namespace nk::cli::mpi
