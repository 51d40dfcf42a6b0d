#include "model/xdg_paths.hpp"

#include <cstdlib>

namespace nk::gui {

namespace {

std::filesystem::path fromEnvironment(const char* variable, const char* fallbackUnderHome) {
    // The specification says relative values are invalid and must be ignored.
    if (const char* value = std::getenv(variable); value && value[0] == '/') return value;
    const char* home = std::getenv("HOME");
    std::filesystem::path base = home && home[0] != '\0' ? home : ".";
    return base / fallbackUnderHome;
}

} // namespace

std::filesystem::path xdgConfigHome() {
    return fromEnvironment("XDG_CONFIG_HOME", ".config");
}

std::filesystem::path xdgStateHome() {
    return fromEnvironment("XDG_STATE_HOME", ".local/state");
}

} // namespace nk::gui
