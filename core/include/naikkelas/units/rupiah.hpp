// Displaying money and numbers the way a planner reads them (docs/model.md section 5):
// Indonesian grouping "Rp 1.250.000" and words "Rp 1,25 juta", or English
// "Rp 1,250,000" and "Rp 1.25 million". Built on std::to_chars, so the output never
// depends on the process locale.
#pragma once

#include "naikkelas/scenario/scenario.hpp"

#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace nk {

enum class Language { Indonesian, English };

// "id" or "en" (case-insensitive; a region suffix as in "en_US" or "id-ID" is accepted).
std::optional<Language> parseLanguage(std::string_view code);
std::string_view languageCode(Language language); // "id" or "en"

// Whole rupiah with grouping: "Rp 1.250.000" / "Rp 1,250,000"; negative "-Rp 1.250.000".
std::string formatRupiah(Rupiah amount, Language language);
// The same for an expected (fractional) amount, rounded to whole rupiah; "–" if not finite.
std::string formatRupiah(double amount, Language language);

// Compact words with at most three significant digits: "Rp 1,25 juta", "Rp 2,5 miliar",
// "Rp 750 ribu" / "Rp 1.25 million", "Rp 750 thousand". Amounts under a thousand are
// whole rupiah ("Rp 750"); "–" if not finite.
std::string formatRupiahWords(double amount, Language language);

// The scales amounts are named in, smallest first: ribu / thousand (1e3), juta / million,
// miliar / billion, triliun / trillion (1e12). Shared by formatRupiahWords, chart axes
// and bands, so every place names the same amount the same way.
struct RupiahScale {
    double factor;
    std::string_view indonesian;
    std::string_view english;
    std::string_view word(Language language) const {
        return language == Language::Indonesian ? indonesian : english;
    }
};
std::span<const RupiahScale> rupiahScales();
// The scale formatRupiahWords writes an amount of this magnitude in, after its rounding
// to three significant digits (999 999 is "1 juta", not "1.000 ribu"); null below a
// thousand (whole rupiah).
const RupiahScale* rupiahWordScale(double magnitude);
// A scaled amount as formatRupiahWords writes it: three significant digits, trailing
// zeros dropped: "1,86", "12,5", "125", "0,91" (Indonesian) / "1.86" (English).
std::string formatSignificant(double scaled, Language language);

// A number with grouping and exactly `decimals` decimals: "1.234,5" / "1,234.5".
// "–" if not finite; decimals are clamped to 0..12; "-0" is printed as "0".
std::string formatNumber(double value, int decimals, Language language);

// A share as a percentage: 0.125 with one decimal gives "12,5%" / "12.5%".
std::string formatPercent(double share, int decimals, Language language);

// Printed in place of a number that is not defined (NaN, infinite).
inline constexpr std::string_view kNotANumber = "\u2013";

} // namespace nk
