#include "chart/hit.hpp"

#include "chart_fixtures.hpp"

#include <doctest/doctest.h>

#include <cmath>
#include <limits>

using namespace nk::gui::chart;

TEST_SUITE("chart: hit") {
    TEST_CASE("nearest index within half a step of the data") {
        CHECK(nearestIndex(2.4, 10) == std::optional<std::size_t>(2));
        CHECK(nearestIndex(2.6, 10) == std::optional<std::size_t>(3));
        CHECK(nearestIndex(-0.4, 10) == std::optional<std::size_t>(0));
        CHECK(nearestIndex(9.4, 10) == std::optional<std::size_t>(9));
        CHECK_FALSE(nearestIndex(-0.6, 10).has_value());
        CHECK_FALSE(nearestIndex(9.6, 10).has_value());
        CHECK_FALSE(nearestIndex(0, 0).has_value());
        CHECK_FALSE(nearestIndex(std::numeric_limits<double>::quiet_NaN(), 10).has_value());
    }

    TEST_CASE("nearest month under a pixel column") {
        const Rect plot{100, 50, 500, 250}; // 40 pixels per month
        const ViewRange view{0, 10, 0, 1};
        CHECK(nearestMonth(view, plot, 100 + 2.6 * 40, 11) == std::optional<std::size_t>(3));
        CHECK(nearestMonth(view, plot, 100 + 2.4 * 40, 11) == std::optional<std::size_t>(2));
        // Zoomed in on months 4..6: the same pixel is another month.
        CHECK(nearestMonth({4, 6, 0, 1}, plot, 300, 11) == std::optional<std::size_t>(5));
        CHECK_FALSE(nearestMonth(view, plot, 100 + 10.6 * 40, 11).has_value());
    }

    TEST_CASE("hover values of visible series, with their outermost band") {
        ChartModel model = test::sampleModel(ChartKind::Band);
        model.series.push_back(test::fannedSeries("third", std::vector<double>(13, 7), 1));
        const auto values = hoverValues(model, {true, false, true}, 4);
        REQUIRE(values.size() == 2);
        CHECK(values[0].series == 0);
        CHECK(values[0].value == doctest::Approx(140));
        CHECK(values[0].hasBand);
        CHECK(values[0].bandLower == doctest::Approx(120));
        CHECK(values[0].bandUpper == doctest::Approx(160));
        CHECK(values[0].from == doctest::Approx(140)); // a line: value..value
        CHECK(values[1].series == 2);
        CHECK(values[1].value == doctest::Approx(7));
        // Past the end of the data: NaN, not a read out of bounds.
        const auto past = hoverValues(model, {true, true, true}, 20);
        CHECK(std::isnan(past[0].value));
        CHECK_FALSE(past[0].hasBand);
    }

    TEST_CASE("hover extents follow the kind") {
        ChartModel stacked = test::sampleModel(ChartKind::StackedArea);
        const auto s = hoverValues(stacked, {true, true}, 2); // 120 and 110
        CHECK(s[0].from == doctest::Approx(0));
        CHECK(s[0].to == doctest::Approx(120));
        CHECK(s[1].from == doctest::Approx(120));
        CHECK(s[1].to == doctest::Approx(230));
        const auto hiddenFirst = hoverValues(stacked, {false, true}, 2);
        REQUIRE(hiddenFirst.size() == 1);
        CHECK(hiddenFirst[0].from == doctest::Approx(0));

        ChartModel grouped = test::sampleModel(ChartKind::GroupedBars);
        grouped.series[1].values[1] = -2;
        const auto g = hoverValues(grouped, {true, true}, 1);
        CHECK(g[0].from == doctest::Approx(0));
        CHECK(g[0].to == doctest::Approx(7));
        CHECK(g[1].from == doctest::Approx(-2)); // from <= to
        CHECK(g[1].to == doctest::Approx(0));

        const auto t = hoverValues(test::sampleModel(ChartKind::Tornado), {true, true}, 0);
        CHECK(t[0].from == doctest::Approx(4)); // the outermost band 5 -+ 1
        CHECK(t[0].to == doctest::Approx(6));
    }

    TEST_CASE("the entry under the cursor: the slice containing it, else the nearest") {
        const auto extent = [](double from, double to) {
            HoverValue v;
            v.from = from;
            v.to = to;
            return v;
        };
        const std::vector<HoverValue> slices{extent(0, 1), extent(1, 3), extent(3, 6)};
        CHECK(entryAt(slices, 2) == std::optional<std::size_t>(1));
        CHECK(entryAt(slices, 0.5) == std::optional<std::size_t>(0));
        CHECK(entryAt(slices, 7) == std::optional<std::size_t>(2));
        CHECK(entryAt(slices, 3) == std::optional<std::size_t>(2)); // a shared edge: the top one
        const std::vector<HoverValue> lines{extent(5, 5), extent(10, 10)};
        CHECK(entryAt(lines, 8.9) == std::optional<std::size_t>(1));
        CHECK(entryAt(lines, 7.4) == std::optional<std::size_t>(0));
        CHECK_FALSE(entryAt({}, 1).has_value());
    }
}
