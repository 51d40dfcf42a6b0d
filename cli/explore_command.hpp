// `naikkelas explore EXPERIMENT.yaml --out DIR`: runs an experiment's design over its
// scenario (core/include/naikkelas/decision/), saving each point as it finishes so that
// an interrupted exploration resumes where it stopped, then prints and saves the
// sensitivity measures.
#pragma once

#include "arguments.hpp"

#include <string>
#include <vector>

namespace nk::cli {

int exploreCommand(const ExploreArguments& arguments, const std::vector<std::string>& pluginDirs,
                   Language language);

} // namespace nk::cli
