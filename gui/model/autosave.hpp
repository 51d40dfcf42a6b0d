// Autosave and crash recovery: the edited scenario is written, whole, to a state
// folder when it has unsaved changes that are some seconds old; a save or a clean close
// removes it; at the next start, autosaves newer than their file are offered back.
// Time comes from the caller, so the logic is tested without sleeping.
#pragma once

#include "model/document.hpp"

#include <chrono>
#include <filesystem>
#include <string>
#include <vector>

namespace nk::gui {

using AutosaveClock = std::chrono::system_clock;

// $XDG_STATE_HOME/naikkelas/autosave, or ~/.local/state/naikkelas/autosave.
std::filesystem::path defaultAutosaveFolder();

class Autosaver {
public:
    // `session` names an untitled document's autosave (e.g. the process id), so two
    // running copies of the app do not overwrite each other's.
    Autosaver(std::filesystem::path folder, std::chrono::seconds interval, std::string session);

    // Called every frame: writes when the document has changes not yet autosaved that are
    // at least `interval` old. True when it wrote; false otherwise, with `error` set only
    // when a write failed (the app can show it; it retries at the next interval).
    bool tick(const Document& document, AutosaveClock::time_point now, std::string& error);
    // After a save or a clean close: the autosave is no longer needed.
    void discard();

    // The file this document autosaves to.
    std::filesystem::path fileFor(const Document& document) const;
    const std::filesystem::path& folder() const { return m_folder; }

private:
    std::filesystem::path m_folder;
    std::chrono::seconds m_interval;
    std::string m_session;
    std::filesystem::path m_written; // the autosave this session wrote last, or empty
    std::uint64_t m_writtenState = 0;
    std::uint64_t m_pendingState = 0;
    AutosaveClock::time_point m_pendingSince{};
};

struct RecoverableAutosave {
    std::filesystem::path file;
    std::string originalPath; // empty: untitled
    std::string savedAt;      // as the header gives it (UTC, ISO 8601)
};

// Autosaves worth offering: untitled, or newer than their original file (or the
// original is gone). Sorted by file name.
std::vector<RecoverableAutosave> listRecoverable(const std::filesystem::path& folder);

// The autosave's scenario text (the header is YAML comments, so it loads as it is).
bool readAutosave(const RecoverableAutosave& autosave, std::string& text, std::string& error);

} // namespace nk::gui
