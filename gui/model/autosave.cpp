#include "model/autosave.hpp"

#include "model/xdg_paths.hpp"

#include "naikkelas/io/atomic_file.hpp"
#include "naikkelas/io/scenario_yaml.hpp"

#include <algorithm>
#include <ctime>
#include <functional>
#include <iomanip>
#include <sstream>
#include <system_error>

namespace nk::gui {

namespace {

constexpr const char* kSuffix = ".autosave.yaml";
constexpr const char* kOriginalKey = "# original: ";
constexpr const char* kTimeKey = "# saved at: ";

std::string utcText(AutosaveClock::time_point t) {
    const std::time_t seconds = AutosaveClock::to_time_t(t);
    std::tm parts{};
    gmtime_r(&seconds, &parts);
    std::ostringstream out;
    out << std::put_time(&parts, "%Y-%m-%dT%H:%M:%SZ");
    return out.str();
}

// Hex of a hash of the original path: files of the same name in two folders differ.
std::string pathTag(const std::string& path) {
    std::ostringstream out;
    out << std::hex << std::setw(16) << std::setfill('0') << std::hash<std::string>{}(path);
    return out.str();
}

std::string headerValue(const std::string& text, const std::string& key) {
    std::istringstream in(text);
    std::string line;
    while (std::getline(in, line) && line.rfind("#", 0) == 0)
        if (line.rfind(key, 0) == 0) return line.substr(key.size());
    return {};
}

} // namespace

std::filesystem::path defaultAutosaveFolder() {
    return xdgStateHome() / "naikkelas" / "autosave";
}

Autosaver::Autosaver(std::filesystem::path folder, std::chrono::seconds interval,
                     std::string session)
    : m_folder(std::move(folder)), m_interval(interval), m_session(std::move(session)) {}

std::filesystem::path Autosaver::fileFor(const Document& document) const {
    const std::string& path = document.path();
    if (path.empty()) return m_folder / ("untitled-" + m_session + kSuffix);
    const std::string stem = std::filesystem::path(path).stem().string();
    return m_folder / (stem + "-" + pathTag(path) + kSuffix);
}

bool Autosaver::tick(const Document& document, AutosaveClock::time_point now, std::string& error) {
    error.clear();
    if (!document.dirty()) {
        // Clean again (saved, or undone back to the saved state): nothing to recover.
        discard();
        m_pendingState = 0;
        return false;
    }
    if (document.state() == m_writtenState && fileFor(document) == m_written) return false;
    if (document.state() != m_pendingState) {
        // The interval counts from the first change not yet autosaved, so steady typing
        // still gets autosaved every interval.
        if (m_pendingState == 0 || m_pendingState == m_writtenState) m_pendingSince = now;
        m_pendingState = document.state();
    }
    if (now - m_pendingSince < m_interval) return false;

    std::error_code ec;
    std::filesystem::create_directories(m_folder, ec);
    if (ec) {
        error = m_folder.string() + ": " + ec.message();
        m_pendingSince = now; // retry after another interval, not every frame
        return false;
    }
    const std::filesystem::path file = fileFor(document);
    const std::string text = "# NaikKelas autosave: unsaved changes, kept for recovery.\n" +
                             std::string(kOriginalKey) + document.path() + "\n" + kTimeKey +
                             utcText(now) + "\n" + io::scenarioToYaml(document.scenario());
    if (!io::writeFileAtomically(file.string(), text, error)) {
        m_pendingSince = now;
        return false;
    }
    if (!m_written.empty() && m_written != file) std::filesystem::remove(m_written, ec);
    m_written = file;
    m_writtenState = document.state();
    m_pendingState = m_writtenState;
    return true;
}

void Autosaver::discard() {
    if (m_written.empty()) return;
    std::error_code ec;
    std::filesystem::remove(m_written, ec);
    m_written.clear();
    m_writtenState = 0;
}

std::vector<RecoverableAutosave> listRecoverable(const std::filesystem::path& folder) {
    std::vector<RecoverableAutosave> found;
    std::error_code ec;
    std::filesystem::directory_iterator it(folder, ec);
    if (ec) return found; // no folder: nothing to recover
    for (const auto& entry : it) {
        const std::string name = entry.path().filename().string();
        if (!name.ends_with(kSuffix) || !entry.is_regular_file(ec)) continue;
        std::string text, error;
        if (!io::readFile(entry.path().string(), text, error, io::kMaxScenarioBytes)) continue;
        RecoverableAutosave autosave{entry.path(), headerValue(text, kOriginalKey),
                                     headerValue(text, kTimeKey)};
        if (!autosave.originalPath.empty()) {
            const auto original = std::filesystem::last_write_time(autosave.originalPath, ec);
            // Saved after the autosave: the file has it all. Gone: offer it.
            if (!ec && original >= std::filesystem::last_write_time(entry.path(), ec)) continue;
        }
        found.push_back(std::move(autosave));
    }
    std::sort(found.begin(), found.end(),
              [](const auto& a, const auto& b) { return a.file < b.file; });
    return found;
}

bool readAutosave(const RecoverableAutosave& autosave, std::string& text, std::string& error) {
    return io::readFile(autosave.file.string(), text, error, io::kMaxScenarioBytes);
}

} // namespace nk::gui
