// `naikkelas report FILE [--compare FILE...] [--experiment DIR] --out report.pdf`: runs the
// scenario (and each compared one on the same random numbers), reads an exploration's
// folder, and writes the meeting report (gui/report) whole or not at all.
#pragma once

#include "arguments.hpp"

#include <string>
#include <vector>

namespace nk::cli {

int reportCommand(const RunArguments& run, const ReportArguments& report,
                  const std::vector<std::string>& pluginDirs, Language language);

} // namespace nk::cli
