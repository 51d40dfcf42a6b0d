// The meeting report: one A4 PDF a planner takes to a budget hearing (docs/report.md).
// Title block, a summary on page 1 (what the program does, cost against the envelope and
// the fiscal-year limits, the key indicators with their bands, a plain reading), the
// app's charts, the comparison, the sensitivity of an exploration, and the assumptions.
// Takes compiled scenarios and their results; never runs or re-reads a scenario.
#pragma once

#include "report/experiment_folder.hpp"

#include "naikkelas/results/result_set.hpp"
#include "naikkelas/scenario/compiled_scenario.hpp"
#include "naikkelas/units/rupiah.hpp"

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace nk::gui::report {

struct ReportRun {
    std::string name; // how the report names it: the file as given, or the title
    std::string text; // the scenario file's text as read, for its comments; may be empty
    std::shared_ptr<const CompiledScenario> scenario;
    std::vector<ResultSet> results; // expected, Monte Carlo, or both in that order
};

struct ReportInput {
    ReportRun main;
    // Each run with the main run's mode, seed and replications, so that the differences
    // are paired (results/paired_comparison.hpp).
    std::vector<ReportRun> compares;
    std::optional<ExperimentResults> experiment;
    Language language = Language::Indonesian;
    std::string date; // when the report is made, YYYY-MM-DD
};

struct ReportOutcome {
    bool ok = false;
    std::string error; // names the file and what went wrong
    int pages = 0;
};

// Writes the PDF to `path` whole or not at all (write-then-rename).
ReportOutcome writeReportPdf(const ReportInput& input, const std::string& path);


} // namespace nk::gui::report
