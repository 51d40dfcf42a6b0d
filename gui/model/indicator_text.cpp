#include "model/indicator_text.hpp"

#include <cmath>

namespace nk::gui {

Preference indicatorPreference(const std::string& key) {
    if (key.starts_with("additional_") || key.starts_with("benefit"))
        return Preference::MoreIsBetter;
    if (key.starts_with("cost") || key == "total_cost") return Preference::LessIsBetter;
    return Preference::Neutral;
}

int indicatorDecimals(const std::string& unit) {
    if (unit == "rupiah") return 0;
    return unit == "ratio" ? 2 : 1;
}

double shownValue(double value, const std::string& unit) {
    const double scale = std::pow(10.0, indicatorDecimals(unit));
    return std::round(value * scale) / scale + 0.0; // + 0.0 turns -0 into 0
}

Verdict judgeDifference(const std::string& key, const std::string& unit, double difference) {
    difference = shownValue(difference, unit);
    if (!std::isfinite(difference) || difference == 0.0) return Verdict::Unjudged;
    switch (indicatorPreference(key)) {
    case Preference::MoreIsBetter:
        return difference > 0.0 ? Verdict::Better : Verdict::Worse;
    case Preference::LessIsBetter:
        return difference < 0.0 ? Verdict::Better : Verdict::Worse;
    case Preference::Neutral:
        break;
    }
    return Verdict::Unjudged;
}

std::string indicatorText(double value, const std::string& unit, Language language) {
    if (!std::isfinite(value)) return std::string(kNotANumber);
    if (unit == "rupiah") return formatRupiahWords(value, language);
    return formatNumber(value, indicatorDecimals(unit), language);
}

std::string differenceText(double difference, const std::string& unit, Language language) {
    const double shown = shownValue(difference, unit);
    const std::string text = indicatorText(shown, unit, language);
    return shown > 0.0 ? "+" + text : text;
}

} // namespace nk::gui
