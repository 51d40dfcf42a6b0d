// `naikkelas compare A.yaml B.yaml [C.yaml...]`: every scenario's key indicators against
// the first, run on the same random numbers, with paired bands in Monte Carlo.
#pragma once

#include "arguments.hpp"

#include <string>
#include <vector>

namespace nk::cli {

int compareCommand(const std::vector<std::string>& files, const RunArguments& run,
                   const std::vector<std::string>& pluginDirs, Language language);

} // namespace nk::cli
