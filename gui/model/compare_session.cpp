#include "model/compare_session.hpp"

#include "model/prepare_run.hpp"

#include "naikkelas/engine/engine.hpp"
#include "naikkelas/io/scenario_yaml.hpp"

#include <algorithm>
#include <cmath>
#include <set>
#include <system_error>

namespace nk::gui {

namespace {

std::string firstError(const Diagnostics& diagnostics) {
    for (const Diagnostic& d : diagnostics.items())
        if (d.severity == Severity::Error) return formatDiagnostic(d);
    return {};
}

std::filesystem::path normalised(const std::string& path) {
    std::error_code ec;
    const auto canonical = std::filesystem::weakly_canonical(path, ec);
    return ec ? std::filesystem::path(path) : canonical;
}

// Projects a loaded scenario in expected mode, as the run controller does after an edit.
void project(CompareEntry& entry, const SourcePositions& positions,
             const PluginRegistry& registry) {
    PreparedRun prepared = prepareRun(*entry.scenario, &positions, entry.path, registry);
    if (!prepared.runnable()) {
        entry.problem = firstError(prepared.diagnostics);
        return;
    }
    RunOptions options = defaultRunOptions(*prepared.compiled);
    options.mode = RunMode::Expected;
    options.threads = 1;
    prepared.binding->apply(options);
    RunOutcome outcome = runScenario(*prepared.compiled, options);
    if (outcome.ok)
        entry.expected = std::make_shared<const ResultSet>(std::move(outcome.results));
    else
        entry.problem = outcome.error;
}

} // namespace

CompareSession::CompareSession(const PluginRegistry& registry) : m_registry(registry) {
    m_entries.push_back({});
}

void CompareSession::setCurrent(const std::string& label, const RunSnapshot& snapshot) {
    CompareEntry& current = m_entries.front();
    const bool sameRun = current.scenario && snapshot.generation == m_currentGeneration &&
                         snapshot.monteCarloGeneration == m_currentMonteCarlo;
    if (sameRun && current.label == label) return;
    ++m_revision;
    current.label = label;
    if (sameRun) return;
    dropPaired();
    m_currentGeneration = snapshot.generation;
    m_currentMonteCarlo = snapshot.monteCarloGeneration;
    current.scenario = std::make_shared<const Scenario>(snapshot.scenario);
    const bool monteCarloIsCurrent =
        snapshot.monteCarlo && snapshot.monteCarloGeneration == snapshot.generation;
    current.expected = snapshot.expected;
    current.monteCarlo = monteCarloIsCurrent ? snapshot.monteCarlo : nullptr;
    current.problem = snapshot.expected ? std::string{} : firstError(snapshot.diagnostics);
    if (current.problem.empty() && !snapshot.expected) current.problem = snapshot.error;
}

bool CompareSession::add(const std::string& path, std::string& error) {
    if (full()) {
        error = "compare at most " + std::to_string(kMaxCompared) + " scenarios";
        return false;
    }
    const auto wanted = normalised(path);
    for (std::size_t i = 1; i < m_entries.size(); ++i)
        if (normalised(m_entries[i].path) == wanted) {
            error = path + " is already compared";
            return false;
        }
    io::LoadResult loaded = io::loadScenarioFile(path);
    loaded.diagnostics.setFile(path);
    if (!loaded.scenario || loaded.diagnostics.hasErrors()) {
        error = firstError(loaded.diagnostics);
        return false;
    }
    CompareEntry entry;
    entry.label = std::filesystem::path(path).filename().string();
    entry.path = path;
    entry.scenario = std::make_shared<const Scenario>(std::move(*loaded.scenario));
    project(entry, loaded.positions, m_registry);
    dropPaired();
    m_entries.push_back(std::move(entry));
    ++m_revision;
    return true;
}

bool CompareSession::remove(std::size_t index) {
    if (index == 0 || index >= m_entries.size()) return false;
    m_entries.erase(m_entries.begin() + static_cast<std::ptrdiff_t>(index));
    dropPaired();
    ++m_revision;
    return true;
}

RunMode CompareSession::mode() const {
    for (const CompareEntry& e : m_entries)
        if (!e.monteCarlo) return RunMode::Expected;
    return RunMode::MonteCarlo;
}

std::vector<std::shared_ptr<const Scenario>> CompareSession::scenarios() const {
    std::vector<std::shared_ptr<const Scenario>> out;
    for (const CompareEntry& e : m_entries) out.push_back(e.scenario);
    return out;
}

bool CompareSession::acceptPaired(std::uint64_t revision,
                                  const std::vector<std::shared_ptr<const ResultSet>>& runs) {
    if (revision != m_revision || runs.size() != m_entries.size()) return false;
    for (std::size_t i = 0; i < runs.size(); ++i) m_entries[i].monteCarlo = runs[i];
    m_paired = true;
    ++m_revision;
    return true;
}

void CompareSession::dropPaired() {
    if (!paired()) return;
    for (std::size_t i = 1; i < m_entries.size(); ++i) m_entries[i].monteCarlo = nullptr;
    m_entries.front().monteCarlo = nullptr;
    m_paired = false;
}

Comparison CompareSession::comparison() const {
    const RunMode shown = mode();
    std::vector<ComparedScenario> compared;
    for (const CompareEntry& e : m_entries)
        compared.push_back({e.label, e.scenario.get(), e.results(shown).get()});
    return compareScenarios(compared);
}

std::vector<std::string> scenarioFilesIn(const std::vector<std::filesystem::path>& folders) {
    std::set<std::string> files;
    for (const auto& folder : folders) {
        std::error_code ec;
        if (folder.empty() || !std::filesystem::is_directory(folder, ec)) continue;
        for (const auto& item : std::filesystem::directory_iterator(folder, ec))
            if (item.is_regular_file(ec) && item.path().extension() == ".yaml")
                files.insert(normalised(item.path().string()).string());
    }
    return {files.begin(), files.end()};
}

} // namespace nk::gui
