// Semantic checks of a Scenario (ranges, references, duplicate ids, months beyond the
// horizon, budget envelope and fiscal-year limits). Diagnostics carry key paths only;
// the YAML loader adds file, line and column.
#pragma once

#include "naikkelas/scenario/diagnostics.hpp"
#include "naikkelas/scenario/scenario.hpp"

namespace nk {

Diagnostics validateScenario(const Scenario& scenario);

} // namespace nk
