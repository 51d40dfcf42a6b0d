#include "chart/months.hpp"

#include <array>
#include <initializer_list>

namespace nk::gui::chart {

namespace {

constexpr std::array<std::string_view, 12> kIndonesian{"Jan", "Feb", "Mar", "Apr", "Mei", "Jun",
                                                       "Jul", "Agu", "Sep", "Okt", "Nov", "Des"};
constexpr std::array<std::string_view, 12> kEnglish{"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                    "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

bool isDigit(char c) {
    return c >= '0' && c <= '9';
}

// Division rounding towards minus infinity, so that month -1 is December of the year before.
int floorDiv(int a, int b) {
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)) ? 1 : 0);
}

} // namespace

std::optional<YearMonth> parseYearMonth(std::string_view text) {
    if (text.size() != 7 || text[4] != '-') return std::nullopt;
    for (std::size_t i : {0u, 1u, 2u, 3u, 5u, 6u})
        if (!isDigit(text[i])) return std::nullopt;
    const auto digit = [&](std::size_t i) { return text[i] - '0'; };
    const int year = digit(0) * 1000 + digit(1) * 100 + digit(2) * 10 + digit(3);
    const int month = digit(5) * 10 + digit(6);
    if (month < 1 || month > 12) return std::nullopt;
    return YearMonth{year, month};
}

int monthOrdinal(YearMonth ym) {
    return ym.year * 12 + (ym.month - 1);
}

YearMonth fromMonthOrdinal(int ordinal) {
    const int year = floorDiv(ordinal, 12);
    return YearMonth{year, ordinal - year * 12 + 1};
}

YearMonth addMonths(YearMonth ym, int months) {
    return fromMonthOrdinal(monthOrdinal(ym) + months);
}

std::string_view monthAbbreviation(int month, Language language) {
    if (month < 1 || month > 12) return "?";
    const auto index = static_cast<std::size_t>(month - 1);
    return language == Language::Indonesian ? kIndonesian[index] : kEnglish[index];
}

std::string monthLabel(YearMonth ym, Language language) {
    std::string out(monthAbbreviation(ym.month, language));
    out += ' ';
    out += std::to_string(ym.year);
    return out;
}

} // namespace nk::gui::chart
