#include "naikkelas/units/number_input.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <iterator>

namespace nk {

namespace {

enum class Kind { Amount, Count };

constexpr bool isDigit(char c) {
    return c >= '0' && c <= '9';
}

constexpr char lower(char c) {
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

bool equalsIgnoringCase(std::string_view a, std::string_view b) {
    return a.size() == b.size() &&
           std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) { return lower(x) == y; });
}

// Spaces people type or paste: ASCII blanks, no-break and narrow no-break space.
std::size_t spaceLength(std::string_view s, std::size_t i) {
    if (s[i] == ' ' || s[i] == '\t') return 1;
    if (s.compare(i, 2, "\xC2\xA0") == 0) return 2;
    if (s.compare(i, 3, "\xE2\x80\xAF") == 0) return 3;
    return 0;
}

class Cursor {
public:
    explicit Cursor(std::string_view s) : m_s(s) {}
    bool done() const { return m_i == m_s.size(); }
    std::string_view rest() const { return m_s.substr(m_i); }
    void skipSpaces() {
        while (!done())
            if (const std::size_t n = spaceLength(m_s, m_i); n > 0)
                m_i += n;
            else
                return;
    }
    // '-', '+' or the Unicode minus sign U+2212.
    bool takeSign(bool& negative) {
        if (done()) return false;
        if (m_s[m_i] == '-' || m_s[m_i] == '+') {
            negative = m_s[m_i++] == '-';
            return true;
        }
        if (m_s.compare(m_i, 3, "\xE2\x88\x92") == 0) {
            m_i += 3;
            negative = true;
            return true;
        }
        return false;
    }
    // "Rp", "Rp." or "IDR", in any case.
    bool takeCurrency() {
        for (const std::string_view c : {"rp", "idr"}) {
            if (m_s.size() - m_i < c.size() || !equalsIgnoringCase(m_s.substr(m_i, c.size()), c))
                continue;
            m_i += c.size();
            if (c == "rp" && !done() && m_s[m_i] == '.') ++m_i;
            return true;
        }
        return false;
    }
    bool take(char c) {
        if (done() || m_s[m_i] != c) return false;
        ++m_i;
        return true;
    }
    std::string_view takeWhile(bool (*accept)(char)) {
        const std::size_t begin = m_i;
        while (!done() && accept(m_s[m_i])) ++m_i;
        return m_s.substr(begin, m_i - begin);
    }

private:
    std::string_view m_s;
    std::size_t m_i = 0;
};

struct Scale {
    std::string_view word;
    int exponent;
};

// Unambiguous in both languages; a lone "m" is handled apart (miliar or million?).
constexpr std::array<Scale, 18> kScales{{{"ribu", 3},
                                         {"rb", 3},
                                         {"k", 3},
                                         {"thousand", 3},
                                         {"juta", 6},
                                         {"jt", 6},
                                         {"million", 6},
                                         {"mn", 6},
                                         {"mio", 6},
                                         {"miliar", 9},
                                         {"milyar", 9},
                                         {"billion", 9},
                                         {"bn", 9},
                                         {"b", 9},
                                         {"triliun", 12},
                                         {"trillion", 12},
                                         {"tn", 12},
                                         {"t", 12}}};

constexpr char groupSeparator(Language l) {
    return l == Language::Indonesian ? '.' : ',';
}
constexpr char decimalSeparator(Language l) {
    return l == Language::Indonesian ? ',' : '.';
}

struct Digits {
    std::string integer;
    std::string fraction;
};

bool allDigits(std::string_view s) {
    return std::all_of(s.begin(), s.end(), isDigit);
}

// Thousands groups: 1 to 3 digits, then groups of exactly 3.
bool splitGroups(std::string_view s, char separator, std::string& digits) {
    std::size_t begin = 0;
    bool first = true;
    while (true) {
        const std::size_t end = std::min(s.find(separator, begin), s.size());
        const std::string_view group = s.substr(begin, end - begin);
        const bool sized = first ? !group.empty() && group.size() <= 3 : group.size() == 3;
        if (!sized || !allDigits(group)) return false;
        digits += group;
        if (end == s.size()) return true;
        begin = end + 1;
        first = false;
    }
}

enum class Split { Ok, NotANumber, Misgrouped, LanguageGroup };

// The digits before and after the decimal separator of a number written with '.', ','
// or '_' (see the header for which reading wins).
Split splitNumber(std::string_view number, Language language, Digits& out) {
    std::string plain;
    // YAML style 1_500_000: underscores between digits only, and not mixed with '.' ','.
    if (number.find('_') != std::string_view::npos) {
        for (std::size_t i = 0; i < number.size(); ++i) {
            if (number[i] != '_') continue;
            if (i == 0 || i + 1 == number.size() || !isDigit(number[i - 1]) ||
                !isDigit(number[i + 1]))
                return Split::Misgrouped;
        }
        if (number.find_first_of(".,") != std::string_view::npos) return Split::Misgrouped;
        std::remove_copy(number.begin(), number.end(), std::back_inserter(out.integer), '_');
        return Split::Ok;
    }
    const auto dots = std::count(number.begin(), number.end(), '.');
    const auto commas = std::count(number.begin(), number.end(), ',');
    char group = 0;
    char decimal = 0;
    if (dots > 0 && commas > 0) {
        decimal = number.find_last_of(".,") == number.rfind('.') ? '.' : ',';
        group = decimal == '.' ? ',' : '.';
        if ((decimal == '.' ? dots : commas) != 1) return Split::Misgrouped;
    } else if (dots + commas > 1) {
        group = dots > 0 ? '.' : ',';
    } else if (dots + commas == 1) {
        const char c = dots > 0 ? '.' : ',';
        if (c == decimalSeparator(language)) {
            decimal = c;
        } else {
            std::string digits;
            if (!splitGroups(number, c, digits)) return Split::LanguageGroup;
            out.integer = digits;
            return Split::Ok;
        }
    }
    const std::size_t point = decimal ? number.find(decimal) : std::string_view::npos;
    const std::string_view integer = number.substr(0, point);
    if (point != std::string_view::npos) {
        const std::string_view fraction = number.substr(point + 1);
        if (fraction.empty() || !allDigits(fraction)) return Split::NotANumber;
        out.fraction = std::string(fraction);
    }
    if (integer.empty()) {
        if (out.fraction.empty()) return Split::NotANumber;
        out.integer = "0"; // ",5" or ".5"
    } else if (group) {
        if (!splitGroups(integer, group, out.integer)) return Split::Misgrouped;
    } else if (allDigits(integer)) {
        out.integer = std::string(integer);
    } else {
        return Split::NotANumber;
    }
    return Split::Ok;
}

class Parser {
public:
    Parser(std::string_view text, Language language, InputRange range, Kind kind)
        : m_text(text), m_language(language), m_range(range), m_kind(kind) {}

    NumberInput parse();

private:
    bool id() const { return m_language == Language::Indonesian; }
    NumberInput refuse(InputRefusal why, std::string reason) const {
        return {std::nullopt, why, std::move(reason)};
    }
    std::string quoted() const { return "`" + std::string(trimmed()) + "`"; }
    std::string_view trimmed() const;
    std::string bound(std::int64_t v) const {
        return m_kind == Kind::Amount ? formatRupiah(Rupiah{v}, m_language)
                                      : formatNumber(static_cast<double>(v), 0, m_language);
    }
    NumberInput notANumber() const {
        if (m_kind == Kind::Count)
            return refuse(InputRefusal::NotANumber,
                          quoted() + (id() ? " bukan angka; tulis misalnya 25 atau 1.500"
                                           : " is not a number; write e.g. 25 or 1,500"));
        return refuse(InputRefusal::NotANumber,
                      quoted() + (id() ? " bukan angka; tulis misalnya 1.500.000, 1,5 juta "
                                         "atau Rp 2 M"
                                       : " is not a number; write e.g. 1,500,000, 1.5 million "
                                         "or Rp 2 billion"));
    }
    NumberInput misgrouped(Split split) const;
    std::optional<int> scaleOf(std::string_view word, NumberInput& refusal) const;
    NumberInput fraction() const {
        if (m_kind == Kind::Amount)
            return refuse(InputRefusal::Fraction,
                          id() ? "nilai rupiah harus bulat: " + quoted() + " memuat pecahan"
                               : "rupiah amounts are whole: " + quoted() + " has a fraction");
        return refuse(InputRefusal::Fraction,
                      id() ? "jumlah harus bilangan bulat: " + quoted() + " memuat pecahan"
                           : "a count is a whole number: " + quoted() + " has a fraction");
    }
    NumberInput outOfRange() const {
        return refuse(InputRefusal::OutOfRange,
                      id() ? quoted() + " di luar batas: harus antara " + bound(m_range.min) +
                                 " dan " + bound(m_range.max)
                           : quoted() + " is out of range: it must be from " + bound(m_range.min) +
                                 " to " + bound(m_range.max));
    }

    std::string_view m_text;
    Language m_language;
    InputRange m_range;
    Kind m_kind;
};

std::string_view Parser::trimmed() const {
    std::string_view s = m_text;
    while (!s.empty() && spaceLength(s, 0) > 0) s.remove_prefix(spaceLength(s, 0));
    // Trailing spaces: ASCII only, and the two no-break spaces by their last bytes.
    while (!s.empty()) {
        if (s.back() == ' ' || s.back() == '\t')
            s.remove_suffix(1);
        else if (s.size() >= 2 && s.substr(s.size() - 2) == "\xC2\xA0")
            s.remove_suffix(2);
        else if (s.size() >= 3 && s.substr(s.size() - 3) == "\xE2\x80\xAF")
            s.remove_suffix(3);
        else
            break;
    }
    return s;
}

NumberInput Parser::misgrouped(Split split) const {
    if (split == Split::NotANumber) return notANumber();
    if (split == Split::LanguageGroup)
        return refuse(InputRefusal::Separators,
                      id() ? quoted() +
                                 ": dalam bahasa Indonesia titik memisahkan ribuan (1.500.000); "
                                 "pecahan ditulis dengan koma, misalnya 1,5"
                           : quoted() + ": in English a comma groups thousands (1,500,000); "
                                        "a decimal is written with a point, e.g. 1.5");
    return refuse(InputRefusal::Separators,
                  id() ? quoted() + ": kelompok ribuan terdiri atas tiga angka, misalnya 1.500.000"
                       : quoted() + ": thousands are grouped by three digits, e.g. 1,500,000");
}

std::optional<int> Parser::scaleOf(std::string_view word, NumberInput& refusal) const {
    if (word.empty()) return 0;
    if (word.back() == '.') word.remove_suffix(1); // "jt.", "rb."
    for (const Scale& s : kScales)
        if (equalsIgnoringCase(word, s.word)) return s.exponent;
    if (equalsIgnoringCase(word, "m")) {
        if (id()) return 9; // "Rp 2 M": miliar
        refusal = refuse(InputRefusal::AmbiguousScale,
                         quoted() + ": M may mean million or miliar (billion); "
                                    "write million or billion");
        return std::nullopt;
    }
    refusal = refuse(InputRefusal::NotANumber,
                     id() ? quoted() + ": satuan `" + std::string(word) +
                                "` tidak dikenal; pakai ribu, juta, miliar atau triliun"
                          : quoted() + ": unknown scale `" + std::string(word) +
                                "`; use thousand, million, billion or trillion");
    return std::nullopt;
}

NumberInput Parser::parse() {
    const std::string_view text = trimmed();
    if (text.empty())
        return refuse(InputRefusal::Empty, id() ? "isi dengan angka" : "enter a number");
    Cursor at(text);
    bool negative = false;
    bool hasSign = at.takeSign(negative);
    at.skipSpaces();
    if (at.takeCurrency()) {
        if (m_kind == Kind::Count)
            return refuse(InputRefusal::NotANumber,
                          id() ? "jumlah tidak memakai mata uang: tulis 25, bukan Rp 25"
                               : "a count has no currency: write 25, not Rp 25");
        at.skipSpaces();
        if (!hasSign) hasSign = at.takeSign(negative);
        at.skipSpaces();
    }
    std::string_view number =
        at.takeWhile([](char c) { return isDigit(c) || c == '.' || c == ',' || c == '_'; });
    // "Rp 1.500.000,-": no cents, as invoices write it.
    if (number.size() > 1 && number.back() == ',' && at.take('-')) number.remove_suffix(1);
    at.skipSpaces();
    const std::string_view word = at.takeWhile(
        [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '.'; });
    if (number.empty() || !at.done()) return notANumber();

    Digits digits;
    if (const Split split = splitNumber(number, m_language, digits); split != Split::Ok)
        return misgrouped(split);
    NumberInput refusal;
    const std::optional<int> exponent = scaleOf(word, refusal);
    if (!exponent) return refusal;

    // value = integer.fraction * 10^exponent, exactly: fraction digits beyond the scale
    // must be zeros.
    std::string all = digits.integer + digits.fraction;
    int shift = *exponent - static_cast<int>(digits.fraction.size());
    while (shift < 0) {
        if (all.back() != '0') return fraction();
        all.pop_back();
        ++shift;
    }
    all.append(static_cast<std::size_t>(shift), '0');
    std::uint64_t magnitude = 0;
    constexpr std::uint64_t kLimit = std::uint64_t{1} << 63; // |INT64_MIN|
    for (const char c : all) {
        const auto d = static_cast<std::uint64_t>(c - '0');
        if (magnitude > (kLimit - d) / 10) return outOfRange();
        magnitude = magnitude * 10 + d;
    }
    if (!negative && magnitude == kLimit) return outOfRange();
    const std::int64_t value =
        negative ? static_cast<std::int64_t>(0 - magnitude) : static_cast<std::int64_t>(magnitude);
    if (value < 0 && m_range.min >= 0)
        return refuse(InputRefusal::Negative,
                      id() ? quoted() + " tidak boleh negatif" : quoted() + " cannot be negative");
    if (value < m_range.min || value > m_range.max) return outOfRange();
    return {value, InputRefusal::None, {}};
}

} // namespace

NumberInput parseAmount(std::string_view text, Language language, InputRange range) {
    return Parser(text, language, range, Kind::Amount).parse();
}

NumberInput parseCount(std::string_view text, Language language, InputRange range) {
    return Parser(text, language, range, Kind::Count).parse();
}

} // namespace nk
