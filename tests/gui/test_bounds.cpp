#include "chart/chart_bounds.hpp"
#include "chart/series_from_results.hpp"

#include "chart_fixtures.hpp"

#include <doctest/doctest.h>

#include <limits>

using namespace nk::gui::chart;

namespace {

void checkView(const ViewRange& actual, const ViewRange& expected) {
    CHECK(actual.xMin == doctest::Approx(expected.xMin));
    CHECK(actual.xMax == doctest::Approx(expected.xMax));
    CHECK(actual.yMin == doctest::Approx(expected.yMin));
    CHECK(actual.yMax == doctest::Approx(expected.yMax));
}

} // namespace

TEST_SUITE("chart: bounds") {
    TEST_CASE("lines fit their visible values from zero, bands add their fans") {
        const ChartModel line = test::sampleModel(ChartKind::Line);
        // program 100..220 (fans 80..240), baseline 100..160 (fans 90..170).
        checkView(*fitView(line, {true, true}), {0, 12, 0, 220 * 1.05});
        checkView(*fitView(line, {false, true}), {0, 12, 0, 160 * 1.05});
        const ChartModel band = test::sampleModel(ChartKind::Band);
        checkView(*fitView(band, {true, true}), {0, 12, 0, 240 * 1.05});
    }

    TEST_CASE("stacked kinds fit the stack's total") {
        const ChartModel area = test::sampleModel(ChartKind::StackedArea);
        checkView(*fitView(area, {true, true}), {0, 12, 0, (220 + 160) * 1.05});
        checkView(*fitView(area, {true, false}), {0, 12, 0, 220 * 1.05});
        // Bars: categories carry half a bar on each side; totals 8, 9, 10.
        const ChartModel bars = test::sampleModel(ChartKind::Bars);
        checkView(*fitView(bars, {true, true}), {-0.5, 2.5, 0, 10 * 1.05});
    }

    TEST_CASE("grouped bars and whiskers, a tornado on its side") {
        const ChartModel grouped = test::sampleModel(ChartKind::GroupedBars);
        // The highest whisker: 7 + 1.
        checkView(*fitView(grouped, {true, true}), {-0.5, 2.5, 0, 8 * 1.05});
        const ChartModel tornado = test::sampleModel(ChartKind::Tornado);
        // Values on x (0 to the highest band, 8, with 5 % margin); rows on y.
        checkView(*fitView(tornado, {true, true}), {0, 8 * 1.05, -0.5, 2.5});
        CHECK(tornadoRowY(0, 3) == 2); // the first row on top
        CHECK(tornadoRowY(2, 3) == 0);
    }

    TEST_CASE("nothing visible, nothing to fit") {
        const ChartModel line = test::sampleModel(ChartKind::Line);
        CHECK_FALSE(fitView(line, {false, false}).has_value());
        ChartModel empty;
        CHECK_FALSE(fitView(empty, {}).has_value());
        ChartModel nan = line;
        nan.series.resize(1);
        nan.series[0].values.assign(13, std::numeric_limits<double>::quiet_NaN());
        CHECK_FALSE(fitView(nan, {true}).has_value());
    }

    TEST_CASE("zoom limits: at least a month or category, at most a thousand fits") {
        const ChartModel line = test::sampleModel(ChartKind::Line);
        const ZoomLimits months = zoomLimits(line, ViewRange{0, 12, 0, 200});
        CHECK(months.minWidth == doctest::Approx(1));
        CHECK(months.minHeight == doctest::Approx(0.2));
        CHECK(months.maxWidth == doctest::Approx(12000));
        const ZoomLimits rows =
            zoomLimits(test::sampleModel(ChartKind::Tornado), ViewRange{0, 8, -0.5, 2.5});
        CHECK(rows.minHeight == doctest::Approx(1));
        CHECK(rows.minWidth == doctest::Approx(0.008));
    }
}

TEST_SUITE("chart: series from results") {
    TEST_CASE("quantiles pair from the outside in and the median is no band") {
        nk::SeriesBand band;
        band.mean = {1, 2};
        for (int level = 0; level < 5; ++level)
            band.quantiles.push_back({double(level), double(level) + 0.5});
        const Series s =
            seriesFromBand(band, {0.05, 0.25, 0.5, 0.75, 0.95}, "active", "Aktif", paletteColor(2));
        CHECK(s.id == "active");
        CHECK(s.label == "Aktif");
        CHECK(s.color == paletteColor(2));
        CHECK(s.values == band.mean);
        REQUIRE(s.bands.size() == 2);
        CHECK(s.bands[0].lower == band.quantiles[0]);
        CHECK(s.bands[0].upper == band.quantiles[4]);
        CHECK(s.bands[1].lower == band.quantiles[1]);
        CHECK(s.bands[1].upper == band.quantiles[3]);
    }

    TEST_CASE("levels out of order are sorted and a count mismatch means ascending") {
        nk::SeriesBand band;
        band.mean = {1};
        band.quantiles = {{9}, {1}, {5}};
        const Series sorted = seriesFromBand(band, {0.95, 0.05, 0.5}, "x", "x", 0);
        REQUIRE(sorted.bands.size() == 1);
        CHECK(sorted.bands[0].lower == std::vector<double>{1});
        CHECK(sorted.bands[0].upper == std::vector<double>{9});
        const Series positional = seriesFromBand(band, {}, "x", "x", 0);
        CHECK(positional.bands[0].lower == std::vector<double>{9});
        CHECK(positional.bands[0].upper == std::vector<double>{5});
        nk::SeriesBand expected;
        expected.mean = {1, 2, 3};
        CHECK(seriesFromBand(expected, {}, "x", "x", 0).bands.empty());
    }
}
