// The documents shown by Help, embedded at build time (cmake/embed_file.cmake) so the app
// needs no files beside it: docs/model.md and docs/scenario-format.md.
#pragma once

#include <string_view>

namespace nk {

std::string_view modelDocText();
std::string_view scenarioFormatDocText();

} // namespace nk
