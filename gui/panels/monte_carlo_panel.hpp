// The Monte Carlo strip at the top of the results area, one line: replications, seed
// and threads, Run and Cancel, a progress bar with percentage and elapsed time, the last
// run's status (in a word, with the rest in a tooltip, where the line is too short), and
// a warning when its results belong to an earlier version of the scenario (the
// charts then show the expected projection instead of stale fans).
#pragma once

#include "model/app_state.hpp"

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>

namespace nk::gui {

// What the strip says about the last run, decided without ImGui (tested headless).
struct MonteCarloStatusText {
    std::string text;  // empty before the first run
    std::string brief; // the outcome in a word ("Done"), shown when text does not fit
    bool failed = false;
    bool stale = false; // results exist but belong to an earlier version of the scenario
};
MonteCarloStatusText monteCarloStatusText(const RunSnapshot& snapshot, Language language);

// Why Run is disabled, for its tooltip; empty when a run can start. A file opened with
// problems pauses the projection (the document's problems count from the moment it is
// opened, before the snapshot of its first projection arrives), and so Monte Carlo.
std::string monteCarloBlocker(const RunSnapshot& snapshot, const Document& document,
                              Language language);

class MonteCarloPanel {
public:
    void draw(AppState& app, const RunSnapshot& snapshot);

private:
    void adoptDefaults(AppState& app);
    void drawSettings(AppState& app, const RunSnapshot& snapshot, Language language);
    void drawProgress(AppState& app, const RunSnapshot& snapshot, Language language);
    double elapsedSeconds() const;

    int m_replications = 0; // 0 until taken from the settings
    std::uint64_t m_seed = 1;
    std::optional<std::uint64_t> m_scenarioSeed; // the scenario seed m_seed was last set to
    int m_threads = 1;
    bool m_timing = false; // a run this panel started is going
    std::chrono::steady_clock::time_point m_started;
    double m_lastSeconds = -1.0; // the duration of the last run, once it ended
};

} // namespace nk::gui
