#include "naikkelas/results/plain_reading.hpp"

#include <cmath>

namespace nk {

namespace {

// "about 4.3", "about 12": a count read aloud needs no more than one decimal.
std::string count(double value, Language language) {
    return formatNumber(value, std::fabs(value) >= 10.0 ? 0 : 1, language);
}

// " (90%: 0 to 9)" from the first and last quantile levels, or nothing in expected mode.
std::string band(const ResultSet& r, const Indicator& indicator, Language language) {
    const std::size_t n = std::min(indicator.quantiles.size(), r.quantileLevels.size());
    if (n < 2) return {};
    const double width = (r.quantileLevels[n - 1] - r.quantileLevels[0]) * 100.0;
    const bool whole = std::fabs(width - std::round(width)) < 1e-9;
    const bool id = language == Language::Indonesian;
    return " (" + formatNumber(width, whole ? 0 : 1, language) +
           "%: " + count(indicator.quantiles.front(), language) + (id ? " sampai " : " to ") +
           count(indicator.quantiles[n - 1], language) + ")";
}

std::string activeClause(const ResultSet& r, const Indicator& active, int months,
                         Language language) {
    const bool id = language == Language::Indonesian;
    const std::string in = (id ? "Dalam " : "In ") + std::to_string(months) +
                           (id ? " bulan program " : " months the program ");
    const std::string amount = count(std::fabs(active.mean), language);
    if (active.mean < 0.0)
        return in +
               (id ? "mengurangi sekitar " + amount + " usaha aktif"
                   : "leaves about " + amount + " fewer active enterprises") +
               band(r, active, language);
    return in +
           (id ? "menambah sekitar " + amount + " usaha aktif"
               : "adds about " + amount + " active enterprises") +
           band(r, active, language);
}

std::string movedUpClause(const ResultSet& r, const Indicator& movedUp, Language language) {
    const bool id = language == Language::Indonesian;
    const std::string amount = count(movedUp.mean, language);
    return (id ? " dan menaikkan sekitar " + amount + " peserta minimal satu tingkat omzet"
               : " and lifts about " + amount + " participants at least one sales band") +
           band(r, movedUp, language);
}

// "; none is expected to pass Rp 2 billion a year in sales (kecil)".
std::string kecilClause(const CompiledScenario& s, const Indicator& kecil, Language language) {
    const ClassScheme scheme = classScheme(s.spec.size_classes);
    if (scheme.upperBounds.empty() || s.sizeClasses.size() < 2) return {};
    const bool id = language == Language::Indonesian;
    const std::string threshold = formatRupiahWords(scheme.upperBounds.front(), language);
    const std::string className = " (" + s.sizeClasses[1].name + ")";
    if (!(kecil.mean >= kNoneExpected))
        return (id ? "; tidak ada yang diperkirakan melewati omzet " + threshold + "/tahun"
                   : "; none is expected to pass " + threshold + " a year in sales") +
               className;
    const std::string amount = count(kecil.mean, language);
    return (id ? "; sekitar " + amount + " usaha diperkirakan melewati omzet " + threshold +
                     "/tahun"
               : "; about " + amount + " are expected to pass " + threshold + " a year in sales") +
           className;
}

} // namespace

std::string plainReading(const CompiledScenario& scenario, const ResultSet& results,
                         Language language) {
    const Indicator* active = results.indicator("additional_active");
    const Indicator* movedUp = results.indicator("additional_moved_up");
    const Indicator* kecil = results.indicator("additional_kecil_or_above");
    if (!active || !movedUp || !kecil || results.months < 1) return {};
    return activeClause(results, *active, results.months - 1, language) +
           movedUpClause(results, *movedUp, language) + kecilClause(scenario, *kecil, language) +
           ".";
}

} // namespace nk
