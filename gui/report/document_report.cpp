#include "report/document_report.hpp"

#include "naikkelas/scenario/compiled_scenario.hpp"
#include "naikkelas/units/today.hpp"

namespace nk::gui::report {

DocumentReport documentReport(const Document& document, const RunSnapshot& snapshot,
                              const std::vector<CompareEntry>& compares, Language language) {
    DocumentReport out;
    if (!snapshot.compiled || !snapshot.expected || snapshot.generation == 0) {
        out.problem = language == Language::English
                          ? "There is no projection of the scenario to report yet."
                          : "Belum ada proyeksi skenario untuk dilaporkan.";
        return out;
    }
    ReportInput input;
    input.language = language;
    input.date = todayIsoDate();
    input.main.name = document.displayName();
    input.main.text = document.currentText();
    input.main.scenario = snapshot.compiled;
    input.main.results.push_back(*snapshot.expected);
    // Only a Monte Carlo run of this very content: an older one belongs to other numbers.
    const bool monteCarlo =
        snapshot.monteCarlo && snapshot.monteCarloGeneration == snapshot.generation;
    if (monteCarlo) input.main.results.push_back(*snapshot.monteCarlo);
    const RunMode shown = monteCarlo ? RunMode::MonteCarlo : RunMode::Expected;
    for (std::size_t i = 1; i < compares.size(); ++i) {
        const CompareEntry& entry = compares[i];
        const auto& results = entry.results(shown);
        if (!entry.scenario || !results) {
            ++out.comparesLeftOut;
            continue;
        }
        const CompileResult compiled = compileScenario(*entry.scenario);
        if (!compiled.compiled) {
            ++out.comparesLeftOut;
            continue;
        }
        ReportRun run;
        run.name = entry.path.empty() ? entry.label : entry.path;
        run.scenario = compiled.compiled;
        run.results.push_back(*results);
        input.compares.push_back(std::move(run));
    }
    out.input = std::move(input);
    return out;
}

StatusText exportDocumentReport(const Document& document, const RunSnapshot& snapshot,
                                const std::vector<CompareEntry>& compares, Language language,
                                const std::string& path) {
    const DocumentReport report = documentReport(document, snapshot, compares, language);
    if (!report.input)
        return {"Laporan tidak ditulis:", "Report not written:", report.problem, true};
    const ReportOutcome written = writeReportPdf(*report.input, path);
    if (!written.ok) return {"Laporan tidak ditulis:", "Report not written:", written.error, true};
    if (report.comparesLeftOut > 0)
        return {"Laporan tersimpan (skenario pembanding tanpa hasil Monte Carlo tidak dimuat):",
                "Report saved (compared scenarios without a Monte Carlo run left out):", path};
    return {"Laporan tersimpan:", "Report saved:", path};
}

} // namespace nk::gui::report
