// What the results view exports, as text (no ImGui): the series of a snapshot as CSV for
// other tools, the key indicators as a tab-separated table for the clipboard, one chart's
// data as CSV, and writing a text file whole or not at all. Also the one decision of
// which Monte Carlo results are current, shared by the charts and the exports.
#pragma once

#include "chart/chart_model.hpp"
#include "model/run_controller.hpp"

#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace nk::gui {

// The snapshot's Monte Carlo results if they belong to its scenario version; null when
// there are none, or when the scenario was edited since the run (stale results).
std::shared_ptr<const ResultSet> currentMonteCarlo(const RunSnapshot& snapshot);

// The outermost quantile pair of an indicator (e.g. 5 % and 95 %), with their levels.
struct IndicatorBand {
    double lowLevel = 0.0;
    double highLevel = 0.0;
    double low = 0.0;
    double high = 0.0;
};
// nullopt for expected-mode results (no quantiles) or fewer than two quantiles.
std::optional<IndicatorBand> indicatorBand(const ResultSet& results, const Indicator& indicator);

// The snapshot's series in the long format of io::seriesCsv: the expected projection
// and, when current, the Monte Carlo run. Empty when there are no results.
std::string seriesCsvFor(const RunSnapshot& snapshot);

// The key indicators as tab-separated text with a header row and one row per indicator:
// indicator, unit, mean, low, high; names, units and numbers in `language` (grouping and
// decimal mark as the app shows them). Low and high are the outermost quantiles and are
// empty for expected-mode results.
std::string indicatorsTable(const ResultSet& results, Language language);

// A chart's data as CSV (comma-separated, quoted where needed, numbers in the shortest
// exact form): the month as YYYY-MM (or the category, or the x index), then one column
// per series; a series with a fan adds the lower and upper edge of its outermost band.
std::string chartCsv(const chart::ChartModel& model);

// Where an export goes unless the user types another path: `folder`/<scenario id>-<what>
// (e.g. "malang_cookies-active.png"); "naikkelas-<what>" for a scenario without an id.
// Characters that do not belong in a file name become '_'.
std::string defaultExportPath(const std::string& folder, const std::string& scenarioId,
                              const std::string& what);

// Writes `text` to `path` by write-then-rename; false with `error` on failure.
bool writeTextFile(const std::string& path, std::string_view text, std::string& error);

} // namespace nk::gui
