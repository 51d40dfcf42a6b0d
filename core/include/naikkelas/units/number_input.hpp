// Reading Rupiah amounts and counts as people type them into a field, in Indonesian or
// English: "1.500.000", "1,5 juta", "Rp 2 M", "40 jt", "Rp 1.250.000" / "1,500,000",
// "1.5 million", "2 billion" / "1500000", "1_500_000". The result is exact (no floating
// point): a whole number, or a refusal with a reason in the user's language.
//
// Separators: a form that can be read only one way is read that way in either language
// ("1.500.000" and "1,500,000" are both 1500000; "1.500.000,50" has a decimal comma).
// The language decides the ambiguous ones, a single separator:
//   "1.500": Indonesian 1500 (groups thousands), English 1.5
//   "1,500": Indonesian 1.5, English 1500
//   "1,5":   Indonesian 1.5; English refused (a comma groups three digits)
//   "1.5":   English 1.5; Indonesian refused (a dot groups three digits)
// Scale words in both languages: ribu/rb/k, juta/jt, miliar/milyar, triliun/T, thousand,
// million/mn/mio, billion/bn/b, trillion/tn. A lone "M" is miliar in Indonesian ("Rp 2 M")
// but refused in English, where it usually means million.
//
// Counts (participants, units) take the same numbers and scale words ("2 ribu" is 2000,
// "1 juta" is 1000000 when the range allows it), but no currency and no fraction after
// scaling ("1,5" is refused, "1,5 ribu" is 1500): one rule for every whole quantity.
//
// Usage, e.g. in an editor field:
//   const nk::NumberInput in = nk::parseAmount(text, language, {0, kMaxEnvelope});
//   if (in.value) scenario.budget.envelope = *in.value;
//   else showProblem(in.reason); // "Rp 1,5: rupiah are whole, ..." in the user's language
#pragma once

#include "naikkelas/units/rupiah.hpp"

#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <string_view>

namespace nk {

enum class InputRefusal {
    None,           // accepted
    Empty,          // nothing but spaces
    NotANumber,     // letters, a currency on a count, an unknown scale word
    Separators,     // "1.5" in Indonesian, "1,5" in English, "1.50.000": misplaced grouping
    AmbiguousScale, // "2 M" in English: million or miliar?
    Negative,       // below zero where the range starts at zero or above
    Fraction,       // "Rp 1,5", a count of 2.5: whole numbers required
    OutOfRange,     // outside the given range
};

struct NumberInput {
    std::optional<std::int64_t> value; // set when accepted
    InputRefusal refusal = InputRefusal::None;
    std::string reason; // why refused, in the language of the call; empty when accepted
};

struct InputRange {
    std::int64_t min = 0;
    std::int64_t max = std::numeric_limits<std::int64_t>::max();
};

// Whole rupiah, 2^53 at most by default: the scenario reader's limit, exact in a double.
inline constexpr InputRange kRupiahInputRange = {0, std::int64_t{1} << 53};
inline constexpr InputRange kCountInputRange = {0, std::numeric_limits<int>::max()};

NumberInput parseAmount(std::string_view text, Language language,
                        InputRange range = kRupiahInputRange);
NumberInput parseCount(std::string_view text, Language language,
                       InputRange range = kCountInputRange);

} // namespace nk
