// What the app remembers between runs: language, recent files, window size, last
// folder, Monte Carlo replications (the seed belongs to the scenario). A small INI-like
// text file (key = value), written by write-then-rename; a corrupt or unknown line is
// skipped, never fatal.
#pragma once

#include "naikkelas/units/rupiah.hpp"

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace nk::gui {

struct Settings {
    static constexpr std::size_t kMaxRecentFiles = 8;

    Language language = Language::Indonesian;
    std::vector<std::string> recentFiles; // most recent first, no duplicates
    int windowWidth = 1280;
    int windowHeight = 800;
    std::string lastFolder;
    int replications = 200;

    // Puts `path` first, removing an older entry of it and the oldest beyond the limit.
    void addRecentFile(const std::string& path);
};

// $XDG_CONFIG_HOME/naikkelas/settings.ini, or ~/.config/naikkelas/settings.ini.
std::filesystem::path defaultSettingsPath();

// Defaults for a missing file or line that cannot be read; recent files that no longer
// exist are dropped.
Settings loadSettings(const std::filesystem::path& path);
Settings parseSettings(const std::string& text);

std::string settingsText(const Settings& settings);
// Creates the folder if needed; false with `error` when it cannot be written.
bool saveSettings(const Settings& settings, const std::filesystem::path& path, std::string& error);

} // namespace nk::gui
