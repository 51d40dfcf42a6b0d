#include "model/app_state.hpp"

#include "model/save_notice.hpp"

#include "naikkelas/io/atomic_file.hpp"

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
    m_runs.submit(m_document.scenario(), m_document.positions(), m_document.displayName(),
                  m_document.readProblems());
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
    dropRecovered(true); // the user chose to leave the recovered changes
    m_document.newDocument();
    m_factors.clear();
    m_status = {};
    submit();
}

bool AppState::open(const std::string& path) {
    const OpenResult result = m_document.open(path);
    if (!result.ok) {
        m_status = {"Tidak dapat membuka berkas:", "Cannot open the file:",
                    firstError(result.diagnostics), true};
        return false;
    }
    m_autosaver.discard();
    dropRecovered(true); // the user chose to leave the recovered changes
    remember(path);
    m_status = {};
    std::string problem;
    m_factors.replace(loadFactorsBeside(path, problem));
    if (!problem.empty())
        m_status = {"Faktor analisis tidak terbaca:", "The analysis factors do not read:", problem,
                    true};
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
        m_status = {"Tidak dapat menyimpan:", "Cannot save:", error, true};
        return false;
    }
    m_autosaver.discard();
    dropRecovered(true);
    remember(path);
    // After the save: the file is written either way, and this says what it lost.
    m_status = m_document.rewriteReason().empty() ? StatusText{}
                                                  : savedWholeNotice(m_document.rewriteReason());
    if (!m_factors.empty() &&
        !io::writeFileAtomically(experimentPathFor(path), experimentYaml(m_factors.factors(), path),
                                 error))
        m_status = {"Faktor analisis tidak tersimpan:", "The analysis factors were not saved:",
                    error, true};
    submit(); // diagnostics now point into the saved file
    return true;
}

void AppState::tick() {
    std::string error;
    if (m_autosaver.tick(m_document, AutosaveClock::now(), error))
        dropRecovered(false);
    else if (!error.empty())
        m_status = {"Simpan otomatis gagal:", "Autosave failed:", error, true};
}

std::vector<RecoverableAutosave> AppState::recoverable() const {
    return listRecoverable(m_autosaver.folder());
}

bool AppState::recover(const RecoverableAutosave& autosave) {
    std::string text, error;
    if (!readAutosave(autosave, text, error)) {
        m_status = {"Tidak dapat memulihkan:", "Cannot recover:", error, true};
        return false;
    }
    const OpenResult result = m_document.recover(text, autosave.originalPath);
    if (!result.ok) {
        m_status = {"Tidak dapat memulihkan:", "Cannot recover:", firstError(result.diagnostics),
                    true};
        return false;
    }
    m_recoveredFrom = autosave.file;
    m_status = {};
    submit();
    return true;
}

void AppState::discardRecoverable(const RecoverableAutosave& autosave) {
    std::error_code ec;
    std::filesystem::remove(autosave.file, ec);
}

void AppState::dropRecovered(bool always) {
    if (m_recoveredFrom.empty()) return;
    // An autosave to the same file has just replaced it and now belongs to this session.
    std::error_code ec;
    if (always || m_recoveredFrom != m_autosaver.fileFor(m_document))
        std::filesystem::remove(m_recoveredFrom, ec);
    m_recoveredFrom.clear();
}

} // namespace nk::gui
