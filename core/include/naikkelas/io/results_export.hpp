// Writing a run's results for other tools: series.csv (long format), indicators.json and
// manifest.json. The text is produced by pure functions (testable, printable to stdout);
// writeRunOutputs puts it on disk, each file by write-then-rename.
//
// A run in mode `both` gives two ResultSets (expected, then Monte Carlo); every function
// takes all of a run's ResultSets and says which mode each row or entry comes from.
#pragma once

#include "naikkelas/results/result_set.hpp"

#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace nk::io {

inline constexpr std::string_view kSeriesFile = "series.csv";
inline constexpr std::string_view kIndicatorsFile = "indicators.json";
inline constexpr std::string_view kManifestFile = "manifest.json";

// The column name of a quantile level: q05 for 0.05, q50, q95, q025 for 0.025, q975.
std::string quantileColumn(double level);

// Shortest text that reads back to the same double (std::to_chars): "0.1", "1e+20",
// "nan", "inf".
std::string shortestNumber(double value);
// Shortest text that reads back to the same float: for values no more precise than a
// float, as quantiles of Monte Carlo draws (stored as float), "53.05" where the double
// between two draws would print as 53.049999999999955.
std::string shortestFloat(double value);

// Long format, one row per arm, scope, series, month and mode:
//   arm,scope,series,month,mode,mean,q05,q50,q95
// The quantile columns are the levels of the Monte Carlo sets (the default 0.05, 0.5,
// 0.95 when there is none), printed at float precision (shortestFloat); cells a set does
// not have, as all of expected mode's, are empty. month is t = 0..H after the start month.
std::string seriesCsv(std::span<const ResultSet> results);

// {"start", "horizon_months", "modes": {"expected": {"replications", "quantile_levels",
//  "indicators": {KEY: {"unit", "mean", "quantiles": {"q05": ...}}}}, "montecarlo": ...}}
// Numbers that are not finite (a cost per enterprise with none added) are null.
std::string indicatorsJson(std::span<const ResultSet> results);

// What the manifest records beyond the ResultSets' own RunManifest.
struct ManifestExtras {
    std::string scenarioFile;       // the input path, or empty (embedded default scenario)
    std::string scenarioFileSha256; // digest of the input file's bytes, or empty
    std::vector<std::pair<std::string, std::string>> files; // output name -> SHA-256
    // A run spread over the ranks of an MPI job: how many, and their hosts in rank order
    // without repeats. 0: one process, and neither is written.
    int ranks = 0;
    std::vector<std::string> hosts;
};

// The RunManifest fields (version, scenario id and digest, seed, threads, plugins), the
// start month, horizon, and per mode its replications and quantile levels.
std::string manifestJson(std::span<const ResultSet> results, const ManifestExtras& extras = {});

// Creates `dir` if missing and writes series.csv, indicators.json and manifest.json (last,
// with the digests of the other two). False with `error` on the first failure; a file
// is never left half written.
bool writeRunOutputs(const std::string& dir, std::span<const ResultSet> results,
                     const ManifestExtras& extras, std::string& error);

} // namespace nk::io
