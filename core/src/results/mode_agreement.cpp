#include "naikkelas/results/mode_agreement.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

namespace nk {

std::vector<ModeAgreement> compareModes(const ResultSet& expected, const ResultSet& monteCarlo) {
    std::vector<ModeAgreement> out;
    for (const Indicator& mc : monteCarlo.indicators) {
        const Indicator* e = expected.indicator(mc.key);
        if (!e) continue;
        ModeAgreement a{
            mc.key, e->mean, mc.mean, mc.standardError, std::numeric_limits<double>::quiet_NaN(),
            false};
        const double difference = e->mean - mc.mean;
        // Rounding (a planned cost summed over replications) is no gap; with no spread
        // at all (no replication saw a rare event) the gap is undefined, not flagged.
        if (std::fabs(difference) <= 1e-9 * std::max(1.0, std::fabs(mc.mean)))
            a.gap = 0.0;
        else if (a.standardError > 0.0)
            a.gap = difference / a.standardError;
        a.flagged = std::fabs(a.gap) > kModeGapLimit;
        out.push_back(a);
    }
    return out;
}

ModePair findModePair(std::span<const ResultSet> results) {
    ModePair pair;
    for (const ResultSet& r : results) {
        if (r.mode == RunMode::Expected && !pair.expected) pair.expected = &r;
        if (r.mode == RunMode::MonteCarlo && !pair.monteCarlo) pair.monteCarlo = &r;
    }
    if (!pair.expected || !pair.monteCarlo) return {};
    return pair;
}

} // namespace nk
