#include "naikkelas/results/series_names.hpp"

namespace nk::names {

namespace {

std::string prefixed(std::string_view prefix, std::string_view name) {
    std::string out(prefix);
    out += name;
    return out;
}

constexpr std::string_view kCostPrefix = "cost:";

} // namespace

std::string cohortScope(std::string_view cohortId) {
    return prefixed("cohort:", cohortId);
}
std::string clusterScope(std::string_view clusterId) {
    return prefixed("cluster:", clusterId);
}
std::string targetGroupScope(std::string_view tag) {
    return prefixed("group:", tag);
}
std::string sizeClassSeries(std::string_view className) {
    return prefixed("class:", className);
}
std::string microBandSeries(std::string_view bandName) {
    return prefixed("micro_band:", bandName);
}
std::string workerClassSeries(std::string_view className) {
    return prefixed("workers:", className);
}
std::string costCategorySeries(std::string_view category) {
    return prefixed(kCostPrefix, category);
}

std::optional<std::string_view> costCategoryOf(std::string_view series) {
    if (!series.starts_with(kCostPrefix)) return std::nullopt;
    return series.substr(kCostPrefix.size());
}

std::optional<RunMode> parseMode(std::string_view text) {
    for (const RunMode mode : {RunMode::Expected, RunMode::MonteCarlo, RunMode::Both})
        if (text == modeName(mode)) return mode;
    return std::nullopt;
}

} // namespace nk::names
