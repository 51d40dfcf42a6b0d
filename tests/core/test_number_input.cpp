// Amounts and counts as people type them: every accepted form in both languages, and
// every refusal with its reason.
#include "naikkelas/units/number_input.hpp"

#include <doctest/doctest.h>

#include <cstdint>
#include <limits>

using nk::InputRefusal;
using nk::Language;

namespace {

constexpr Language kId = Language::Indonesian;
constexpr Language kEn = Language::English;

std::optional<std::int64_t> amount(std::string_view text, Language language) {
    return nk::parseAmount(text, language).value;
}

InputRefusal amountRefusal(std::string_view text, Language language,
                           nk::InputRange range = nk::kRupiahInputRange) {
    const nk::NumberInput in = nk::parseAmount(text, language, range);
    CHECK_FALSE(in.value);
    CHECK_FALSE(in.reason.empty());
    return in.refusal;
}

InputRefusal countRefusal(std::string_view text, Language language,
                          nk::InputRange range = nk::kCountInputRange) {
    const nk::NumberInput in = nk::parseCount(text, language, range);
    CHECK_FALSE(in.value);
    CHECK_FALSE(in.reason.empty());
    return in.refusal;
}

} // namespace

TEST_SUITE("number input") {

    TEST_CASE("Indonesian amounts: grouping, decimal comma, currency and scale words") {
        CHECK(amount("1.500.000", kId) == 1'500'000);
        CHECK(amount("1,5 juta", kId) == 1'500'000);
        CHECK(amount("Rp 2 M", kId) == 2'000'000'000);
        CHECK(amount("40 jt", kId) == 40'000'000);
        CHECK(amount("40jt.", kId) == 40'000'000);
        CHECK(amount("2,5 miliar", kId) == 2'500'000'000);
        CHECK(amount("2,5 milyar", kId) == 2'500'000'000);
        CHECK(amount("Rp 1.250.000", kId) == 1'250'000);
        CHECK(amount("Rp. 1.250.000,-", kId) == 1'250'000);
        CHECK(amount("Rp1.250.000,00", kId) == 1'250'000);
        CHECK(amount("750 rb", kId) == 750'000);
        CHECK(amount("750 ribu", kId) == 750'000);
        CHECK(amount("1,2 triliun", kId) == 1'200'000'000'000);
        CHECK(amount("1.500", kId) == 1'500); // the dot groups thousands
        CHECK(amount("  IDR 3.194.144 ", kId) == 3'194'144);
        CHECK(amount("Rp\xC2\xA0"
                     "2\xC2\xA0juta",
                     kId) == 2'000'000); // no-break spaces
    }

    TEST_CASE("English amounts: grouping, decimal point and scale words") {
        CHECK(amount("1,500,000", kEn) == 1'500'000);
        CHECK(amount("1.5 million", kEn) == 1'500'000);
        CHECK(amount("2 billion", kEn) == 2'000'000'000);
        CHECK(amount("Rp 2.5 bn", kEn) == 2'500'000'000);
        CHECK(amount("40k", kEn) == 40'000);
        CHECK(amount("1.2 trillion", kEn) == 1'200'000'000'000);
        CHECK(amount("Rp 1,250,000", kEn) == 1'250'000);
        CHECK(amount("1,500", kEn) == 1'500); // the comma groups thousands
        CHECK(amount("1,500,000.00", kEn) == 1'500'000);
    }

    TEST_CASE("plain and YAML-style numbers read the same in both languages") {
        for (const Language l : {kId, kEn}) {
            CHECK(amount("1500000", l) == 1'500'000);
            CHECK(amount("1_500_000", l) == 1'500'000);
            CHECK(amount("0", l) == 0);
            CHECK(amount("007", l) == 7);
        }
    }

    TEST_CASE("forms readable only one way are read that way in either language") {
        // Two of the same separator can only group; both kinds: the last one is decimal.
        CHECK(amount("1.500.000", kEn) == 1'500'000);
        CHECK(amount("1,500,000", kId) == 1'500'000);
        CHECK(amount("1.500.000,50 ribu", kEn) == 1'500'000'500);
        CHECK(amount("1,500,000.5 ribu", kId) == 1'500'000'500);
        // The language's own decimal separator is a decimal whatever follows.
        CHECK(amount("1,5 juta", kId) == 1'500'000);
        CHECK(amount("1.5 juta", kEn) == 1'500'000);
    }

    TEST_CASE("the language decides a single ambiguous separator") {
        CHECK(amount("1.500 juta", kId) == 1'500'000'000); // 1500 juta
        CHECK(amount("1.500 juta", kEn) == 1'500'000);     // 1.5 juta
        CHECK(amount("1,500 juta", kId) == 1'500'000);     // 1,5 juta
        CHECK(amount("1,500 juta", kEn) == 1'500'000'000);
        CHECK(nk::parseCount("1.500", kId).value == 1'500);
        CHECK(nk::parseCount("1,500", kEn).value == 1'500);
        // The other reading of the same text is a fraction, refused for a count.
        CHECK(countRefusal("1.500", kEn) == InputRefusal::Fraction);
        CHECK(countRefusal("1,500", kId) == InputRefusal::Fraction);
    }

    TEST_CASE("a lone M is miliar in Indonesian and refused as ambiguous in English") {
        CHECK(amount("2 m", kId) == 2'000'000'000);
        CHECK(amountRefusal("Rp 2 M", kEn) == InputRefusal::AmbiguousScale);
        const nk::NumberInput in = nk::parseAmount("2 M", kEn);
        CHECK(in.reason.find("million or billion") != std::string::npos);
    }

    TEST_CASE("negative amounts only where the range allows them") {
        CHECK(amountRefusal("-1.500", kId) == InputRefusal::Negative);
        CHECK(amountRefusal("-Rp 1.250.000", kId) == InputRefusal::Negative);
        const nk::InputRange signedRange{-1'000'000'000, 1'000'000'000};
        CHECK(nk::parseAmount("-Rp 1.250.000", kId, signedRange).value == -1'250'000);
        CHECK(nk::parseAmount("Rp -1,25 juta", kId, signedRange).value == -1'250'000);
        CHECK(nk::parseAmount("\xE2\x88\x92"
                              "2 million",
                              kEn, signedRange)
                  .value == -2'000'000);
        CHECK(nk::parseAmount("+5", kEn, signedRange).value == 5);
        CHECK(nk::parseAmount("-0", kEn).value == 0);
    }

    TEST_CASE("out of the given range, and beyond what int64 holds") {
        const nk::InputRange range{1'000, 1'000'000};
        CHECK(amountRefusal("999", kId, range) == InputRefusal::OutOfRange);
        CHECK(amountRefusal("2 juta", kId, range) == InputRefusal::OutOfRange);
        CHECK(nk::parseAmount("1 juta", kId, range).value == 1'000'000);
        const nk::NumberInput in = nk::parseAmount("2 juta", kId, range);
        CHECK(in.reason.find("Rp 1.000") != std::string::npos);
        CHECK(in.reason.find("Rp 1.000.000") != std::string::npos);
        CHECK(nk::parseAmount("2 million", kEn, range).reason.find("Rp 1,000,000") !=
              std::string::npos);
        // The default range is the reader's: whole rupiah up to 2^53.
        CHECK(amount("9.007.199.254.740.992", kId) == std::int64_t{1} << 53);
        CHECK(amountRefusal("9.007.199.254.740.993", kId) == InputRefusal::OutOfRange);
        const nk::InputRange whole{std::numeric_limits<std::int64_t>::min(),
                                   std::numeric_limits<std::int64_t>::max()};
        CHECK(nk::parseAmount("9223372036854775807", kEn, whole).value ==
              std::numeric_limits<std::int64_t>::max());
        CHECK(nk::parseAmount("-9223372036854775808", kEn, whole).value ==
              std::numeric_limits<std::int64_t>::min());
        CHECK(amountRefusal("9223372036854775808", kEn, whole) == InputRefusal::OutOfRange);
        CHECK(amountRefusal("99999999 triliun", kEn, whole) == InputRefusal::OutOfRange);
    }

    TEST_CASE("fractional rupiah are refused, fractions that scale to whole rupiah are not") {
        CHECK(amountRefusal("Rp 1,5", kId) == InputRefusal::Fraction);
        CHECK(amountRefusal("1.5", kEn) == InputRefusal::Fraction);
        CHECK(amountRefusal("1,2345 ribu", kId) == InputRefusal::Fraction);
        CHECK(amount("1,2340 ribu", kId) == 1'234);
        CHECK(nk::parseAmount("Rp 1,5", kId).reason.find("bulat") != std::string::npos);
        CHECK(nk::parseAmount("1.5", kEn).reason.find("whole") != std::string::npos);
    }

    TEST_CASE("misplaced separators are refused with the language's convention") {
        // The language's group separator where it cannot group: a likely typo.
        CHECK(amountRefusal("1.5 juta", kId) == InputRefusal::Separators);
        CHECK(amountRefusal("1,5 million", kEn) == InputRefusal::Separators);
        CHECK(nk::parseAmount("1.5 juta", kId).reason.find("1,5") != std::string::npos);
        CHECK(nk::parseAmount("1,5 million", kEn).reason.find("1.5") != std::string::npos);
        for (const Language l : {kId, kEn}) {
            CHECK(amountRefusal("1.50.000", l) == InputRefusal::Separators);
            CHECK(amountRefusal("1,50,000", l) == InputRefusal::Separators);
            CHECK(amountRefusal("1.500,000.5", l) == InputRefusal::Separators);
            CHECK(amountRefusal("1__500", l) == InputRefusal::Separators);
            CHECK(amountRefusal("_1500", l) == InputRefusal::Separators);
            CHECK(amountRefusal("1_500.5", l) == InputRefusal::Separators);
        }
    }

    TEST_CASE("text that is not a number is refused") {
        for (const Language l : {kId, kEn}) {
            CHECK(amountRefusal("", l) == InputRefusal::Empty);
            CHECK(amountRefusal("   ", l) == InputRefusal::Empty);
            CHECK(amountRefusal("abc", l) == InputRefusal::NotANumber);
            CHECK(amountRefusal("Rp", l) == InputRefusal::NotANumber);
            CHECK(amountRefusal("1 500 000", l) == InputRefusal::NotANumber);
            CHECK(amountRefusal("2 kilo", l) == InputRefusal::NotANumber);
            CHECK(amountRefusal("1e6", l) == InputRefusal::NotANumber);
            CHECK(amountRefusal("--5", l) == InputRefusal::NotANumber);
            CHECK(amountRefusal("5 juta rupiah", l) == InputRefusal::NotANumber);
        }
        CHECK(amountRefusal("1,", kId) == InputRefusal::NotANumber); // a comma, no decimals
        CHECK(amountRefusal("1,", kEn) == InputRefusal::Separators); // a comma, no group
        CHECK(nk::parseAmount("2 kilo", kId).reason.find("kilo") != std::string::npos);
        CHECK(nk::parseAmount("abc", kEn).reason.find("not a number") != std::string::npos);
        CHECK(nk::parseAmount("abc", kId).reason.find("bukan angka") != std::string::npos);
    }

    TEST_CASE("counts: whole, non-negative, no currency; scale words as for amounts") {
        CHECK(nk::parseCount("30", kId).value == 30);
        CHECK(nk::parseCount("1.500", kId).value == 1'500);
        CHECK(nk::parseCount("1,500", kEn).value == 1'500);
        CHECK(nk::parseCount("2 ribu", kId).value == 2'000);
        CHECK(nk::parseCount("1,5 ribu", kId).value == 1'500);
        CHECK(nk::parseCount("1 juta", kId).value == 1'000'000);
        CHECK(nk::parseCount("1 million", kEn).value == 1'000'000);
        CHECK(countRefusal("2,5", kId) == InputRefusal::Fraction);
        CHECK(countRefusal("2.5", kEn) == InputRefusal::Fraction);
        CHECK(nk::parseCount("2.5", kEn).reason.find("whole number") != std::string::npos);
        CHECK(countRefusal("-3", kEn) == InputRefusal::Negative);
        CHECK(countRefusal("Rp 30", kId) == InputRefusal::NotANumber);
        CHECK(nk::parseCount("Rp 30", kEn).reason.find("currency") != std::string::npos);
        CHECK(countRefusal("3 miliar", kId) == InputRefusal::OutOfRange); // above INT_MAX
        CHECK(countRefusal("1 juta", kId, {0, 10'000}) == InputRefusal::OutOfRange);
        CHECK(nk::parseCount("20 ribu", kId, {1, 10'000}).reason.find("10.000") !=
              std::string::npos);
        CHECK(countRefusal("0", kEn, {1, 100}) == InputRefusal::OutOfRange);
    }
}
