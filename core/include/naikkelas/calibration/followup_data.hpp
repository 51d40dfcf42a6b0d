// A follow-up survey of a scenario's trainees (docs/calibration.md): per cohort (or in
// total) and month, how many were surveyed, how many still run a business, optionally
// the quartiles of the monthly sales of those running and how many earn at least the
// UMK. Read from CSV and checked against the scenario it calibrates; every refusal names
// the file, line, column and what is valid.
#pragma once

#include "naikkelas/scenario/diagnostics.hpp"
#include "naikkelas/scenario/scenario.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace nk::calibration {

inline constexpr std::string_view kTotalScope = "total";

struct FollowupRow {
    int line = 0;       // in the file, for messages
    std::string cohort; // a cohort id, or "total"
    int month = 0;      // months after the scenario start (series index t)
    int surveyed = 0;
    int running = 0;
    // Sample quartiles of monthly sales among those running, Rp/month.
    std::optional<double> salesQ25, salesMedian, salesQ75;
    std::optional<int> atUmk; // of the surveyed, how many earn at least the UMK
};

struct FollowupData {
    std::vector<FollowupRow> rows;
    Diagnostics diagnostics; // errors: the data must not be used
};

inline constexpr std::size_t kMaxFollowupBytes = 4 * 1024 * 1024;

// Parses `text` (the file's contents; `fileName` names it in diagnostics) and checks each
// row against `scenario`: known cohort, month within the horizon and not before the
// cohort's entry, counts within the surveyed and the surveyed within the participants,
// ordered quartiles. Lines starting with `#` and blank lines are skipped.
FollowupData parseFollowup(std::string_view text, const std::string& fileName,
                           const Scenario& scenario);

} // namespace nk::calibration
