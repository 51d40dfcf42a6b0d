// The app's window: GLFW + OpenGL 3 + Dear ImGui on the main thread, the frame loop and
// the screenshot mode.
#pragma once

#include "naikkelas/units/rupiah.hpp"

#include <string>

namespace nk::gui {

struct AppOptions {
    std::string file;          // empty: the built-in default scenario
    std::string screenshotDir; // non-empty: render, save DIR/results.png, exit
    Language language = Language::Indonesian;
};

// Exit status: 0 ok, 1 the window cannot be created, the scenario cannot run, or the
// screenshot is blank.
int runApp(const AppOptions& options);

} // namespace nk::gui
