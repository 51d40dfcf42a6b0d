// The result names every reader shares (results/series_names): they round-trip, and the
// engine's results are found by them.
#include "test_scenarios.hpp"

#include "naikkelas/results/series_names.hpp"

using namespace nk;

TEST_CASE("run modes read back from their names; anything else is no mode") {
    for (const RunMode mode : {RunMode::Expected, RunMode::MonteCarlo, RunMode::Both})
        CHECK(names::parseMode(names::modeName(mode)) == mode);
    CHECK_FALSE(names::parseMode("Expected").has_value());
    CHECK_FALSE(names::parseMode("").has_value());
}

TEST_CASE("cost series name their category; other series have none") {
    CHECK(names::costCategoryOf(names::costCategorySeries("training")) == "training");
    CHECK_FALSE(names::costCategoryOf(names::kCostCumulative).has_value());
    CHECK_FALSE(names::costCategoryOf(names::kActive).has_value());
}

TEST_CASE("a run's series are found under the shared names") {
    const auto compiled = test::compileOrFail(test::smallScenario());
    const RunOutcome outcome = test::runOrFail(*compiled, defaultRunOptions(*compiled));
    const ResultSet& r = outcome.results;
    const std::string total(names::kTotal);
    for (const std::string_view series :
         {names::kProspects, names::kActive, names::kClosed, names::kEverStarted,
          names::kParticipants, names::kRevenue, names::kProfit, names::kIncomePerParticipant,
          names::kParticipantsAtUmk, names::kShareAtUmk, names::kJobs, names::kCost,
          names::kCostCumulative, names::kCostDiscountedCumulative})
        CHECK_MESSAGE(r.find(Arm::Program, total, std::string(series)), series);
    for (const auto& band : compiled->sizeClasses)
        CHECK(r.find(Arm::Baseline, total, names::sizeClassSeries(band.name)));
    CHECK(r.find(Arm::Impact, names::cohortScope(compiled->spec.cohorts[0].id),
                 std::string(names::kActive)));
}
