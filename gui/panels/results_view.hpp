// The results view: the results in one plain sentence (results/plain_reading.hpp), the
// key indicators as a compact table (name, value and, when the Monte Carlo run is current,
// its 5-95 % band in one unit: "Rp 1,86–3,9 miliar"), laid out in as many side-by-side
// groups as make it shortest, and the four projection charts in a 2x2 grid that takes the
// remaining height (fans for a current Monte Carlo run, expected lines otherwise), with
// the exports: the indicator table to the clipboard, the series as CSV, and per chart
// (right-click) its data as CSV or a PNG. A PNG needs OpenGL, so the view only asks for it
// (takeExportRequest) and the window renders it after the frame.
#pragma once

#include "chart/interaction.hpp"
#include "model/app_state.hpp"
#include "model/results_charts.hpp"
#include "model/status_text.hpp"
#include "panels/file_dialog.hpp"

#include <array>
#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace nk::gui {

struct ChartExportRequest {
    chart::ChartModel model; // the chart as shown: only the series its legend shows
    std::string path;
};

// An indicator's band in one unit where it reads well: "Rp 1,86–3,9 miliar",
// "Rp 30–250 juta", "3–13"; both ends in words when they are scales apart
// ("Rp 4 juta – Rp 3,9 miliar"); "–" when an end is not finite.
std::string indicatorBandText(double low, double high, const std::string& unit, Language language);

// One indicator as the table shows it.
struct IndicatorLine {
    std::string name;
    std::string value;      // "≠ 4,5" when `disagrees`
    std::string band;       // empty without a band
    std::string tooltip;    // "5–95 %: Rp 2,01 miliar – Rp 3,9 miliar", and why it is marked
    bool disagrees = false; // expected mode lies outside the Monte Carlo mean +- 3 SE
};

// The table's rows for `results` (the displayed ones: displayedResults). When they are a
// Monte Carlo run and `expected` (the same scenario's current expected projection) is
// given, an indicator whose expected value the run does not bear out is marked.
std::vector<IndicatorLine> indicatorLines(const ResultSet& results, const ResultSet* expected,
                                          Language language);

class ResultsView {
public:
    static constexpr std::size_t kChartCount = 4;
    // Below this the area scrolls; low enough that the plain reading's two lines still fit
    // the smallest results area (850x650, the editor open at 1280x720).
    static constexpr float kMinChartRowHeight = 160.0f;

    // Draws the snapshot's displayed results (displayedResults); nothing without results.
    // The chart models are rebuilt only when those results or the language change.
    void draw(AppState& app, const RunSnapshot& snapshot);

    // A chart the user asked to save as PNG, once; the caller renders it with OpenGL.
    std::optional<ChartExportRequest> takeExportRequest();
    // Shows how a requested export went: an empty error means it was saved.
    void exportFinished(const std::string& path, const std::string& error);
    // How the last export or copy went, in the language it is shown in.
    const StatusText& message() const { return m_message; }

private:
    enum class PromptKind { ChartPng, SeriesCsv };

    void drawToolbar(const ResultSet& results, Language language);
    void drawIndicators(const ResultSet& results, const ResultSet* expected, Language language);
    void drawCharts(Language language);
    void drawChartMenu(std::size_t chart, Language language);
    void drawFileDialog(const RunSnapshot& snapshot, Language language);
    void askPath(PromptKind kind, std::size_t chart, Language language);
    const chart::ChartModel& model(std::size_t chart) const;
    std::string defaultPath(const std::string& what) const; // in the prompt's default folder

    std::shared_ptr<const ResultSet> m_builtFor;
    Language m_builtLanguage = Language::Indonesian;
    ResultCharts m_charts;
    std::string m_reading; // the results in one plain sentence (results/plain_reading.hpp)
    std::array<chart::ChartState, kChartCount> m_states;

    PromptKind m_promptKind = PromptKind::ChartPng;
    std::size_t m_promptChart = 0;
    FileDialog m_fileDialog;
    const FileChooser* m_chooser = nullptr; // the app's, set each frame
    std::string m_defaultFolder;            // for the dialog's default path, set each frame
    std::string m_scenarioId;

    std::optional<ChartExportRequest> m_request;
    StatusText m_message;
};

} // namespace nk::gui
