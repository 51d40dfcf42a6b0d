// Expected mode (MODEL.md 2.5): per group and arm, expected counts over
// (P, A_0..A_{B-1}, X) evolved by the exact transition; count-dependent modifiers see
// expected counts.
#pragma once

#include "run_parts.hpp"

#include "naikkelas/engine/state_history.hpp"

namespace nk::engine {

// Fills frames (and history, when given); false on a plugin error (message in error) or
// when cancelled.
bool runExpected(const CompiledScenario& scenario, const SeriesLayout& layout,
                 const RunOptions& options, ArmFrames& frames, std::string& error,
                 StateHistory* history = nullptr);

} // namespace nk::engine
