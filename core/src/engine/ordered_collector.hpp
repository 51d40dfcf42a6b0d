// Folds finished replications into a Monte Carlo output in replication order, so that
// sums are the same whatever thread, or whichever part of a split run, finished first.
#pragma once

#include "monte_carlo.hpp"

#include <mutex>
#include <utility>
#include <vector>

namespace nk::engine {

class OrderedCollector final : public ReplicationSink {
public:
    // Replications 0 .. replications - 1; `out.bandColumns` set. `reusable`: how many
    // folded replications' buffers to keep for takeFrames (the most that run at once).
    OrderedCollector(const SeriesLayout& layout, int replications, double discountMonthly,
                     RunProfile* profile, std::size_t reusable, MonteCarloOutput& out);

    // Each replication's draws and indicators go to its own slots at once; only the sums
    // for the means wait for the replications before them.
    void add(int replication, ArmFrames frames) override;
    // Frames for the next replication: a folded one's buffers when there is one, since a
    // fresh buffer of every series for every replication costs page faults.
    ArmFrames takeFrames() override;

    bool complete() const { return m_next == m_replications; } // every replication folded
    void finish();                                             // the sums become means

private:
    void store(int replication, const ArmFrames& frames);

    const SeriesLayout& m_layout;
    int m_replications;
    double m_discount;
    RunProfile* m_profile;
    std::size_t m_reusable;
    MonteCarloOutput& m_out;
    std::size_t m_cells = 0;
    std::vector<std::pair<std::size_t, std::size_t>> m_foldRuns; // source columns of a row
    std::size_t m_storedCells = 0;
    std::mutex m_mutex;
    std::vector<ArmFrames> m_pending;
    std::vector<ArmFrames> m_free;
    int m_next = 0;
};

} // namespace nk::engine
