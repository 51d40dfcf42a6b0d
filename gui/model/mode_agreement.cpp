#include "model/mode_agreement.hpp"

#include <cmath>

namespace nk::gui {

namespace {

// The standard normal quantile of `p` in (0, 1), by bisection on erfc: the few calls per
// result snapshot make speed irrelevant, and it needs no table.
double normalQuantile(double p) {
    double low = -10.0, high = 10.0;
    for (int i = 0; i < 100; ++i) {
        const double mid = 0.5 * (low + high);
        (0.5 * std::erfc(-mid / std::sqrt(2.0)) < p ? low : high) = mid;
    }
    return 0.5 * (low + high);
}

} // namespace

std::optional<double> monteCarloStandardError(const ResultSet& monteCarlo,
                                              const Indicator& indicator) {
    // ResultSet carries no standard error, so it is approximated from the band: the
    // outermost quantiles, read as those of a normal distribution, give the spread of
    // the replications (for 5 % and 95 %: sd = (q95 - q05) / 3.29), and the standard
    // error of their mean is sd / sqrt(replications). An approximation: a skewed
    // indicator's band is not a normal one.
    const auto& levels = monteCarlo.quantileLevels;
    if (monteCarlo.replications < 2 || levels.size() < 2 ||
        indicator.quantiles.size() != levels.size())
        return std::nullopt;
    const double lowLevel = levels.front(), highLevel = levels.back();
    if (!(lowLevel > 0.0 && lowLevel < 0.5 && highLevel > 0.5 && highLevel < 1.0))
        return std::nullopt;
    const double width = indicator.quantiles.back() - indicator.quantiles.front();
    if (!std::isfinite(width) || width <= 0.0) return std::nullopt;
    const double sd = width / (normalQuantile(highLevel) - normalQuantile(lowLevel));
    return sd / std::sqrt(static_cast<double>(monteCarlo.replications));
}

std::optional<ModeAgreement> compareModes(const ResultSet& monteCarlo, const ResultSet& expected,
                                          const std::string& key) {
    const Indicator* mc = monteCarlo.indicator(key);
    const Indicator* ex = expected.indicator(key);
    if (!mc || !ex || !std::isfinite(mc->mean) || !std::isfinite(ex->mean)) return std::nullopt;
    const std::optional<double> se = monteCarloStandardError(monteCarlo, *mc);
    if (!se) return std::nullopt;
    ModeAgreement a{mc->mean, *se, ex->mean, false};
    a.disagrees = std::abs(ex->mean - mc->mean) > kAgreementStandardErrors * *se;
    return a;
}

} // namespace nk::gui
