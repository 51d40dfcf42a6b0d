// A progress bar on stderr for long runs: "[#####     ] 45%  ETA 3 s". It appears only
// on a terminal and only once a run has taken more than a second, so quick runs and
// redirected output stay clean; clear() erases it before anything else is printed.
#pragma once

#include <chrono>
#include <cstdio>
#include <string>

namespace nk::cli {

class ProgressBar {
public:
    // enabled: draw at all (stderr is a terminal).
    ProgressBar(bool enabled, std::FILE* stream = stderr);
    ~ProgressBar();

    // fraction in 0..1 of the whole job; call from one thread. `note` follows the bar
    // (e.g. a rate: "12.5 points/s").
    void update(double fraction, const std::string& note = {});
    void clear();

    // The line drawn for a fraction and remaining seconds (negative: unknown); pure,
    // for tests.
    static std::string render(double fraction, double remainingSeconds, int width = 30);

private:
    using Clock = std::chrono::steady_clock;
    bool m_enabled;
    std::FILE* m_stream;
    Clock::time_point m_start;
    Clock::time_point m_lastDraw;
    std::size_t m_drawnWidth = 0; // characters on screen, 0 when nothing is drawn
};

} // namespace nk::cli
