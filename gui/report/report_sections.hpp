// The report's content, section by section, written through a PageWriter: the title
// block and summary (page 1), the charts, the comparison, the sensitivity, the
// assumptions and how the model works.
#pragma once

#include "report/page_writer.hpp"
#include "report/report.hpp"

#include <string>

namespace nk::gui::report {

void writeSections(PageWriter& writer, const ReportInput& input);

// The footer every page carries, and the word before its number.
std::string footerText(Language language);
std::string pageWord(Language language);

} // namespace nk::gui::report
