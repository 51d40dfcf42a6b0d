// The scenarios open in the compare view (no ImGui): the current document first, then up
// to three scenario files, each projected in expected mode when it is added, and their
// comparison (comparison.hpp). All entries are compared in one mode: a difference between
// one scenario's Monte Carlo mean and another's expected projection would mix the model's
// mean with its approximation. Also which scenario files to suggest, and whether more or
// less of an indicator is better, for colouring differences.
#pragma once

#include "model/comparison.hpp"
#include "model/run_controller.hpp"

#include "naikkelas/registry/plugin_registry.hpp"
#include "naikkelas/units/rupiah.hpp"

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

namespace nk::gui {

struct CompareEntry {
    std::string label;
    std::string path; // empty for the current document
    std::shared_ptr<const Scenario> scenario;
    std::shared_ptr<const ResultSet> expected;   // null: the scenario did not run
    std::shared_ptr<const ResultSet> monteCarlo; // a current Monte Carlo run, or null
    std::string problem; // why it did not run (first error, file:line), or empty

    // Its results in `mode` (Expected or MonteCarlo); null when it has none in it.
    const std::shared_ptr<const ResultSet>& results(RunMode mode) const {
        return mode == RunMode::MonteCarlo ? monteCarlo : expected;
    }
};

class CompareSession {
public:
    // The registry must outlive the session.
    explicit CompareSession(const PluginRegistry& registry);

    // Entry 0, the current document: the snapshot's scenario, its expected results, and
    // its Monte Carlo results when they belong to this very scenario.
    void setCurrent(const std::string& label, const RunSnapshot& snapshot);

    // Loads, checks and projects (expected mode) a scenario file. Adding is synchronous:
    // a projection takes milliseconds and happens on a click, so a worker would only add
    // a pending state to draw. False with `error` set when the session is full, the file
    // is already in it, or the file does not load (the first error, file:line).
    bool add(const std::string& path, std::string& error);
    // Removes added file `index` (1..size()-1); the current document stays.
    bool remove(std::size_t index);

    const std::vector<CompareEntry>& entries() const { return m_entries; }
    std::size_t size() const { return m_entries.size(); }
    bool full() const { return m_entries.size() >= kMaxCompared; }
    // Changes whenever an entry is added, removed or the current one changes, so that a
    // view rebuilds its tables and charts only then.
    std::uint64_t revision() const { return m_revision; }

    // The mode every entry is compared in: Monte Carlo when all have a current Monte Carlo
    // run, expected otherwise.
    RunMode mode() const;

    // Every entry's scenario, in order (null for one that did not load), for a paired run.
    std::vector<std::shared_ptr<const Scenario>> scenarios() const;
    // Takes Monte Carlo runs of every entry on common random numbers (PairedMonteCarlo),
    // made for revision `revision`: false, and nothing changes, when the entries changed
    // since or the count differs. An added, removed or edited entry drops them again.
    bool acceptPaired(std::uint64_t revision,
                      const std::vector<std::shared_ptr<const ResultSet>>& runs);
    // True while the entries' Monte Carlo runs are the accepted paired ones.
    bool paired() const { return m_paired; }
    // The comparison of every entry in mode(); its error is set with fewer than two.
    Comparison comparison() const;

private:
    const PluginRegistry& m_registry;
    std::vector<CompareEntry> m_entries; // [0]: the current document
    std::uint64_t m_currentGeneration = 0;
    std::uint64_t m_currentMonteCarlo = 0;
    std::uint64_t m_revision = 0;
    bool m_paired = false; // the entries hold accepted paired runs

    void dropPaired(); // the added files' runs: only a paired run gives them one
};

// Scenario files (*.yaml, sorted, each once) in the given folders that exist; the
// compare view offers them next to its path field.
std::vector<std::string> scenarioFilesIn(const std::vector<std::filesystem::path>& folders);

} // namespace nk::gui
