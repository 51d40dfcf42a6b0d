// The documents shown by Help, embedded at build time (cmake/embed_file.cmake) so the app
// needs no files beside it: the user guide in each language, docs/model.md,
// docs/scenario-format.md and docs/engine.md.
#pragma once

#include <string_view>

namespace nk {

std::string_view guideIndonesianDocText();
std::string_view guideEnglishDocText();
std::string_view modelDocText();
std::string_view scenarioFormatDocText();
std::string_view engineDocText();

} // namespace nk
