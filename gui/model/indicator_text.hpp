// How the app writes a key indicator and judges a difference, shared by the results,
// compare and equipment views and the exports (pure, no ImGui): Rupiah in words, ratios
// with two decimals, counts with one; which way is better for each indicator.
#pragma once

#include "naikkelas/units/rupiah.hpp"

#include <string>

namespace nk::gui {

// Which way an indicator is better, to colour a difference (green better, red worse):
// more enterprises, participants, benefit and benefit/cost are better; more cost, cost
// per enterprise and total_cost (the equipment view's undiscounted cost) are worse;
// anything else (a plugin's indicator) is not coloured.
enum class Preference { MoreIsBetter, LessIsBetter, Neutral };
Preference indicatorPreference(const std::string& key);

enum class Verdict { Better, Worse, Unjudged };
// Whether a difference (now - reference) of indicator `key` in `unit` is an improvement;
// Unjudged when it shows as zero (see shownValue), is not finite, or the indicator is
// neutral: a colour never marks a difference the table prints as 0.
Verdict judgeDifference(const std::string& key, const std::string& unit, double difference);

// The decimals a value of `unit` is printed with: 0 for rupiah, 2 for ratios, 1 for
// counts (expected values are fractional).
int indicatorDecimals(const std::string& unit);
// A value rounded as the tables print it (indicatorDecimals); -0 becomes 0.
double shownValue(double value, const std::string& unit);

// An indicator value as the results view prints it: Rupiah in words, ratios with two
// decimals, counts with one; the dash when not finite.
std::string indicatorText(double value, const std::string& unit, Language language);
// The same, rounded by shownValue, with a "+" in front of a positive difference.
std::string differenceText(double difference, const std::string& unit, Language language);

} // namespace nk::gui
