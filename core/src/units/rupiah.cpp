#include "naikkelas/units/rupiah.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <cstdint>

namespace nk {

namespace {

char groupSeparator(Language language) {
    return language == Language::Indonesian ? '.' : ',';
}
char decimalSeparator(Language language) {
    return language == Language::Indonesian ? ',' : '.';
}

// Inserts the group separator every three digits of a run of decimal digits.
std::string groupDigits(std::string_view digits, Language language) {
    std::string out;
    out.reserve(digits.size() + digits.size() / 3);
    const std::size_t lead = digits.size() % 3;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i != 0 && (i + 3 - lead) % 3 == 0) out += groupSeparator(language);
        out += digits[i];
    }
    return out;
}

// Digits of |value| fixed to `decimals`, split at the point; to_chars rounds correctly
// and a double never needs more than 309 integer digits.
struct FixedDigits {
    std::string integer;
    std::string fraction;
    bool zero = true;
};

FixedDigits fixedDigits(double magnitude, int decimals) {
    std::array<char, 400> buffer{};
    const auto result = std::to_chars(buffer.data(), buffer.data() + buffer.size(), magnitude,
                                      std::chars_format::fixed, decimals);
    const std::string_view text(buffer.data(),
                                static_cast<std::size_t>(result.ptr - buffer.data()));
    FixedDigits out;
    const std::size_t point = text.find('.');
    out.integer = std::string(text.substr(0, point));
    if (point != std::string_view::npos) out.fraction = std::string(text.substr(point + 1));
    out.zero = std::all_of(text.begin(), text.end(), [](char c) { return c == '0' || c == '.'; });
    return out;
}

std::string joinFixed(const FixedDigits& digits, Language language) {
    std::string out = groupDigits(digits.integer, language);
    if (!digits.fraction.empty()) {
        out += decimalSeparator(language);
        out += digits.fraction;
    }
    return out;
}

constexpr std::array<RupiahScale, 4> kScales{{{1e3, "ribu", "thousand"},
                                              {1e6, "juta", "million"},
                                              {1e9, "miliar", "billion"},
                                              {1e12, "triliun", "trillion"}}};

// Three significant digits: 1,25 / 12,5 / 125 (larger scaled values keep all digits).
int wordDecimals(double scaled) {
    return scaled >= 100 ? 0 : scaled >= 10 ? 1 : 2;
}

double roundTo(double value, int decimals) {
    const double p = std::pow(10.0, decimals);
    return std::round(value * p) / p;
}

void stripTrailingZeros(FixedDigits& digits) {
    while (!digits.fraction.empty() && digits.fraction.back() == '0') digits.fraction.pop_back();
}

} // namespace

std::optional<Language> parseLanguage(std::string_view code) {
    const std::size_t end = code.find_first_of("_-.@");
    const std::string_view head = code.substr(0, end);
    if (head.size() != 2) return std::nullopt;
    const auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c; };
    const char a = lower(head[0]);
    const char b = lower(head[1]);
    if (a == 'i' && b == 'd') return Language::Indonesian;
    if (a == 'e' && b == 'n') return Language::English;
    return std::nullopt;
}

std::string_view languageCode(Language language) {
    return language == Language::Indonesian ? "id" : "en";
}

std::string formatRupiah(Rupiah amount, Language language) {
    // The magnitude as unsigned, so that INT64_MIN has one too.
    const std::uint64_t magnitude = amount < 0
                                        ? std::uint64_t{0} - static_cast<std::uint64_t>(amount)
                                        : static_cast<std::uint64_t>(amount);
    std::array<char, 24> buffer{};
    const auto result = std::to_chars(buffer.data(), buffer.data() + buffer.size(), magnitude);
    const std::string_view digits(buffer.data(),
                                  static_cast<std::size_t>(result.ptr - buffer.data()));
    return (amount < 0 ? "-Rp " : "Rp ") + groupDigits(digits, language);
}

std::string formatRupiah(double amount, Language language) {
    if (!std::isfinite(amount)) return std::string(kNotANumber);
    const FixedDigits digits = fixedDigits(std::fabs(amount), 0);
    return (amount < 0 && !digits.zero ? "-Rp " : "Rp ") + joinFixed(digits, language);
}

std::span<const RupiahScale> rupiahScales() {
    return kScales;
}

const RupiahScale* rupiahWordScale(double magnitude) {
    const RupiahScale* scale = nullptr;
    for (const RupiahScale& candidate : kScales)
        if (magnitude >= candidate.factor) scale = &candidate;
    // Rounding may carry into the next scale: 999 999 is "1 juta", not "1.000 ribu".
    const double scaled = scale ? magnitude / scale->factor : magnitude;
    const bool carries = roundTo(scaled, scale ? wordDecimals(scaled) : 0) >= 1000;
    if (carries && scale != &kScales.back()) return scale ? scale + 1 : &kScales.front();
    return scale;
}

std::string formatSignificant(double scaled, Language language) {
    FixedDigits digits = fixedDigits(std::fabs(scaled), wordDecimals(std::fabs(scaled)));
    stripTrailingZeros(digits);
    return (scaled < 0 && !digits.zero ? "-" : "") + joinFixed(digits, language);
}

std::string formatRupiahWords(double amount, Language language) {
    if (!std::isfinite(amount)) return std::string(kNotANumber);
    const double magnitude = std::fabs(amount);
    const RupiahScale* scale = rupiahWordScale(magnitude);
    FixedDigits digits =
        scale ? fixedDigits(magnitude / scale->factor, wordDecimals(magnitude / scale->factor))
              : fixedDigits(magnitude, 0); // whole rupiah
    stripTrailingZeros(digits);
    std::string out = (amount < 0 && !digits.zero ? "-Rp " : "Rp ") + joinFixed(digits, language);
    if (scale) {
        out += ' ';
        out += scale->word(language);
    }
    return out;
}

std::string formatNumber(double value, int decimals, Language language) {
    if (!std::isfinite(value)) return std::string(kNotANumber);
    const FixedDigits digits = fixedDigits(std::fabs(value), std::clamp(decimals, 0, 12));
    return (value < 0 && !digits.zero ? "-" : "") + joinFixed(digits, language);
}

std::string formatPercent(double share, int decimals, Language language) {
    if (!std::isfinite(share)) return std::string(kNotANumber);
    return formatNumber(share * 100.0, decimals, language) + "%";
}

} // namespace nk
