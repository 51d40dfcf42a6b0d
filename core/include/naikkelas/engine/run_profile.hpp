// Where a run spends its time, phase by phase (benchmarks and `run --profile`). The
// engine adds to it only when RunOptions::profile is set: two clock reads per phase
// and month, summed over threads (so on several threads the phases add up to more
// than the wall time).
#pragma once

#include <array>
#include <atomic>
#include <chrono>

namespace nk {

enum class RunPhase { Tables, Plugins, Moves, Series, Bands, Count };

struct RunProfile {
    std::array<std::atomic<long long>, static_cast<int>(RunPhase::Count)> nanoseconds{};

    double seconds(RunPhase phase) const {
        return 1e-9 * double(nanoseconds[static_cast<int>(phase)].load());
    }
    static const char* name(RunPhase phase);
};

// Adds the time from its construction to its destruction to a phase; does nothing
// without a profile.
class PhaseTimer {
public:
    PhaseTimer(RunProfile* profile, RunPhase phase) : m_profile(profile), m_phase(phase) {
        if (m_profile) m_start = std::chrono::steady_clock::now();
    }
    ~PhaseTimer() {
        if (!m_profile) return;
        const auto elapsed = std::chrono::steady_clock::now() - m_start;
        m_profile->nanoseconds[static_cast<int>(m_phase)] +=
            std::chrono::duration_cast<std::chrono::nanoseconds>(elapsed).count();
    }
    PhaseTimer(const PhaseTimer&) = delete;
    PhaseTimer& operator=(const PhaseTimer&) = delete;

private:
    RunProfile* m_profile;
    RunPhase m_phase;
    std::chrono::steady_clock::time_point m_start;
};

} // namespace nk
