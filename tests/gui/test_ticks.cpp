#include "chart/ticks.hpp"

#include <doctest/doctest.h>

#include <cmath>
#include <initializer_list>
#include <limits>

using namespace nk::gui::chart;

namespace {

// The mantissa of a power-of-ten step: 1, 2 or 5 for a nice step.
double mantissa(double step) {
    return step / std::pow(10.0, std::floor(std::log10(step) + 1e-12));
}

} // namespace

TEST_SUITE("chart: ticks") {
    TEST_CASE("niceStep rounds up to 1, 2 or 5 times a power of ten") {
        CHECK(niceStep(0.7) == doctest::Approx(1.0));
        CHECK(niceStep(1.0) == doctest::Approx(1.0));
        CHECK(niceStep(1.01) == doctest::Approx(2.0));
        CHECK(niceStep(2.0) == doctest::Approx(2.0));
        CHECK(niceStep(2.1) == doctest::Approx(5.0));
        CHECK(niceStep(4.9) == doctest::Approx(5.0));
        CHECK(niceStep(5.1) == doctest::Approx(10.0));
        CHECK(niceStep(0.013) == doctest::Approx(0.02));
        CHECK(niceStep(3400) == doctest::Approx(5000));
        CHECK(niceStep(250000) == doctest::Approx(500000));
        CHECK(niceStep(0.0) == 0.0);
        CHECK(niceStep(-1.0) == 0.0);
        CHECK(niceStep(std::numeric_limits<double>::quiet_NaN()) == 0.0);
    }

    TEST_CASE("stepDecimals is the fewest decimals that print the step exactly") {
        CHECK(stepDecimals(1) == 0);
        CHECK(stepDecimals(20) == 0);
        CHECK(stepDecimals(5e8) == 0);
        CHECK(stepDecimals(0.5) == 1);
        CHECK(stepDecimals(0.2) == 1);
        CHECK(stepDecimals(0.25) == 2);
        CHECK(stepDecimals(0.02) == 2);
        CHECK(stepDecimals(1e-4) == 4);
    }

    TEST_CASE("niceTicks: explicit cases") {
        const TickSet a = niceTicks(0, 10, 500, 50); // raw step 1
        CHECK(a.step == doctest::Approx(1.0));
        REQUIRE(a.values.size() == 11);
        CHECK(a.values.front() == 0.0);
        CHECK(a.values.back() == doctest::Approx(10.0));

        const TickSet b = niceTicks(0, 1e6, 400, 100); // raw 250 000 -> 500 000
        CHECK(b.step == doctest::Approx(5e5));
        REQUIRE(b.values.size() == 3);
        CHECK(b.values[1] == doctest::Approx(5e5));
        CHECK(b.values[2] == doctest::Approx(1e6));

        const TickSet c = niceTicks(-0.3, 0.3, 600, 100); // raw 0.1
        CHECK(c.step == doctest::Approx(0.1));
        REQUIRE(c.values.size() == 7);
        CHECK(c.values.front() == doctest::Approx(-0.3));
        CHECK(c.values[3] == 0.0); // exactly zero, so it prints "0" and not "-0"

        const TickSet d = niceTicks(13, 87, 300, 60); // raw 14.8 -> 20
        CHECK(d.step == doctest::Approx(20));
        REQUIRE(d.values.size() == 4);
        CHECK(d.values.front() == doctest::Approx(20));
        CHECK(d.values.back() == doctest::Approx(80));
    }

    TEST_CASE("niceTicks: nice steps cover the range within the count bound") {
        const double nan = std::numeric_limits<double>::quiet_NaN();
        int checked = 0;
        for (const double lo : {-1234.5, 0.0, 0.001, 7.0})
            for (const double span : {1e-3, 0.37, 1.0, 9.9, 1234.0, 3e9})
                for (const double pixels : {100.0, 333.0, 1000.0})
                    for (const double spacing : {20.0, 50.0}) {
                        const double hi = lo + span;
                        const TickSet t = niceTicks(lo, hi, pixels, spacing);
                        CAPTURE(lo);
                        CAPTURE(span);
                        CAPTURE(pixels);
                        CAPTURE(spacing);
                        REQUIRE(t.step > 0);
                        const double m = mantissa(t.step);
                        CHECK((std::fabs(m - 1) < 1e-9 || std::fabs(m - 2) < 1e-9 ||
                               std::fabs(m - 5) < 1e-9));
                        // Ticks are at least `spacing` pixels apart ...
                        CHECK(t.step * pixels / span >= spacing * (1 - 1e-9));
                        // ... so there are at most pixels / spacing + 1 of them, and at
                        // least two when the axis has room for five.
                        CHECK(static_cast<double>(t.values.size()) <= pixels / spacing + 1);
                        if (pixels / spacing >= 5) CHECK(t.values.size() >= 2);
                        REQUIRE(!t.values.empty());
                        // Inside the range and covering it: no gap of a whole step at an end.
                        CHECK(t.values.front() >= lo - span * 1e-9);
                        CHECK(t.values.back() <= hi + span * 1e-9);
                        CHECK(t.values.front() - lo < t.step);
                        CHECK(hi - t.values.back() < t.step);
                        for (std::size_t i = 1; i < t.values.size(); ++i)
                            CHECK(t.values[i] - t.values[i - 1] ==
                                  doctest::Approx(t.step).epsilon(1e-9));
                        ++checked;
                    }
        CHECK(checked == 4 * 6 * 3 * 2);
        CHECK(niceTicks(1, 1, 100, 10).values.empty());
        CHECK(niceTicks(2, 1, 100, 10).values.empty());
        CHECK(niceTicks(nan, 1, 100, 10).values.empty());
        CHECK(niceTicks(0, 1, 0, 10).values.empty());
        CHECK(niceTicks(0, 1, 100, 0).values.empty());
    }

    TEST_CASE("label pruning keeps every k-th label so that none overlap") {
        const std::vector<double> centers{0, 50, 100, 150, 200};
        CHECK(labelStride(centers, std::vector<double>(5, 30), 8) == 1);
        CHECK(prunedLabels(centers, std::vector<double>(5, 30), 8) ==
              std::vector<std::size_t>{0, 1, 2, 3, 4});
        // 60 wide: neighbours 50 apart need 68; every second label is 100 apart.
        CHECK(labelStride(centers, std::vector<double>(5, 60), 8) == 2);
        CHECK(prunedLabels(centers, std::vector<double>(5, 60), 8) ==
              std::vector<std::size_t>{0, 2, 4});
        // 120 wide: 100 apart is not enough either (128), 150 is.
        CHECK(prunedLabels(centers, std::vector<double>(5, 120), 8) ==
              std::vector<std::size_t>{0, 3});
        // One wide label in the middle decides.
        CHECK(prunedLabels({0, 40, 80}, {10, 100, 10}, 8) == std::vector<std::size_t>{0, 2});
        // Centres may come in descending pixel order (a y axis, values upwards).
        CHECK(labelStride({200, 150, 100}, {13, 13, 13}, 40) == 2);
        CHECK(prunedLabels({5}, {500}, 8) == std::vector<std::size_t>{0});
        CHECK(prunedLabels({}, {}, 8).empty());
        // Too wide for any pair: only the first label stays.
        CHECK(prunedLabels({0, 10, 20}, {100, 100, 100}, 0) == std::vector<std::size_t>{0});
    }
}

TEST_SUITE("chart: month ticks") {
    TEST_CASE("parseYearMonth and month arithmetic") {
        REQUIRE(parseYearMonth("2023-08").has_value());
        CHECK(*parseYearMonth("2023-08") == YearMonth{2023, 8});
        CHECK_FALSE(parseYearMonth("2023-8").has_value());
        CHECK_FALSE(parseYearMonth("2023-13").has_value());
        CHECK_FALSE(parseYearMonth("2023-00").has_value());
        CHECK_FALSE(parseYearMonth("abcd-01").has_value());
        CHECK_FALSE(parseYearMonth("2023/08").has_value());
        CHECK_FALSE(parseYearMonth(" 2023-08").has_value());
        CHECK(addMonths({2023, 11}, 3) == YearMonth{2024, 2});
        CHECK(addMonths({2023, 1}, -1) == YearMonth{2022, 12});
        CHECK(addMonths({2023, 1}, -13) == YearMonth{2021, 12});
        CHECK(addMonths({2023, 5}, 0) == YearMonth{2023, 5});
    }

    TEST_CASE("month labels in Indonesian and English") {
        const char* id[] = {"Jan", "Feb", "Mar", "Apr", "Mei", "Jun",
                            "Jul", "Agu", "Sep", "Okt", "Nov", "Des"};
        const char* en[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                            "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
        for (int m = 1; m <= 12; ++m) {
            CHECK(monthLabel({2023, m}, nk::Language::Indonesian) ==
                  std::string(id[m - 1]) + " 2023");
            CHECK(monthLabel({2023, m}, nk::Language::English) == std::string(en[m - 1]) + " 2023");
        }
    }

    TEST_CASE("monthStep is the first of 1/3/6/12/24... months wide enough") {
        CHECK(monthStep(100, 60) == 1);
        CHECK(monthStep(10, 60) == 6);
        CHECK(monthStep(5, 60) == 12);
        CHECK(monthStep(3, 60) == 24);
        CHECK(monthStep(0.1, 60) == 600);
        CHECK(monthStep(0.01, 60) == 600); // the largest, even if still too narrow
    }

    TEST_CASE("half-year ticks from January") {
        // 24 months over 240 pixels: 10 per month; 60 pixels needs 6 months.
        const MonthTicks t = monthTicks(0, 24, {2023, 1}, 240, 60, nk::Language::Indonesian);
        CHECK(t.step == 6);
        CHECK(t.indices == std::vector<int>{0, 6, 12, 18, 24});
        CHECK(t.labels ==
              std::vector<std::string>{"Jan 2023", "Jul 2023", "Jan 2024", "Jul 2024", "Jan 2025"});
    }

    TEST_CASE("quarter ticks fall on calendar quarters, not on multiples from the start") {
        const MonthTicks id = monthTicks(0, 12, {2023, 3}, 120, 30, nk::Language::Indonesian);
        CHECK(id.step == 3);
        CHECK(id.indices == std::vector<int>{1, 4, 7, 10});
        CHECK(id.labels ==
              std::vector<std::string>{"Apr 2023", "Jul 2023", "Okt 2023", "Jan 2024"});
        const MonthTicks en = monthTicks(0, 12, {2023, 3}, 120, 30, nk::Language::English);
        CHECK(en.labels ==
              std::vector<std::string>{"Apr 2023", "Jul 2023", "Oct 2023", "Jan 2024"});
    }

    TEST_CASE("monthly and two-yearly ticks") {
        const MonthTicks monthly = monthTicks(0, 11, {2023, 1}, 1200, 60, nk::Language::English);
        CHECK(monthly.step == 1);
        REQUIRE(monthly.labels.size() == 12);
        CHECK(monthly.labels[4] == "May 2023");
        CHECK(monthly.labels[7] == "Aug 2023");
        CHECK(monthly.labels[11] == "Dec 2023");
        // 120 months over 100 pixels: 24 months are 20 pixels.
        const MonthTicks biennial =
            monthTicks(0, 120, {2021, 6}, 100, 18, nk::Language::Indonesian);
        CHECK(biennial.step == 24);
        CHECK(biennial.indices == std::vector<int>{7, 31, 55, 79, 103});
        CHECK(biennial.labels.front() == "Jan 2022");
        CHECK(biennial.labels.back() == "Jan 2030");
    }

    TEST_CASE("a view panned before the start labels the months before it") {
        const MonthTicks t = monthTicks(-3, 2, {2023, 1}, 1000, 60, nk::Language::Indonesian);
        CHECK(t.step == 1);
        CHECK(t.indices == std::vector<int>{-3, -2, -1, 0, 1, 2});
        CHECK(t.labels.front() == "Okt 2022");
        CHECK(t.labels[3] == "Jan 2023");
        CHECK(monthTicks(0, 1, {2023, 1}, 0, 60, nk::Language::English).indices.empty());
    }

    TEST_CASE("labels moved in from the edge are pruned where they are drawn") {
        // Two 60-pixel labels 70 px apart fit, but the second, centred on the right edge
        // (x = 400) of a 400-pixel chart, is drawn at 370 and would cover the first.
        const std::vector<double> extents{60.0, 60.0};
        const std::vector<double> atTicks{330.0, 400.0};
        CHECK(prunedLabels(atTicks, extents, 4.0).size() == 2);
        std::vector<double> drawn;
        for (std::size_t i = 0; i < 2; ++i)
            drawn.push_back(labelCentre(atTicks[i], extents[i], 0.0, 400.0));
        CHECK(drawn[1] == 370.0);
        CHECK(drawn[0] == 330.0);
        CHECK(prunedLabels(drawn, extents, 4.0).size() == 1);
        CHECK(labelCentre(-5.0, 60.0, 0.0, 400.0) == 30.0);
        CHECK(labelCentre(200.0, 60.0, 0.0, 400.0) == 200.0);
    }
}
