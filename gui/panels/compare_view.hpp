// The compare view: the current document and up to three scenario files side by side, a
// table of the key indicators with the differences to the first (green better, red worse)
// and, with the "Monte Carlo" toggle, every scenario's band and each difference's paired
// band on common random numbers ("not distinguishable at 90 %" when it holds zero), overlaid charts
// of the program arms, and the parameters that differ. Drawn with ImGui, without a window of its
// own.
#pragma once

#include "chart/chart_model.hpp"
#include "chart/interaction.hpp"
#include "model/app_state.hpp"
#include "model/compare_session.hpp"
#include "model/paired_monte_carlo.hpp"
#include "panels/file_dialog.hpp"

#include <array>
#include <string>
#include <vector>

namespace nk::gui {

// The overlaid charts (pure): one program-arm line per scenario, and the first scenario's
// baseline in grey. Scenarios that start in different months share an axis of months
// since their start.
struct CompareCharts {
    chart::ChartModel active;
    chart::ChartModel income;
};

// Every entry's results in `mode` (CompareSession::mode), never a mix.
CompareCharts buildCompareCharts(const std::vector<CompareEntry>& entries, RunMode mode,
                                 Language language);

// Which mode the compare view's figures are in, and (expected with the document's own
// current Monte Carlo run) why that run is not shown.
std::string compareModeNote(const CompareSession& session, Language language);

// Under a difference, its paired band at the comparison's levels, and when the band holds
// zero that the scenarios are "not distinguishable at 90 %"; empty without a paired band.
std::string pairedDifferenceNote(const IndicatorCell& cell, const std::vector<double>& levels,
                                 const std::string& unit, Language language);

class CompareView {
public:
    // The registry (the app state's) projects the added files and must outlive the view.
    explicit CompareView(const PluginRegistry& registry)
        : m_session(registry), m_pairedRuns(registry) {}

    // Entry 0 follows the document and this snapshot of its runs.
    void draw(AppState& app, const RunSnapshot& snapshot);

    CompareSession& session() { return m_session; }
    // The "Monte Carlo" toggle: every compared scenario on common random numbers.
    bool monteCarlo() const { return m_monteCarlo; }
    void setMonteCarlo(bool on);
    PairedMonteCarlo& pairedRuns() { return m_pairedRuns; }

private:
    // The suggestions, the path field (Enter adds), "Choose…" (the file dialog of Open)
    // and "Add".
    void drawAddRow(AppState& app, Language language);
    void addFile(const std::string& path);
    void askFile(const AppState& app, Language language);
    void drawEntries(Language language);
    // The toggle, and while it runs the progress and Cancel; starts, takes and drops the
    // paired runs as the entries change.
    void drawMonteCarlo(Language language);
    void drawIndicators(Language language) const;
    void drawCharts();
    void drawParameters(Language language) const;

    CompareSession m_session;
    PairedMonteCarlo m_pairedRuns;
    bool m_monteCarlo = false;
    std::string m_pairedError;
    std::array<char, 1024> m_path{};
    FileDialog m_fileDialog;
    std::string m_addError;
    std::string m_suggestionsFor; // the document path the suggestions were listed for
    std::vector<std::string> m_suggestions;

    std::uint64_t m_builtRevision = 0;
    Language m_builtLanguage = Language::Indonesian;
    Comparison m_comparison;
    CompareCharts m_charts;
    std::array<chart::ChartState, 2> m_chartStates;
};

} // namespace nk::gui
