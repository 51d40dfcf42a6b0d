// The app's window: GLFW + OpenGL 3 + Dear ImGui on the main thread, the frame loop and
// the screenshot mode.
#pragma once

#include "naikkelas/units/rupiah.hpp"

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace nk::gui {

struct AppOptions {
    std::string file;                      // empty: the built-in default scenario
    std::string screenshotDir;             // non-empty: save DIR/<view>.png for each view, exit
    std::optional<Language> language;      // else the one remembered in the settings
    std::vector<std::string> compareFiles; // opened in the compare view beside the document
    std::optional<std::pair<int, int>> windowSize; // else remembered (1600x900 for screenshots)
};

// Exit status: 0 ok, 1 the window cannot be created, the scenario cannot run, or the
// screenshot is blank.
int runApp(const AppOptions& options);

} // namespace nk::gui
