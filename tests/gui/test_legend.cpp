#include "chart/legend.hpp"

#include <doctest/doctest.h>

using namespace nk::gui::chart;

TEST_SUITE("chart: legend") {
    TEST_CASE("toggling hides and shows a series by id") {
        LegendState legend;
        CHECK(legend.isVisible("program"));
        legend.toggle("program");
        CHECK_FALSE(legend.isVisible("program"));
        CHECK(legend.isVisible("baseline"));
        CHECK(legend.hiddenCount() == 1);
        legend.toggle("program");
        CHECK(legend.isVisible("program"));
        CHECK(legend.hiddenCount() == 0);
        legend.setVisible("a", false);
        legend.setVisible("b", false);
        legend.setVisible("b", false); // idempotent
        CHECK(legend.hiddenCount() == 2);
        legend.setVisible("a", true);
        CHECK(legend.isVisible("a"));
        CHECK_FALSE(legend.isVisible("b"));
        legend.showAll();
        CHECK(legend.isVisible("b"));
    }

    TEST_CASE("entries flow left to right and wrap") {
        // Default metrics: swatch 10, gap 4, item gap 14, row 16, row gap 2.
        const LegendLayout layout = layoutLegend({50, 60, 70}, Rect{10, 20, 200, 0});
        REQUIRE(layout.items.size() == 3);
        CHECK(layout.items[0].x0 == 10);
        CHECK(layout.items[0].x1 == 74);
        CHECK(layout.items[0].y0 == 20);
        CHECK(layout.items[1].x0 == 88);
        CHECK(layout.items[1].x1 == 162);
        // 176 + 84 would cross 200: a new row.
        CHECK(layout.items[2].x0 == 10);
        CHECK(layout.items[2].y0 == 38);
        CHECK(layout.items[2].y1 == 54);
        CHECK(layout.height == 34);
        // Too wide for the area: alone on its row, never an empty row before it.
        const LegendLayout wide = layoutLegend({500, 20}, Rect{0, 0, 190, 0});
        CHECK(wide.items[0].y0 == 0);
        CHECK(wide.items[1].y0 == 18);
        CHECK(layoutLegend({}, Rect{0, 0, 100, 0}).height == 0);
    }

    TEST_CASE("a click is hit-tested against the entries") {
        const LegendLayout layout = layoutLegend({50, 60, 70}, Rect{10, 20, 200, 0});
        CHECK(legendEntryAt(layout, {100, 25}) == std::optional<std::size_t>(1));
        CHECK(legendEntryAt(layout, {12, 21}) == std::optional<std::size_t>(0));
        CHECK(legendEntryAt(layout, {50, 45}) == std::optional<std::size_t>(2));
        CHECK_FALSE(legendEntryAt(layout, {80, 25}).has_value());  // between entries
        CHECK_FALSE(legendEntryAt(layout, {50, 37}).has_value());  // between rows
        CHECK_FALSE(legendEntryAt(layout, {150, 45}).has_value()); // after the last
    }
}
