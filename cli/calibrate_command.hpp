// `naikkelas calibrate SCENARIO.yaml --data FOLLOWUP.csv --fit KEY_PATH[,...] --out FILE`:
// fits scenario parameters to a follow-up survey (core/include/naikkelas/calibration/,
// docs/calibration.md), prints the estimates, intervals and the fit row by row, and
// writes the calibrated scenario (whole or not at all; nothing on Ctrl-C).
#pragma once

#include "arguments.hpp"

#include <string>
#include <vector>

namespace nk::cli {

int calibrateCommand(const CalibrateArguments& arguments,
                     const std::vector<std::string>& pluginDirs, Language language);

} // namespace nk::cli
