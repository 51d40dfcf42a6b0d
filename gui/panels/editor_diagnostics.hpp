// The diagnostics of the latest projection, as the command line prints them
// (formatDiagnostic), each one clickable: a click returns its key path so that the
// editor goes to the field.
#pragma once

#include "model/run_controller.hpp"
#include "naikkelas/units/rupiah.hpp"

#include <optional>
#include <string>

namespace nk::gui {

// Draws the list; the key path of the entry clicked this frame, if any.
std::optional<std::string> drawDiagnosticsList(const RunSnapshot& snapshot, Language language);

// The height the list wants for `snapshot` (a line or two when there is nothing wrong).
float diagnosticsListHeight(const RunSnapshot& snapshot);

} // namespace nk::gui
