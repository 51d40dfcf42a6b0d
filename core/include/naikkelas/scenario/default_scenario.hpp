// The default scenario (scenarios/default.yaml), embedded in the library at build time
// by cmake/embed_file.cmake so that `naikkelas run` works without any file at hand.
#pragma once

#include <string_view>

namespace nk {

// The YAML text of scenarios/default.yaml as it was when the library was built.
std::string_view defaultScenarioText();

} // namespace nk
