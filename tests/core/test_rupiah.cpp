#include "naikkelas/units/rupiah.hpp"
#include "naikkelas/units/strings.hpp"

#include <doctest/doctest.h>

#include <cmath>
#include <cstdint>
#include <limits>

using nk::Language;

namespace {
constexpr Language kId = Language::Indonesian;
constexpr Language kEn = Language::English;
} // namespace

TEST_SUITE("rupiah") {

    TEST_CASE("whole rupiah with grouping in both languages") {
        CHECK(nk::formatRupiah(nk::Rupiah{1'250'000}, kId) == "Rp 1.250.000");
        CHECK(nk::formatRupiah(nk::Rupiah{1'250'000}, kEn) == "Rp 1,250,000");
        CHECK(nk::formatRupiah(nk::Rupiah{-1'250'000}, kId) == "-Rp 1.250.000");
        CHECK(nk::formatRupiah(nk::Rupiah{-1'250'000}, kEn) == "-Rp 1,250,000");
        CHECK(nk::formatRupiah(nk::Rupiah{0}, kId) == "Rp 0");
        CHECK(nk::formatRupiah(nk::Rupiah{999}, kId) == "Rp 999");
        CHECK(nk::formatRupiah(nk::Rupiah{1000}, kId) == "Rp 1.000");
        CHECK(nk::formatRupiah(nk::Rupiah{100'000}, kEn) == "Rp 100,000");
    }

    TEST_CASE("whole rupiah at the int64 limits") {
        const auto max = std::numeric_limits<std::int64_t>::max();
        const auto min = std::numeric_limits<std::int64_t>::min();
        CHECK(nk::formatRupiah(max, kId) == "Rp 9.223.372.036.854.775.807");
        CHECK(nk::formatRupiah(min, kId) == "-Rp 9.223.372.036.854.775.808");
        CHECK(nk::formatRupiah(min, kEn) == "-Rp 9,223,372,036,854,775,808");
    }

    TEST_CASE("fractional rupiah rounds to whole rupiah, never shows -0") {
        CHECK(nk::formatRupiah(1'249'999.6, kId) == "Rp 1.250.000");
        CHECK(nk::formatRupiah(-0.4, kId) == "Rp 0");
        CHECK(nk::formatRupiah(-1'500.2, kEn) == "-Rp 1,500");
        CHECK(nk::formatRupiah(1e20, kId) == "Rp 100.000.000.000.000.000.000");
        CHECK(nk::formatRupiah(std::nan(""), kId) == nk::kNotANumber);
        CHECK(nk::formatRupiah(std::numeric_limits<double>::infinity(), kEn) == nk::kNotANumber);
    }

    TEST_CASE("compact words in Indonesian") {
        CHECK(nk::formatRupiahWords(1'250'000, kId) == "Rp 1,25 juta");
        CHECK(nk::formatRupiahWords(2'500'000'000, kId) == "Rp 2,5 miliar");
        CHECK(nk::formatRupiahWords(1'200'000'000'000, kId) == "Rp 1,2 triliun");
        CHECK(nk::formatRupiahWords(750'000, kId) == "Rp 750 ribu");
        CHECK(nk::formatRupiahWords(1'500, kId) == "Rp 1,5 ribu");
        CHECK(nk::formatRupiahWords(750, kId) == "Rp 750");
        CHECK(nk::formatRupiahWords(0, kId) == "Rp 0");
        CHECK(nk::formatRupiahWords(-1'250'000, kId) == "-Rp 1,25 juta");
        CHECK(nk::formatRupiahWords(1'000'000, kId) == "Rp 1 juta");
    }

    TEST_CASE("compact words in English") {
        CHECK(nk::formatRupiahWords(1'250'000, kEn) == "Rp 1.25 million");
        CHECK(nk::formatRupiahWords(2'500'000'000, kEn) == "Rp 2.5 billion");
        CHECK(nk::formatRupiahWords(1'200'000'000'000, kEn) == "Rp 1.2 trillion");
        CHECK(nk::formatRupiahWords(750'000, kEn) == "Rp 750 thousand");
        CHECK(nk::formatRupiahWords(-2'500'000'000, kEn) == "-Rp 2.5 billion");
    }

    TEST_CASE("words keep three significant digits and carry into the next scale") {
        CHECK(nk::formatRupiahWords(1'234'567, kId) == "Rp 1,23 juta");
        CHECK(nk::formatRupiahWords(12'345'678, kId) == "Rp 12,3 juta");
        CHECK(nk::formatRupiahWords(123'456'789, kId) == "Rp 123 juta");
        CHECK(nk::formatRupiahWords(1'236'000, kEn) == "Rp 1.24 million");
        // Rounding up to a thousand of a scale moves to the next scale.
        CHECK(nk::formatRupiahWords(999'999, kId) == "Rp 1 juta");
        CHECK(nk::formatRupiahWords(999'600'000, kEn) == "Rp 1 billion");
        CHECK(nk::formatRupiahWords(999.6, kId) == "Rp 1 ribu");
        CHECK(nk::formatRupiahWords(999.4, kId) == "Rp 999");
        CHECK(nk::formatRupiahWords(0.3, kId) == "Rp 0");
        CHECK(nk::formatRupiahWords(-0.3, kId) == "Rp 0");
    }

    TEST_CASE("the word scale and significant digits are the ones the words use") {
        CHECK(nk::rupiahWordScale(999.4) == nullptr);
        CHECK(nk::rupiahWordScale(999.6)->word(kId) == "ribu"); // carries, as "Rp 1 ribu"
        CHECK(nk::rupiahWordScale(999'999)->word(kEn) == "million");
        CHECK(nk::rupiahWordScale(2.5e9)->word(kId) == "miliar");
        CHECK(nk::rupiahWordScale(9e18)->word(kEn) == "trillion"); // no scale beyond
        CHECK(nk::formatSignificant(1.8649, kId) == "1,86");
        CHECK(nk::formatSignificant(12.50, kEn) == "12.5");
        CHECK(nk::formatSignificant(125.4, kId) == "125");
        CHECK(nk::formatSignificant(-0.914, kEn) == "-0.91");
        CHECK(nk::formatSignificant(-0.0001, kEn) == "0");
        REQUIRE(nk::rupiahScales().size() == 4);
        for (const nk::RupiahScale& scale : nk::rupiahScales())
            CHECK(nk::formatRupiahWords(1.25 * scale.factor, kId) ==
                  "Rp 1,25 " + std::string(scale.word(kId)));
    }

    TEST_CASE("words for amounts beyond a thousand trillion keep grouping") {
        const double max = static_cast<double>(std::numeric_limits<std::int64_t>::max());
        CHECK(nk::formatRupiahWords(max, kId) == "Rp 9.223.372 triliun");
        CHECK(nk::formatRupiahWords(-max, kEn) == "-Rp 9,223,372 trillion");
        CHECK(nk::formatRupiahWords(std::nan(""), kEn) == nk::kNotANumber);
    }

    TEST_CASE("plain numbers with grouping and decimals") {
        CHECK(nk::formatNumber(1234.5, 1, kId) == "1.234,5");
        CHECK(nk::formatNumber(1234.5, 1, kEn) == "1,234.5");
        CHECK(nk::formatNumber(1'234'567.891, 2, kEn) == "1,234,567.89");
        CHECK(nk::formatNumber(1'234'567.891, 2, kId) == "1.234.567,89");
        CHECK(nk::formatNumber(0.0, 1, kId) == "0,0");
        CHECK(nk::formatNumber(-0.04, 1, kId) == "0,0");
        CHECK(nk::formatNumber(-12.26, 1, kEn) == "-12.3");
        CHECK(nk::formatNumber(42.0, 0, kEn) == "42");
        CHECK(nk::formatNumber(1e6, 0, kId) == "1.000.000");
        CHECK(nk::formatNumber(std::nan(""), 2, kId) == nk::kNotANumber);
    }

    TEST_CASE("percentages") {
        CHECK(nk::formatPercent(0.125, 1, kId) == "12,5%");
        CHECK(nk::formatPercent(0.125, 1, kEn) == "12.5%");
        CHECK(nk::formatPercent(1.0, 0, kId) == "100%");
        CHECK(nk::formatPercent(12.5, 0, kEn) == "1,250%");
    }

    TEST_CASE("language codes") {
        CHECK(nk::parseLanguage("id") == Language::Indonesian);
        CHECK(nk::parseLanguage("en") == Language::English);
        CHECK(nk::parseLanguage("EN") == Language::English);
        CHECK(nk::parseLanguage("en_US.UTF-8") == Language::English);
        CHECK(nk::parseLanguage("id-ID") == Language::Indonesian);
        CHECK_FALSE(nk::parseLanguage("fr").has_value());
        CHECK_FALSE(nk::parseLanguage("eng").has_value());
        CHECK_FALSE(nk::parseLanguage("").has_value());
        CHECK(nk::languageCode(Language::Indonesian) == "id");
        CHECK(nk::languageCode(Language::English) == "en");
    }

    TEST_CASE("translation table") {
        CHECK(nk::translate("baseline", kId) == "tanpa program");
        CHECK(nk::translate("baseline", kEn) == "baseline");
        CHECK(nk::translate("impact", kId) == "dampak");
        CHECK(nk::translate("program", kId) == "program");
        CHECK(nk::translate("kecil", kEn) == "small");
        CHECK(nk::translate("additional_active", kId) == "Tambahan usaha aktif");
        CHECK(nk::translate("additional_active", kEn) == "Additional active enterprises");
        // Every key indicator of docs/model.md 2.7 has a label.
        for (const char* key :
             {"additional_active", "additional_ever_started", "additional_kecil_or_above",
              "additional_at_umk", "benefit_discounted", "cost_discounted",
              "cost_per_additional_active", "cost_per_additional_kecil_or_above",
              "benefit_cost_ratio"}) {
            CAPTURE(key);
            CHECK(nk::hasTranslation(key));
            CHECK(nk::translate(key, kId) != nk::translate(key, kEn));
        }
        // Unknown keys (a custom class) come back unchanged.
        CHECK_FALSE(nk::hasTranslation("kelas_khusus"));
        CHECK(nk::translate("kelas_khusus", kEn) == "kelas_khusus");
    }

} // TEST_SUITE
