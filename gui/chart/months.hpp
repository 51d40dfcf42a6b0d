// Calendar months for time axes: a run's month index t counts from its start month
// ("YYYY-MM", ResultSet::start), and axis labels read "Jan 2023" / "Agu 2023".
#pragma once

#include "naikkelas/units/rupiah.hpp"

#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace nk::gui::chart {

struct YearMonth {
    int year = 2025;
    int month = 1; // 1..12

    auto operator<=>(const YearMonth&) const = default;
};

// "YYYY-MM" with a month 01..12; anything else (spaces, "2023-1", "2023-13") is nullopt.
std::optional<YearMonth> parseYearMonth(std::string_view text);

// Months counted from January of year 0, so that calendar alignment is a plain modulo.
int monthOrdinal(YearMonth ym);
YearMonth fromMonthOrdinal(int ordinal);
YearMonth addMonths(YearMonth ym, int months); // months may be negative

// Three-letter abbreviation: Indonesian Jan Feb Mar Apr Mei Jun Jul Agu Sep Okt Nov Des,
// English Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec. month is 1..12.
std::string_view monthAbbreviation(int month, Language language);

// "Agu 2023" / "Aug 2023".
std::string monthLabel(YearMonth ym, Language language);

} // namespace nk::gui::chart
