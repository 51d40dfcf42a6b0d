// The results view: the scenario's key indicators as cards and the projection charts in
// a grid, drawn with ImGui from one immutable run snapshot.
#pragma once

#include "chart/interaction.hpp"
#include "results_charts.hpp"

#include <memory>
#include <string>

namespace nk::gui {

// What one expected-mode run of a scenario gave, or why it could not run.
struct RunSnapshot {
    std::string name; // file name, or the default scenario's
    std::shared_ptr<const CompiledScenario> scenario;
    ResultSet results;
    std::string error; // diagnostics or the run's error, one per line
};

RunSnapshot loadAndRun(const std::string& file);

class ResultsView {
public:
    void draw(const RunSnapshot& snapshot, Language language);

private:
    void rebuild(const RunSnapshot& snapshot, Language language);
    void drawIndicators(const ResultSet& results, Language language);

    const RunSnapshot* m_builtFor = nullptr;
    Language m_builtLanguage = Language::Indonesian;
    ResultCharts m_charts;
    chart::ChartState m_states[4];
};

} // namespace nk::gui
