#include "chart/axis_format.hpp"

#include "chart/ticks.hpp"

#include <algorithm>
#include <cmath>
#include <string_view>
#include <utility>

namespace nk::gui::chart {

namespace {

// Snaps a tick value to its step: k * step computed in floating point may miss by an ulp,
// which would put 999 999.9999 under "ribu" instead of "1 juta".
double snapToStep(double value, double step) {
    if (!(step > 0)) return value;
    const double snapped = std::round(value / step) * step;
    return std::fabs(snapped) < step * 1e-6 ? 0.0 : snapped;
}

// "1,50" -> "1,5"; "2,0" -> "2"; "1.000" (grouping, no decimals) is left alone.
std::string stripTrailingZeros(std::string text, int decimals) {
    if (decimals <= 0) return text;
    while (!text.empty() && text.back() == '0') text.pop_back();
    if (!text.empty() && (text.back() == ',' || text.back() == '.')) text.pop_back();
    return text;
}

std::string signedRupiah(double value, const std::string& magnitude) {
    const bool negative = value < 0 && magnitude.find_first_not_of("0.,") != std::string::npos;
    return (negative ? "-Rp " : "Rp ") + magnitude;
}

// Decimals for a hover value with about three significant digits.
int hoverDecimals(double magnitude) {
    return magnitude >= 100 ? 0 : magnitude >= 10 ? 1 : 2;
}

} // namespace

AxisFormatter fromValueFormatter(ValueFormatter format) {
    return [format = std::move(format)](double value, double) { return format(value); };
}

RupiahAxisStyle defaultRupiahStyle(Language language) {
    return language == Language::Indonesian ? RupiahAxisStyle::Words : RupiahAxisStyle::Grouped;
}

std::string rupiahTickLabel(double value, double step, Language language, RupiahAxisStyle style) {
    if (!std::isfinite(value)) return std::string(kNotANumber);
    if (!(step > 0)) {
        return style == RupiahAxisStyle::Words ? formatRupiahWords(value, language)
                                               : formatRupiah(value, language);
    }
    const double snapped = snapToStep(value, step);
    const double magnitude = std::fabs(snapped);
    if (style == RupiahAxisStyle::Grouped) {
        const int decimals = std::min(stepDecimals(step), 2);
        return signedRupiah(snapped, formatNumber(magnitude, decimals, language));
    }
    // The largest scale the value reaches: ticks are nice values, so no rounding carry.
    const RupiahScale* unit = nullptr;
    for (const RupiahScale& candidate : rupiahScales())
        if (magnitude >= candidate.factor) unit = &candidate;
    const double factor = unit ? unit->factor : 1.0;
    const int decimals = std::min(stepDecimals(step / factor), 3);
    std::string out = signedRupiah(
        snapped,
        stripTrailingZeros(formatNumber(magnitude / factor, decimals, language), decimals));
    if (unit) {
        out += ' ';
        out += unit->word(language);
    }
    return out;
}

std::string countTickLabel(double value, double step, Language language) {
    if (!std::isfinite(value)) return std::string(kNotANumber);
    if (!(step > 0)) {
        const int decimals = hoverDecimals(std::fabs(value));
        return stripTrailingZeros(formatNumber(value, decimals, language), decimals);
    }
    return formatNumber(snapToStep(value, step), std::min(stepDecimals(step), 6), language);
}

std::string shareTickLabel(double share, double step, Language language) {
    if (!std::isfinite(share)) return std::string(kNotANumber);
    if (!(step > 0)) return formatPercent(share, 1, language);
    return formatPercent(snapToStep(share, step), std::min(stepDecimals(step * 100), 6), language);
}

AxisFormatter rupiahAxis(Language language) {
    return rupiahAxis(language, defaultRupiahStyle(language));
}

AxisFormatter rupiahAxis(Language language, RupiahAxisStyle style) {
    return [language, style](double value, double step) {
        return rupiahTickLabel(value, step, language, style);
    };
}

AxisFormatter countAxis(Language language) {
    return [language](double value, double step) { return countTickLabel(value, step, language); };
}

AxisFormatter shareAxis(Language language) {
    return [language](double value, double step) { return shareTickLabel(value, step, language); };
}

} // namespace nk::gui::chart
