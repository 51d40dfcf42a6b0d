#include "model/document.hpp"

#include "model/editor_paths.hpp"

#include "naikkelas/io/atomic_file.hpp"
#include "naikkelas/io/scenario_preserving.hpp"
#include "naikkelas/io/scenario_yaml.hpp"
#include "naikkelas/scenario/default_scenario.hpp"

#include <filesystem>
#include <utility>

namespace nk::gui {

namespace {

constexpr const char* kUntitledName = "untitled.yaml";

std::string parentOf(const std::string& path) {
    const std::vector<std::string> enclosing = enclosingPaths(path);
    return enclosing.size() > 1 ? enclosing[1] : std::string();
}

// An edit settles a problem when it sets the key, or replaces a section holding it. A key
// the text did not write as a known key (a misspelt one, a missing one) has no field of
// its own: an edit inside the entry holding it settles it.
bool settles(const std::string& editPath, const Diagnostic& problem,
             const SourcePositions& positions) {
    const std::string key = positions.has(problem.path) ? problem.path : parentOf(problem.path);
    return isWithinPath(key, editPath) || isWithinPath(editPath, key);
}

} // namespace

Document::Document() {
    newDocument();
}

std::string Document::displayName() const {
    if (m_path.empty()) return kUntitledName;
    return std::filesystem::path(m_path).filename().string();
}

void Document::replace(Scenario scenario, std::string path, SourcePositions positions,
                       std::string sourceText) {
    m_scenario = std::move(scenario);
    m_readProblems = {};
    m_path = std::move(path);
    m_sourceText = std::move(sourceText);
    m_positions = std::make_shared<const SourcePositions>(std::move(positions));
    m_undo.clear();
    m_redo.clear();
    m_state = ++m_nextState;
    m_savedState = m_state;
    m_gesture = 0;
    m_gestureDepth = 0;
}

void Document::newDocument() {
    io::LoadResult loaded = io::loadScenarioText(defaultScenarioText(), kUntitledName);
    // The embedded default is tested to load; an empty Scenario is only a last resort.
    replace(loaded.scenario.value_or(Scenario{}), {}, std::move(loaded.positions), {});
}

OpenResult Document::open(const std::string& path) {
    std::string text;
    io::LoadResult loaded = io::loadScenarioFile(path, &text);
    loaded.diagnostics.setFile(path);
    OpenResult result;
    result.diagnostics = std::move(loaded.diagnostics);
    if (loaded.scenario && !result.diagnostics.hasErrors()) {
        replace(std::move(*loaded.scenario), path, std::move(loaded.positions), std::move(text));
    } else if (loaded.partial) {
        replace(std::move(loaded.partial->scenario), path, std::move(loaded.positions),
                std::move(text));
        m_readProblems = std::move(loaded.partial->readProblems);
        result.repair = true;
    } else {
        return result;
    }
    result.ok = true;
    return result;
}

OpenResult Document::recover(const std::string& text, const std::string& originalPath) {
    const std::string name = originalPath.empty() ? kUntitledName : originalPath;
    io::LoadResult loaded = io::loadScenarioText(text, name);
    OpenResult result;
    result.diagnostics = std::move(loaded.diagnostics);
    if (!loaded.scenario || result.diagnostics.hasErrors()) return result;
    // Saving goes over the file on disk, so its layout is the one to keep.
    std::string onDisk;
    std::string unreadable;
    if (originalPath.empty() ||
        !io::readFile(originalPath, onDisk, unreadable, io::kMaxScenarioBytes))
        onDisk.clear();
    replace(std::move(*loaded.scenario), originalPath, std::move(loaded.positions),
            std::move(onDisk));
    m_savedState = 0; // never a state: the recovered content is not on disk under its name
    result.ok = true;
    return result;
}

std::string Document::currentText() const {
    try {
        return m_sourceText.empty() ? io::scenarioToYaml(m_scenario)
                                    : io::writeScenarioPreserving(m_sourceText, m_scenario).text;
    } catch (const std::exception&) {
        return {};
    }
}

bool Document::saveTo(const std::string& path, std::string& error) {
    io::PreservingWrite written;
    try {
        if (m_sourceText.empty())
            written.text = io::scenarioToYaml(m_scenario);
        else
            written = io::writeScenarioPreserving(m_sourceText, m_scenario);
    } catch (const std::exception& e) {
        error = std::string("cannot write the scenario as YAML: ") + e.what();
        return false;
    }
    std::string& text = written.text;
    if (!io::writeFileAtomically(path, text, error)) return false;
    m_rewriteReason = std::move(written.rewriteReason);
    m_path = path;
    m_savedState = m_state;
    // Lines now refer to the saved text, so diagnostics point into the file on disk.
    io::LoadResult reread = io::loadScenarioText(text, path);
    m_positions = std::make_shared<const SourcePositions>(std::move(reread.positions));
    Diagnostics relocated;
    for (Diagnostic d : m_readProblems.items()) {
        d.file = path;
        d.line = d.column = 0;
        m_positions->locate(d);
        relocated.add(std::move(d));
    }
    m_readProblems = std::move(relocated);
    m_sourceText = std::move(text);
    return true;
}

bool Document::save(std::string& error) {
    if (m_path.empty()) {
        error = "the document has no file yet: use Save As";
        return false;
    }
    return saveTo(m_path, error);
}

bool Document::saveAs(const std::string& path, std::string& error) {
    return saveTo(path, error);
}

void Document::edit(const std::string& label, const std::string& keyPath,
                    const std::function<void(Scenario&)>& change) {
    Scenario next = m_scenario;
    change(next);
    Diagnostics problems;
    for (const Diagnostic& d : m_readProblems.items())
        if (!settles(keyPath, d, *m_positions)) problems.add(d);
    // Typing the very value a key fell back to still settles its problem.
    if (next == m_scenario && problems.items().size() == m_readProblems.items().size()) return;
    const bool coalesce = m_gesture != 0 && !m_undo.empty() && m_redo.empty() &&
                          m_undo.back().gesture == m_gesture && m_undo.back().keyPath == keyPath;
    if (!coalesce) {
        m_undo.push_back(
            {label, keyPath, std::move(m_scenario), std::move(m_readProblems), m_state, m_gesture});
        trimHistory();
    }
    m_scenario = std::move(next);
    m_readProblems = std::move(problems);
    m_state = ++m_nextState;
    m_redo.clear();
}

void Document::beginGesture() {
    if (m_gestureDepth++ == 0) m_gesture = ++m_nextGesture;
}

void Document::endGesture() {
    if (m_gestureDepth > 0 && --m_gestureDepth == 0) m_gesture = 0;
}

std::string Document::undoLabel() const {
    return m_undo.empty() ? std::string{} : m_undo.back().label;
}

std::string Document::redoLabel() const {
    return m_redo.empty() ? std::string{} : m_redo.back().label;
}

bool Document::undo() {
    if (m_undo.empty()) return false;
    Step step = std::move(m_undo.back());
    m_undo.pop_back();
    std::swap(step.scenario, m_scenario);
    std::swap(step.readProblems, m_readProblems);
    std::swap(step.state, m_state);
    step.gesture = 0; // an undone step never takes further edits of a gesture
    m_redo.push_back(std::move(step));
    return true;
}

bool Document::redo() {
    if (m_redo.empty()) return false;
    Step step = std::move(m_redo.back());
    m_redo.pop_back();
    std::swap(step.scenario, m_scenario);
    std::swap(step.readProblems, m_readProblems);
    std::swap(step.state, m_state);
    m_undo.push_back(std::move(step));
    return true;
}

void Document::setHistoryLimit(std::size_t steps) {
    m_historyLimit = steps;
    trimHistory();
}

void Document::trimHistory() {
    while (m_undo.size() > m_historyLimit) m_undo.pop_front();
}

} // namespace nk::gui
