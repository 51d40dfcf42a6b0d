#include "model/app_state.hpp"

#include <unistd.h>

namespace nk::gui {

namespace {

constexpr std::chrono::seconds kAutosaveInterval{30};

std::string firstError(const Diagnostics& d) {
    for (const auto& item : d.items())
        if (item.severity == Severity::Error) return formatDiagnostic(item);
    return {};
}

} // namespace

AppState::AppState(const PluginRegistry& registry, std::filesystem::path settingsPath)
    : m_registry(registry), m_runs(registry), m_settingsPath(std::move(settingsPath)),
      m_settings(loadSettings(m_settingsPath)),
      m_autosaver(defaultAutosaveFolder(), kAutosaveInterval, std::to_string(::getpid())) {
    submit();
}

AppState::~AppState() {
    if (!m_document.dirty()) m_autosaver.discard();
    std::string error;
    saveSettings(m_settings, m_settingsPath, error); // nothing to tell anyone at exit
}

void AppState::submit() {
    m_runs.submit(m_document.scenario(), m_document.positions(), m_document.displayName());
}

void AppState::remember(const std::string& path) {
    m_settings.addRecentFile(path);
    m_settings.lastFolder = std::filesystem::path(path).parent_path().string();
}

void AppState::edit(const std::string& label, const std::string& keyPath,
                    const std::function<void(Scenario&)>& change) {
    const std::uint64_t before = m_document.state();
    m_document.edit(label, keyPath, change);
    if (m_document.state() != before) submit();
}

void AppState::undo() {
    if (m_document.undo()) submit();
}

void AppState::redo() {
    if (m_document.redo()) submit();
}

void AppState::newDocument() {
    m_autosaver.discard();
    m_document.newDocument();
    m_status.clear();
    submit();
}

bool AppState::open(const std::string& path) {
    const OpenResult result = m_document.open(path);
    if (!result.ok) {
        m_status = firstError(result.diagnostics);
        return false;
    }
    m_autosaver.discard();
    remember(path);
    m_status.clear();
    submit();
    return true;
}

bool AppState::save() {
    if (m_document.path().empty()) return false;
    return saveAs(m_document.path());
}

bool AppState::saveAs(const std::string& path) {
    std::string error;
    if (!m_document.saveAs(path, error)) {
        m_status = error;
        return false;
    }
    m_autosaver.discard();
    remember(path);
    m_status.clear();
    submit(); // diagnostics now point into the saved file
    return true;
}

void AppState::tick() {
    std::string error;
    if (!m_autosaver.tick(m_document, AutosaveClock::now(), error) && !error.empty())
        m_status = error;
}

} // namespace nk::gui
