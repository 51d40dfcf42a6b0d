// The Decide tab (Ctrl+4): the factors varied (editable, saved beside the scenario), the
// tornado of one-at-a-time swings for a chosen indicator (recomputed as the document
// changes), the budget frontier (hover a plan, click to choose, Apply), sensitivity
// (Sobol or Morris, with progress and Cancel) and the optimiser (best allocation against
// the current one, Apply). The analyses live in model/decide_session; this draws them.
#pragma once

#include "chart/chart_model.hpp"
#include "chart/chart_render.hpp"
#include "model/app_state.hpp"
#include "model/decide_session.hpp"

#include <array>
#include <cstdint>
#include <optional>
#include <string>

namespace nk::gui {

class DecideView {
public:
    void draw(AppState& app, const RunSnapshot& snapshot);
    DecideSession& session() { return m_session; }

private:
    void drawFactors(AppState& app, Language language);
    void drawTornado(const AppState& app, Language language, float width, float height);
    void drawFrontier(AppState& app, const RunSnapshot& snapshot, Language language, float width,
                      float height);
    void drawSensitivity(const AppState& app, Language language);
    void drawOptimiser(AppState& app, Language language);
    void drawChartIn(std::size_t which, const chart::ChartModel& model, float width, float height,
                     chart::ChartInteraction* interaction = nullptr);

    DecideSession m_session;
    std::array<chart::ChartState, 3> m_states; // tornado, frontier, sensitivity
    std::optional<std::size_t> m_chosenPoint;  // the frontier plan clicked
    std::uint64_t m_frontierSeen = 0;
    std::string m_problem; // why a run did not start
};

} // namespace nk::gui
