// One sentence that reads a run's key indicators in plain words, for a department head
// rather than an analyst: "In 60 months the program adds about 4.3 active enterprises
// (90%: 0 to 9) and lifts about 2.1 participants at least one sales band; none is expected
// to pass Rp 2 billion a year in sales (kecil)." The command-line summary, the app's
// results view and the report print the same sentence.
#pragma once

#include "naikkelas/results/result_set.hpp"
#include "naikkelas/scenario/compiled_scenario.hpp"
#include "naikkelas/units/rupiah.hpp"

#include <string>

namespace nk {

// Below this many additional enterprises in kecil or above the sentence says "none".
inline constexpr double kNoneExpected = 0.05;

// The reading of `results` (the estimate: Monte Carlo when run, with its 90 % bands), or
// an empty string when the set lacks the indicators it reads.
std::string plainReading(const CompiledScenario& scenario, const ResultSet& results,
                         Language language);

} // namespace nk
