// The screenshot mode (`naikkelas-gui FILE --screenshot DIR`): it shows each main view in
// turn (results, compare, shared equipment after adding a unit, help, Monte Carlo fans,
// decide with the suggested factors' tornado, budget frontier, Sobol indices and the
// optimiser's result),
// lets ImGui settle
// for a few frames, and saves DIR/<view>.png. It fails when a view renders blank.
#pragma once

#include "model/app_state.hpp"
#include "panels/main_view.hpp"
#include "panels/view_state.hpp"

#include <string>
#include <vector>

namespace nk::gui {

class ScreenshotTour {
public:
    explicit ScreenshotTour(std::string folder);

    // Before a frame: puts the view of the current shot on screen (and runs what it
    // needs first, e.g. a short Monte Carlo run).
    void prepare(AppState& app, ViewState& view, MainView& main);
    // After rendering a frame: saves the shot once it has settled. False on a failure,
    // with error().
    bool capture(const ViewState& view, int width, int height);
    bool done() const { return m_shot >= m_shots.size(); }
    const std::string& error() const { return m_error; }

private:
    struct Shot {
        std::string name;
        MainTab tab;
        bool docs = false;
        bool monteCarlo = false;
        bool addUnit = false; // one more unit of the first shared allocation, once drawn
        bool analyse = false; // suggested factors and every analysis of the Decide tab
    };

    std::string m_folder;
    std::vector<Shot> m_shots;
    std::size_t m_shot = 0;
    int m_frames = 0; // frames drawn for the current shot
    std::string m_error;
};

} // namespace nk::gui
