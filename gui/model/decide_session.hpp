// What the Decide tab holds between frames (no ImGui): the chosen indicator, and four
// analyses of the document on threads of their own (background_job.hpp): the tornado,
// recomputed whenever the document or the factors change; sensitivity (Sobol or Morris),
// the budget frontier and the optimiser, each on request with progress and Cancel.
// Apply from the frontier or the optimiser is one undoable edit of the document.
#pragma once

#include "model/app_state.hpp"
#include "model/background_job.hpp"
#include "model/decide_analysis.hpp"
#include "model/decide_optimiser.hpp"

#include <cstdint>
#include <optional>
#include <string>

namespace nk::gui {

class DecideSession {
public:
    std::string indicator = "additional_active"; // the tornado's and sensitivity's
    decision::DesignKind sensitivityKind = decision::DesignKind::Sobol;
    int sobolSamples = 64; // N: N (k + 2) runs
    OptimiserRequest optimiser;

    // Once a frame: starts the tornado again when the document or the factors changed
    // since the last one started (after it finishes: a drag never starves it).
    void tick(const AppState& app);
    // The tornado run for the document's current content and factors: up to date.
    bool tornadoCurrent(const AppState& app) const;

    void startSensitivity(const AppState& app);
    // False when the factors hold no plan lever or the grid is too large (`problem`).
    bool startFrontier(const AppState& app, std::string& problem);
    bool startOptimiser(const AppState& app, std::string& problem);

    BackgroundJob<DesignRun>& tornado() { return m_tornado; }
    BackgroundJob<DesignRun>& sensitivity() { return m_sensitivity; }
    BackgroundJob<DesignRun>& frontier() { return m_frontier; }
    BackgroundJob<OptimiserOutcome>& optimiserJob() { return m_optimiser; }

    // Loads frontier point `point` (its levers' values) into the document, as one edit.
    bool applyFrontierPoint(AppState& app, std::size_t point);
    // Loads the optimiser's best allocation into the document, as one edit.
    bool applyOptimiser(AppState& app);

    // Blocks until every analysis has finished (tests, the screenshot mode).
    void waitIdle();

private:
    BackgroundJob<DesignRun> m_tornado;
    BackgroundJob<DesignRun> m_sensitivity;
    BackgroundJob<DesignRun> m_frontier;
    BackgroundJob<OptimiserOutcome> m_optimiser;
    std::optional<std::pair<std::uint64_t, std::uint64_t>> m_tornadoFor; // state, revision
};

} // namespace nk::gui
