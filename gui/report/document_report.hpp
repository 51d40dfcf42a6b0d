// File > Export report… in the app: the meeting report (report.hpp) of the document being
// edited, from what the app already holds: the snapshot's compiled scenario, its expected
// results and its current Monte Carlo run, the text Save would write (for the
// `# article` / `# assumption` comments), and the compare view's other scenarios. Nothing
// is run again.
#pragma once

#include "model/compare_session.hpp"
#include "model/document.hpp"
#include "model/run_controller.hpp"
#include "model/status_text.hpp"
#include "report/report.hpp"

#include <optional>
#include <string>
#include <vector>

namespace nk::gui::report {

struct DocumentReport {
    std::optional<ReportInput> input; // none with `problem` set: nothing to report yet
    std::string problem;
    // Compared scenarios left out: they have no results in the mode the report shows
    // (Monte Carlo when the document's own run is current), so no paired difference.
    std::size_t comparesLeftOut = 0;
};

// `compares`: the compare view's entries; entry 0 (the document itself) is skipped.
DocumentReport documentReport(const Document& document, const RunSnapshot& snapshot,
                              const std::vector<CompareEntry>& compares, Language language);

// Writes the document's report to `path` (whole or not at all) and says how it went, for
// the status line: "Laporan tersimpan: /tmp/a.pdf" or why nothing was written.
StatusText exportDocumentReport(const Document& document, const RunSnapshot& snapshot,
                                const std::vector<CompareEntry>& compares, Language language,
                                const std::string& path);

} // namespace nk::gui::report
