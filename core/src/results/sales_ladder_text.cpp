#include "naikkelas/results/sales_ladder.hpp"

#include "naikkelas/units/strings.hpp"

namespace nk {

namespace {

// "Rp 60–300 juta", or both scales where they differ: "Rp 300 juta–2 miliar".
std::string salesRange(double lower, double upper, Language language) {
    const RupiahScale* low = rupiahWordScale(lower);
    const RupiahScale* high = rupiahWordScale(upper);
    const std::string upperWords = formatRupiahWords(upper, language);
    if (low && low == high)
        return "Rp " + formatSignificant(lower / low->factor, language) + "\u2013" +
               upperWords.substr(3); // without its "Rp "
    return formatRupiahWords(lower, language) + "\u2013" + upperWords.substr(3);
}

} // namespace

std::string ladderBandLabel(const LadderBand& band, Language language) {
    const std::string perYear = std::string(language == Language::English ? "/yr" : "/thn");
    std::string label = translate(band.className, language) + " ";
    if (band.lowerSales <= 0.0 && band.upperSales > 0.0)
        return label + "\u2264 " + formatRupiahWords(band.upperSales, language) + perYear;
    if (band.upperSales <= 0.0)
        return label + "> " + formatRupiahWords(band.lowerSales, language) + perYear;
    return label + salesRange(band.lowerSales, band.upperSales, language) + perYear;
}

} // namespace nk
