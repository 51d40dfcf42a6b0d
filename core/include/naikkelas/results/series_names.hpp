// The names a run's results go by, the contract between the engine and every reader
// (command line, files, the app): scopes, series and run modes. Readers use these
// instead of spelling the strings again.
#pragma once

#include "naikkelas/scenario/scenario.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace nk::names {

// The key indicators of docs/model.md 2.7, in the order a planner reads them.
inline constexpr std::string_view kIndicatorReadingOrder[] = {
    "additional_active",   "additional_ever_started",    "additional_kecil_or_above",
    "additional_moved_up", "additional_at_umk",          "benefit_discounted",
    "cost_discounted",     "cost_per_additional_active", "cost_per_additional_kecil_or_above",
    "benefit_cost_ratio",
};

// Scopes: every group, one cohort, one cluster, one target group.
inline constexpr std::string_view kTotal = "total";
std::string cohortScope(std::string_view cohortId);
std::string clusterScope(std::string_view clusterId);
std::string targetGroupScope(std::string_view tag);

// Series of every scope, in the order of every scope's columns.
inline constexpr std::string_view kProspects = "prospects";
inline constexpr std::string_view kActive = "active";
inline constexpr std::string_view kClosed = "closed";
inline constexpr std::string_view kEverStarted = "ever_started";
inline constexpr std::string_view kParticipants = "participants";
inline constexpr std::string_view kRevenue = "revenue";
inline constexpr std::string_view kProfit = "profit";
inline constexpr std::string_view kIncomePerParticipant = "income_per_participant";
inline constexpr std::string_view kParticipantsAtUmk = "participants_at_umk";
inline constexpr std::string_view kShareAtUmk = "share_at_umk";
inline constexpr std::string_view kJobs = "jobs";
// Then one series per size class, micro band and worker class.
std::string sizeClassSeries(std::string_view className);
std::string microBandSeries(std::string_view bandName);
std::string workerClassSeries(std::string_view className);
// Last, participants whose sales band is above their band at entry (results/sales_ladder.hpp).
inline constexpr std::string_view kMovedUp = "moved_up";

// Cost series, in the total scope only.
inline constexpr std::string_view kCost = "cost";
inline constexpr std::string_view kCostCumulative = "cost_cumulative";
inline constexpr std::string_view kCostDiscountedCumulative = "cost_discounted_cumulative";
std::string costCategorySeries(std::string_view category);
// The category of a cost series "cost:CATEGORY", or nothing for any other series.
std::optional<std::string_view> costCategoryOf(std::string_view series);

// Run modes as files and the command line spell them: expected, montecarlo, both.
constexpr std::string_view modeName(RunMode mode) {
    return mode == RunMode::MonteCarlo ? "montecarlo" : mode == RunMode::Both ? "both" : "expected";
}
std::optional<RunMode> parseMode(std::string_view text);

} // namespace nk::names
