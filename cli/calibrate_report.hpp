// The text `naikkelas calibrate` prints: the estimates with their 90 % intervals, a
// warning for each parameter the data do not identify, and observed against fitted row
// by row. Pure: the command prints it.
#pragma once

#include "naikkelas/calibration/calibrate.hpp"
#include "naikkelas/units/rupiah.hpp"

#include <string>

namespace nk::cli {

std::string calibrationReport(const calibration::CalibrationResult& result,
                              const std::vector<calibration::FitParameter>& parameters,
                              Language language);

} // namespace nk::cli
