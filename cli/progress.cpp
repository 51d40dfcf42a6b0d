#include "progress.hpp"

#include <algorithm>
#include <cmath>

namespace nk::cli {

namespace {
constexpr auto kDelay = std::chrono::seconds(1);         // quick runs show no bar
constexpr auto kRedraw = std::chrono::milliseconds(100); // keep the terminal calm
} // namespace

ProgressBar::ProgressBar(bool enabled, std::FILE* stream)
    : m_enabled(enabled), m_stream(stream), m_start(Clock::now()) {}

ProgressBar::~ProgressBar() {
    clear();
}

std::string ProgressBar::render(double fraction, double remainingSeconds, int width) {
    fraction = std::clamp(std::isfinite(fraction) ? fraction : 0.0, 0.0, 1.0);
    const int filled = static_cast<int>(std::floor(fraction * width));
    std::string line = "[";
    line.append(static_cast<std::size_t>(filled), '#');
    line.append(static_cast<std::size_t>(width - filled), ' ');
    line += "] " + std::to_string(static_cast<int>(std::floor(fraction * 100.0))) + "%";
    if (remainingSeconds >= 0 && std::isfinite(remainingSeconds)) {
        const long seconds = std::lround(std::ceil(remainingSeconds));
        line += "  ETA ";
        line += seconds < 100 ? std::to_string(seconds) + " s"
                              : std::to_string((seconds + 59) / 60) + " min";
    }
    return line;
}

void ProgressBar::update(double fraction, const std::string& note) {
    if (!m_enabled) return;
    const auto now = Clock::now();
    if (now - m_start < kDelay) return;
    if (m_drawnWidth > 0 && now - m_lastDraw < kRedraw) return;
    m_lastDraw = now;
    const double elapsed = std::chrono::duration<double>(now - m_start).count();
    const double remaining = fraction > 0.01 ? elapsed * (1.0 - fraction) / fraction : -1.0;
    std::string line = render(fraction, remaining);
    if (!note.empty()) line += "  " + note;
    // Pad over a longer previous line (the ETA text shrinks).
    const std::size_t width = line.size();
    if (width < m_drawnWidth) line.append(m_drawnWidth - width, ' ');
    std::fprintf(m_stream, "\r%s", line.c_str());
    std::fflush(m_stream);
    m_drawnWidth = std::max(width, m_drawnWidth);
}

void ProgressBar::clear() {
    if (m_drawnWidth == 0) return;
    std::fprintf(m_stream, "\r%s\r", std::string(m_drawnWidth, ' ').c_str());
    std::fflush(m_stream);
    m_drawnWidth = 0;
}

} // namespace nk::cli
