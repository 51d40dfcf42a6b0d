#include "chart/stacking.hpp"

#include <doctest/doctest.h>

#include <limits>

using namespace nk::gui::chart;

TEST_SUITE("chart: stacking") {
    TEST_CASE("layers accumulate over visible series and hidden ones have zero thickness") {
        const std::vector<double> a{1, 2, 3};
        const std::vector<double> b{10, 20}; // shorter: missing points count as 0
        const std::vector<double> c{100, 100, 100};
        const auto layers = stackSeries({a, b, c}, {true, false, true});
        REQUIRE(layers.size() == 3);
        CHECK(layers[0].lower == std::vector<double>{0, 0, 0});
        CHECK(layers[0].upper == std::vector<double>{1, 2, 3});
        CHECK(layers[1].lower == std::vector<double>{1, 2, 3});
        CHECK(layers[1].upper == std::vector<double>{1, 2, 3});
        CHECK(layers[2].lower == std::vector<double>{1, 2, 3});
        CHECK(layers[2].upper == std::vector<double>{101, 102, 103});

        const auto all = stackSeries({a, b, c}, {true, true, true});
        CHECK(all[1].upper == std::vector<double>{11, 22, 3});
        CHECK(all[2].upper == std::vector<double>{111, 122, 103});
    }

    TEST_CASE("missing visibility flags mean visible and NaN adds nothing") {
        const std::vector<double> a{1, std::numeric_limits<double>::quiet_NaN()};
        const std::vector<double> b{2, 2};
        const auto layers = stackSeries({a, b}, {});
        CHECK(layers[0].upper == std::vector<double>{1, 0});
        CHECK(layers[1].upper == std::vector<double>{3, 2});
        CHECK(stackSeries({}, {}).empty());
    }
}
