// Everything the app holds between frames, apart from ImGui: the document being edited,
// the run controller that projects it, the settings, the autosave. Every change of the
// scenario goes through edit(), so that it can be undone and is projected again.
#pragma once

#include "model/analysis_factors.hpp"
#include "model/autosave.hpp"
#include "model/document.hpp"
#include "model/file_chooser.hpp"
#include "model/run_controller.hpp"
#include "model/settings.hpp"
#include "model/status_text.hpp"

#include <filesystem>
#include <functional>
#include <string>
#include <vector>

namespace nk::gui {

class AppState {
public:
    AppState(const PluginRegistry& registry, std::filesystem::path settingsPath);
    ~AppState(); // saves the settings

    const Document& document() const { return m_document; }
    RunController& runs() { return m_runs; }
    const PluginRegistry& registry() const { return m_registry; }
    Settings& settings() { return m_settings; }
    const Settings& settings() const { return m_settings; }
    // The last problem with a file (open, save, autosave, recover); empty when it went well.
    const StatusText& status() const { return m_status; }
    // The desktop's file dialog, if it has one; tests point it at a folder of their own.
    const FileChooser& fileChooser() const { return m_fileChooser; }
    void setFileChooser(FileChooser chooser) { m_fileChooser = std::move(chooser); }

    // The factors the Decide tab varies: read from the experiment file beside the scenario
    // when it is opened, written beside it on every save (analysis_factors.hpp).
    AnalysisFactors& factors() { return m_factors; }
    const AnalysisFactors& factors() const { return m_factors; }

    void edit(const std::string& label, const std::string& keyPath,
              const std::function<void(Scenario&)>& change);
    void beginGesture() { m_document.beginGesture(); }
    void endGesture() { m_document.endGesture(); }
    void undo();
    void redo();

    void newDocument();
    // A file with errors opens for repair (Document::open); on failure the document
    // stays and the status names the first error.
    bool open(const std::string& path);
    bool save(); // false for an untitled document: use saveAs
    bool saveAs(const std::string& path);

    // Autosaves unsaved changes every so often (call once per frame).
    void tick();

    // Autosaves left by a session that did not close cleanly (offered at start).
    std::vector<RecoverableAutosave> recoverable() const;
    // Takes an autosave's scenario as the document (dirty, under its original path). Its
    // file is removed only once this session has saved or autosaved the content, so a
    // second crash loses nothing either.
    bool recover(const RecoverableAutosave& autosave);
    // Deletes an autosave the user does not want back.
    void discardRecoverable(const RecoverableAutosave& autosave);

private:
    void submit();
    void remember(const std::string& path);
    // Removes the recovered autosave once this session keeps its content (saved, or
    // autosaved anew: unless that autosave went to the same file) or the user left it
    // (New, Open). `always`: remove it even when it is the autosaver's own file.
    void dropRecovered(bool always);

    const PluginRegistry& m_registry; // outlives the app state
    Document m_document;
    AnalysisFactors m_factors;
    RunController m_runs;
    std::filesystem::path m_settingsPath;
    Settings m_settings;
    Autosaver m_autosaver;
    StatusText m_status;
    FileChooser m_fileChooser;
    std::filesystem::path m_recoveredFrom;
};

} // namespace nk::gui
