// The report's plain-language reading (issue 17): generated from the results and the
// budget, one sentence per fact it has, none for what the results lack.
#include "report/plain_reading.hpp"

#include "model/indicator_text.hpp"
#include "test_scenarios.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using nk::Language;
using nk::gui::report::BudgetFacts;
using nk::gui::report::reportReading;

namespace {

nk::Indicator indicator(std::string key, std::string unit, double mean) {
    nk::Indicator i;
    i.key = std::move(key);
    i.unit = std::move(unit);
    i.mean = mean;
    return i;
}

nk::ResultSet resultsWith(std::vector<nk::Indicator> indicators) {
    nk::ResultSet r;
    r.indicators = std::move(indicators);
    return r;
}

std::vector<std::string> readingOf(const nk::ResultSet& r, const BudgetFacts& budget) {
    const auto scenario = nk::test::compileOrFail(nk::test::smallScenario());
    return reportReading(*scenario, r, budget, Language::English);
}

} // namespace

TEST_CASE("report reading: nothing is said that the results do not hold") {
    CHECK(readingOf(resultsWith({}), {}).empty());
}

TEST_CASE("report reading: cost per enterprise and whether the benefit covers the cost") {
    const auto covers =
        readingOf(resultsWith({indicator("cost_per_additional_active", "rupiah", 12.5e6),
                               indicator("benefit_cost_ratio", "ratio", 1.4)}),
                  {});
    REQUIRE(covers.size() == 2);
    CHECK(covers[0] == "Each additional active enterprise costs " +
                           nk::gui::indicatorText(12.5e6, "rupiah", Language::English) +
                           " (discounted cost).");
    CHECK(covers[1].starts_with("The benefit/cost ratio is " +
                                nk::gui::indicatorText(1.4, "ratio", Language::English)));
    CHECK(covers[1].find("does not yet cover") == std::string::npos);

    const auto short_ = readingOf(resultsWith({indicator("benefit_cost_ratio", "ratio", 0.6)}), {});
    REQUIRE(short_.size() == 1);
    CHECK(short_[0].find("does not yet cover the program's cost") != std::string::npos);
}

TEST_CASE("report reading: the budget against the envelope and the fiscal-year limits") {
    const auto within = readingOf(resultsWith({}), {500'000'000, 1'000'000'000, {}});
    REQUIRE(within.size() == 1);
    CHECK(within[0] == "The planned cost uses 50% of the envelope.");

    const auto over = readingOf(resultsWith({}), {1'200'000'000, 1'000'000'000, {2024, 2025}});
    REQUIRE(over.size() == 1);
    CHECK(over[0].starts_with("The planned cost exceeds the envelope by "));
    CHECK(over[0].ends_with(", and passes the fiscal-year limit of 2024, 2025."));

    const auto limits = readingOf(resultsWith({}), {300'000'000, 0, {2026}});
    REQUIRE(limits.size() == 1);
    CHECK(limits[0] == "Costs pass the fiscal-year limit of 2026.");
}

TEST_CASE("report reading: Indonesian as well") {
    const auto scenario = nk::test::compileOrFail(nk::test::smallScenario());
    const auto id =
        reportReading(*scenario, resultsWith({indicator("benefit_cost_ratio", "ratio", 0.6)}), {},
                      Language::Indonesian);
    REQUIRE(id.size() == 1);
    CHECK(id[0].starts_with("Rasio manfaat/biaya "));
    CHECK(id[0].find("belum menutup") != std::string::npos);
}
