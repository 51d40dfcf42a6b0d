// Axis label formatters. A formatter is a hook (ImPlot's idea): the chart calls it with a
// tick value and the tick step, so that it can print just the decimals the step needs. A
// single value (the hover tooltip) is formatted with step 0.
//
// Rupiah labels follow docs/model.md section 5 with the rule for axes:
//   Words (the Indonesian default): each label in its own unit, the largest of ribu, juta,
//     miliar, triliun (thousand, million, billion, trillion) not above the value, with the
//     decimals the step needs in that unit and trailing zeros dropped:
//     0, 500 000, 1 500 000, 2 000 000 000 with step 500 000 ->
//     "Rp 0", "Rp 500 ribu", "Rp 1,5 juta", "Rp 2 miliar". Below a thousand: "Rp 750".
//   Grouped (the English default): the whole amount with thousands separators,
//     "Rp 0", "Rp 500,000", "Rp 1,500,000", "Rp 2,000,000,000" (decimals only for a step
//     below one rupiah).
//   Negative amounts read "-Rp 1,5 juta" as in formatRupiah. For a single value (step 0)
//   Words is formatRupiahWords ("Rp 1,23 juta") and Grouped is formatRupiah.
// Counts print the step's decimals on every label ("1.0", "1.5" over a 0.5 step), so a
// column of labels lines up; shares print as percentages with the step's decimals.
#pragma once

#include "naikkelas/units/rupiah.hpp"

#include <functional>
#include <string>

namespace nk::gui::chart {

// value: the number to print; step: the tick step, or 0 for a single value.
using AxisFormatter = std::function<std::string(double value, double step)>;
// A user hook that does not care about the step.
using ValueFormatter = std::function<std::string(double value)>;

AxisFormatter fromValueFormatter(ValueFormatter format);

enum class RupiahAxisStyle { Words, Grouped };

// The style a language uses by default: Indonesian Words, English Grouped.
RupiahAxisStyle defaultRupiahStyle(Language language);

std::string rupiahTickLabel(double value, double step, Language language, RupiahAxisStyle style);
std::string countTickLabel(double value, double step, Language language);
std::string shareTickLabel(double share, double step, Language language);

AxisFormatter rupiahAxis(Language language); // with defaultRupiahStyle(language)
AxisFormatter rupiahAxis(Language language, RupiahAxisStyle style);
AxisFormatter countAxis(Language language);
AxisFormatter shareAxis(Language language);

} // namespace nk::gui::chart
