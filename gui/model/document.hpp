// The scenario being edited: its file, whether it differs from the last save, and its
// undo history. Plain data and logic, no ImGui: panels call edit() and read scenario().
//
// A file with errors opens for repair: the document holds what could be read (a value
// that could not keeps its default) and the problems of reading it. Each stays until
// the user edits its key, or a section holding it; a key the app does not know (a
// misspelt name) has no field, so editing its entry settles it, and it is not saved.
// Validation is not kept here: the run controller recomputes it on every edit.
#pragma once

#include "naikkelas/scenario/diagnostics.hpp"
#include "naikkelas/scenario/scenario.hpp"

#include <cstddef>
#include <cstdint>
#include <deque>
#include <functional>
#include <memory>
#include <string>

namespace nk::gui {

struct OpenResult {
    bool ok = false;         // false: the document was left as it was
    Diagnostics diagnostics; // all problems found, with file and line
    bool repair = false;     // ok, but with problems of reading to fix (readProblems())
};

class Document {
public:
    static constexpr std::size_t kDefaultHistoryLimit = 200;

    // An untitled document holding the default scenario.
    Document();

    const Scenario& scenario() const { return m_scenario; }
    const std::string& path() const { return m_path; } // empty: untitled
    std::string displayName() const;                   // file name, or "untitled.yaml"
    // Where each key path was in the last text loaded or saved; shared so that a run
    // request can hold it without copying.
    std::shared_ptr<const SourcePositions> positions() const { return m_positions; }
    // Differs from the last save (or open). Undoing back to the saved state is clean.
    bool dirty() const { return m_state != m_savedState; }
    // The problems of reading the file that no edit has settled yet, located in the last
    // text loaded or saved. While there are any, the scenario is not the file's.
    const Diagnostics& readProblems() const { return m_readProblems; }
    // Names the current content: changes on every edit, undo, redo, open and new, and
    // returns to an earlier value when undo returns to that content.
    std::uint64_t state() const { return m_state; }

    // Replaces the document by the default scenario, untitled and clean. The caller asks
    // about unsaved changes first.
    void newDocument();
    // Loads a file; one with errors opens for repair. A file that cannot be read as a
    // scenario at all (unreadable, not YAML, a newer format) leaves the document as it
    // was, and the diagnostics say why.
    OpenResult open(const std::string& path);
    // Takes a recovered autosave: the text's scenario under `originalPath`, dirty since
    // it was never saved there.
    OpenResult recover(const std::string& text, const std::string& originalPath);
    // Writes by write-then-rename; on failure the document stays dirty and `error` says why.
    // A document opened from a file is written over that file's text, keeping its comments
    // and layout (io::writeScenarioPreserving); a new one is written whole.
    bool save(std::string& error);
    bool saveAs(const std::string& path, std::string& error);
    // Why the last save wrote the file whole (io::PreservingWrite::rewriteReason) instead
    // of keeping its comments and layout; empty when they were kept or there were none.
    const std::string& rewriteReason() const { return m_rewriteReason; }
    // The text Save would write now: the last text loaded or saved with the edits written
    // over it (comments kept), or the whole scenario for a new document; empty when the
    // scenario cannot be written as YAML. The report reads its `# article` comments.
    std::string currentText() const;

    // Applies `change` as one undoable step named `label` (shown as "Undo <label>").
    // `keyPath` (cohorts[0].participants) lets a gesture coalesce its edits. An edit
    // that changes nothing adds no step.
    void edit(const std::string& label, const std::string& keyPath,
              const std::function<void(Scenario&)>& change);
    // Between these, consecutive edits of the same key path form one undo step (a
    // slider drag gives one step, not one per frame).
    void beginGesture();
    void endGesture();

    bool canUndo() const { return !m_undo.empty(); }
    bool canRedo() const { return !m_redo.empty(); }
    std::string undoLabel() const; // empty when there is nothing to undo
    std::string redoLabel() const;
    bool undo();
    bool redo();
    std::size_t undoCount() const { return m_undo.size(); }
    void setHistoryLimit(std::size_t steps);

private:
    // Snapshot undo: scenarios are small, and a whole copy is exact where inverse
    // operations could drift.
    struct Step {
        std::string label;
        std::string keyPath;
        Scenario scenario; // the content on the other side of the step
        Diagnostics readProblems;
        std::uint64_t state = 0;
        std::uint64_t gesture = 0; // 0: made outside a gesture
    };

    void replace(Scenario scenario, std::string path, SourcePositions positions,
                 std::string sourceText);
    void trimHistory();
    bool saveTo(const std::string& path, std::string& error);

    Scenario m_scenario;
    Diagnostics m_readProblems;
    std::string m_path;
    // The text last opened or saved, whose layout a save keeps; empty for a new document.
    std::string m_sourceText;
    std::string m_rewriteReason;
    std::shared_ptr<const SourcePositions> m_positions;
    std::uint64_t m_state = 0;
    std::uint64_t m_savedState = 0;
    std::uint64_t m_nextState = 0;
    std::deque<Step> m_undo;
    std::deque<Step> m_redo;
    std::size_t m_historyLimit = kDefaultHistoryLimit;
    std::uint64_t m_gesture = 0; // current gesture, 0: none
    std::uint64_t m_nextGesture = 0;
    int m_gestureDepth = 0;
};

} // namespace nk::gui
