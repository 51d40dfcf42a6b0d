// The XDG base folders (config, state) the app keeps its files in, with the fallbacks
// the specification gives when the variables are unset or not absolute.
#pragma once

#include <filesystem>

namespace nk::gui {

// $XDG_CONFIG_HOME, else $HOME/.config (else a relative ".config").
std::filesystem::path xdgConfigHome();
// $XDG_STATE_HOME, else $HOME/.local/state.
std::filesystem::path xdgStateHome();

} // namespace nk::gui
