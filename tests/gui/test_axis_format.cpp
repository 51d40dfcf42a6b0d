#include "chart/axis_format.hpp"

#include <doctest/doctest.h>

#include <limits>

using namespace nk::gui::chart;
using nk::Language;

namespace {

std::string words(double value, double step, Language language = Language::Indonesian) {
    return rupiahTickLabel(value, step, language, RupiahAxisStyle::Words);
}
std::string grouped(double value, double step, Language language = Language::English) {
    return rupiahTickLabel(value, step, language, RupiahAxisStyle::Grouped);
}

} // namespace

TEST_SUITE("chart: axis labels") {
    TEST_CASE("Indonesian rupiah ticks: each in its own unit, the step's decimals") {
        // Step 500 000: ribu needs no decimals, juta and miliar one, dropped when zero.
        CHECK(words(0, 5e5) == "Rp 0");
        CHECK(words(5e5, 5e5) == "Rp 500 ribu");
        CHECK(words(1.5e6, 5e5) == "Rp 1,5 juta");
        CHECK(words(2e6, 5e5) == "Rp 2 juta");
        CHECK(words(-1.5e6, 5e5) == "-Rp 1,5 juta");
        CHECK(words(2e9, 5e8) == "Rp 2 miliar");
        CHECK(words(2.5e9, 5e8) == "Rp 2,5 miliar");
        CHECK(words(12e9, 2e9) == "Rp 12 miliar");
        CHECK(words(3e12, 1e12) == "Rp 3 triliun");
        // Step 50 000: two decimals in juta.
        CHECK(words(1.25e6, 5e4) == "Rp 1,25 juta");
        CHECK(words(1.3e6, 5e4) == "Rp 1,3 juta");
        CHECK(words(750, 250) == "Rp 750");
        // A tick value a hair under a million is still "1 juta", not "1.000 ribu".
        CHECK(words(999999.9999999, 1e5) == "Rp 1 juta");
        CHECK(words(std::numeric_limits<double>::quiet_NaN(), 1) == std::string(nk::kNotANumber));
    }

    TEST_CASE("English rupiah ticks: the whole amount with thousands separators") {
        CHECK(grouped(0, 5e5) == "Rp 0");
        CHECK(grouped(5e5, 5e5) == "Rp 500,000");
        CHECK(grouped(1.5e6, 5e5) == "Rp 1,500,000");
        CHECK(grouped(2e9, 5e8) == "Rp 2,000,000,000");
        CHECK(grouped(-1.5e6, 5e5) == "-Rp 1,500,000");
        CHECK(grouped(2.5, 0.5) == "Rp 2.5"); // a step below one rupiah shows decimals
    }

    TEST_CASE("the other style in each language") {
        CHECK(words(1.5e6, 5e5, Language::English) == "Rp 1.5 million");
        CHECK(words(5e5, 5e5, Language::English) == "Rp 500 thousand");
        CHECK(words(2e9, 5e8, Language::English) == "Rp 2 billion");
        CHECK(grouped(1.5e6, 5e5, Language::Indonesian) == "Rp 1.500.000");
    }

    TEST_CASE("a single value (step 0) uses the core formatters") {
        CHECK(words(1234567, 0) == "Rp 1,23 juta");
        CHECK(words(1234567, 0) == nk::formatRupiahWords(1234567, Language::Indonesian));
        CHECK(grouped(1234567.4, 0) == "Rp 1,234,567");
    }

    TEST_CASE("rupiahAxis picks the language's style") {
        CHECK(defaultRupiahStyle(Language::Indonesian) == RupiahAxisStyle::Words);
        CHECK(defaultRupiahStyle(Language::English) == RupiahAxisStyle::Grouped);
        CHECK(rupiahAxis(Language::Indonesian)(1.5e6, 5e5) == "Rp 1,5 juta");
        CHECK(rupiahAxis(Language::English)(1.5e6, 5e5) == "Rp 1,500,000");
        CHECK(rupiahAxis(Language::English, RupiahAxisStyle::Words)(2e6, 5e5) == "Rp 2 million");
    }

    TEST_CASE("counts carry decimals only when the step has them") {
        CHECK(countTickLabel(1500, 500, Language::Indonesian) == "1.500");
        CHECK(countTickLabel(12000, 2000, Language::English) == "12,000");
        CHECK(countTickLabel(1.5, 0.5, Language::English) == "1.5");
        CHECK(countTickLabel(2, 0.5, Language::English) == "2.0");
        CHECK(countTickLabel(2, 0.5, Language::Indonesian) == "2,0");
        CHECK(countTickLabel(3 * 0.1, 0.1, Language::English) == "0.3");
        CHECK(countTickLabel(0, 0.02, Language::English) == "0.00");
        // A single value: about three significant digits, no trailing zeros.
        CHECK(countTickLabel(1234.56, 0, Language::English) == "1,235");
        CHECK(countTickLabel(12.34, 0, Language::Indonesian) == "12,3");
        CHECK(countTickLabel(3.0, 0, Language::English) == "3");
        CHECK(countAxis(Language::Indonesian)(25000, 5000) == "25.000");
    }

    TEST_CASE("shares print as percentages with the step's decimals") {
        CHECK(shareTickLabel(0.25, 0.05, Language::Indonesian) == "25%");
        CHECK(shareTickLabel(0.025, 0.005, Language::English) == "2.5%");
        CHECK(shareTickLabel(0.125, 0, Language::Indonesian) == "12,5%");
        CHECK(shareAxis(Language::English)(0.4, 0.2) == "40%");
    }

    TEST_CASE("a user hook without the step plugs in") {
        const AxisFormatter f =
            fromValueFormatter([](double v) { return "v=" + std::to_string(int(v)); });
        CHECK(f(42, 10) == "v=42");
        CHECK(f(42, 0) == "v=42");
    }
}
