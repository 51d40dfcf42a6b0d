// What the status line says after a save that could not keep the file's comments and
// layout (io::writeScenarioPreserving fell back to the full writer): that the file was
// written whole, and why, in the user's language. The core gives its reason in English;
// the kinds it names are translated here, and its technical detail (which part of the
// layout) follows untranslated.
#pragma once

#include "model/status_text.hpp"

#include <string>

namespace nk::gui {

// `rewriteReason` as PreservingWrite gives it (not empty).
StatusText savedWholeNotice(const std::string& rewriteReason);

} // namespace nk::gui
