// The scenario a calibration writes: the original text with the fitted values in place
// (io/scenario_preserving.hpp keeps its layout and comments), a header naming the data
// file, its SHA-256, the date and each estimate with its interval, and on each fitted
// key's line a comment saying where its value now comes from. A parameter the data do
// not identify keeps the scenario's value, and its comment says so; every value not
// fitted keeps its own source or assumption comment.
#pragma once

#include "naikkelas/calibration/calibrate.hpp"

#include <string>
#include <string_view>

namespace nk::calibration {

struct CalibrationStamp {
    std::string dataFile;   // as the user named it
    std::string dataSha256; // of the file's bytes
    std::string date;       // YYYY-MM-DD
};

// The value written for a parameter: the estimate to four significant digits (kept in
// its box), or the scenario's value when not identified.
double writtenValue(const ParameterEstimate& estimate, const FitParameter& parameter);

// The calibrated scenario's text, or empty with `error` when the fitted scenario cannot
// be written (its text does not read back).
std::string calibratedScenarioText(std::string_view originalText, const ModelLikelihood& model,
                                   const CalibrationResult& result, const CalibrationStamp& stamp,
                                   std::string& error);

// Numbers as the comments and the report show them: four significant digits, whole
// numbers from 1000 on.
std::string formatValue(double value);

} // namespace nk::calibration
