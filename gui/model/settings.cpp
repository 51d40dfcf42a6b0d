#include "model/settings.hpp"

#include "model/field_schema.hpp"

#include "model/xdg_paths.hpp"

#include "naikkelas/io/atomic_file.hpp"

#include <algorithm>
#include <charconv>
#include <sstream>
#include <system_error>

namespace nk::gui {

namespace {

constexpr std::size_t kMaxSettingsBytes = 64 * 1024;

std::string trim(const std::string& s) {
    const auto first = s.find_first_not_of(" \t\r");
    if (first == std::string::npos) return {};
    const auto last = s.find_last_not_of(" \t\r");
    return s.substr(first, last - first + 1);
}

// A whole-text integer within [low, high]; anything else leaves `out` as it was.
template <typename T> void readNumber(const std::string& text, T low, T high, T& out) {
    T value{};
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec == std::errc{} && end == text.data() + text.size() && value >= low && value <= high)
        out = value;
}

} // namespace

void Settings::addRecentFile(const std::string& path) {
    if (path.empty()) return;
    std::erase(recentFiles, path);
    recentFiles.insert(recentFiles.begin(), path);
    if (recentFiles.size() > kMaxRecentFiles) recentFiles.resize(kMaxRecentFiles);
}

std::filesystem::path defaultSettingsPath() {
    return xdgConfigHome() / "naikkelas" / "settings.ini";
}

Settings parseSettings(const std::string& text) {
    Settings s;
    std::vector<std::string> recent;
    std::istringstream in(text);
    std::string line;
    while (std::getline(in, line)) {
        line = trim(line);
        if (line.empty() || line[0] == '#' || line[0] == ';' || line[0] == '[') continue;
        const auto eq = line.find('=');
        if (eq == std::string::npos) continue;
        const std::string key = trim(line.substr(0, eq));
        const std::string value = trim(line.substr(eq + 1));
        if (key == "language") {
            if (value == "id") s.language = Language::Indonesian;
            if (value == "en") s.language = Language::English;
        } else if (key == "recent") {
            recent.push_back(value);
        } else if (key == "window_width") {
            readNumber(value, 200, 100000, s.windowWidth);
        } else if (key == "window_height") {
            readNumber(value, 150, 100000, s.windowHeight);
        } else if (key == "last_folder") {
            s.lastFolder = value;
        } else if (key == "replications") {
            const FieldBounds b = fieldBounds("simulation.replications");
            readNumber(value, static_cast<int>(b.min), static_cast<int>(b.max), s.replications);
        }
        // Unknown keys: a newer version's settings, kept out of the way rather than fatal.
    }
    // Added oldest first so that the file's order (most recent first) and the limit and
    // duplicate rules of addRecentFile all hold.
    for (auto it = recent.rbegin(); it != recent.rend(); ++it) s.addRecentFile(*it);
    return s;
}

Settings loadSettings(const std::filesystem::path& path) {
    std::string text, error;
    if (!io::readFile(path.string(), text, error, kMaxSettingsBytes)) return Settings{};
    Settings s = parseSettings(text);
    std::error_code ec;
    std::erase_if(s.recentFiles,
                  [&](const std::string& f) { return !std::filesystem::exists(f, ec); });
    return s;
}

std::string settingsText(const Settings& s) {
    std::ostringstream out;
    out << "# NaikKelas settings; written by the app, safe to delete.\n";
    out << "language = " << (s.language == Language::English ? "en" : "id") << "\n";
    out << "window_width = " << s.windowWidth << "\n";
    out << "window_height = " << s.windowHeight << "\n";
    out << "last_folder = " << s.lastFolder << "\n";
    out << "replications = " << s.replications << "\n";
    for (const auto& f : s.recentFiles) out << "recent = " << f << "\n";
    return out.str();
}

bool saveSettings(const Settings& settings, const std::filesystem::path& path, std::string& error) {
    std::error_code ec;
    if (path.has_parent_path()) std::filesystem::create_directories(path.parent_path(), ec);
    if (ec) {
        error = path.parent_path().string() + ": " + ec.message();
        return false;
    }
    return io::writeFileAtomically(path.string(), settingsText(settings), error);
}

} // namespace nk::gui
