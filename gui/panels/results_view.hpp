// The results view: the key indicators and the projection charts in a grid, drawn with
// ImGui from one immutable result set.
#pragma once

#include "chart/interaction.hpp"
#include "panels/results_charts.hpp"

#include <memory>

namespace nk::gui {

class ResultsView {
public:
    // Draws one immutable result set; the chart models are rebuilt only when the
    // results or the language change.
    void draw(const CompiledScenario& scenario, std::shared_ptr<const ResultSet> results,
              Language language);

private:
    void drawIndicators(const ResultSet& results, Language language);

    std::shared_ptr<const ResultSet> m_builtFor;
    Language m_builtLanguage = Language::Indonesian;
    ResultCharts m_charts;
    chart::ChartState m_states[4];
};

} // namespace nk::gui
