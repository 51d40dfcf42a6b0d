// The version of the NaikKelas library and tools (the CMake project version), for
// `naikkelas --version` and run manifests.
#pragma once

#include <string_view>

namespace nk {

std::string_view versionString(); // e.g. "0.1.0"

} // namespace nk
