// The scenarios open in the compare view (no ImGui): the current document first, then up
// to three scenario files, each projected in expected mode when it is added, and their
// comparison (comparison.hpp). Also which scenario files to suggest, and whether more or
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
    std::shared_ptr<const ResultSet> results; // null: the scenario did not run
    std::string problem; // why it did not run (first error, file:line), or empty
};

class CompareSession {
public:
    // The registry must outlive the session.
    explicit CompareSession(const PluginRegistry& registry);

    // Entry 0, the current document: the snapshot's scenario with its Monte Carlo results
    // when they belong to this very scenario, its expected results otherwise.
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

    // The comparison of every entry; its error is set with fewer than two.
    Comparison comparison() const;

private:
    const PluginRegistry& m_registry;
    std::vector<CompareEntry> m_entries; // [0]: the current document
    std::uint64_t m_currentGeneration = 0;
    std::uint64_t m_currentMonteCarlo = 0;
    std::uint64_t m_revision = 0;
};

// Scenario files (*.yaml, sorted, each once) in the given folders that exist; the
// compare view offers them next to its path field.
std::vector<std::string> scenarioFilesIn(const std::vector<std::filesystem::path>& folders);

} // namespace nk::gui
