#include "naikkelas/results/sales_ladder.hpp"

#include "naikkelas/results/series_names.hpp"

namespace nk {

std::vector<LadderBand> salesLadder(const CompiledScenario& s) {
    const ClassScheme scheme = classScheme(s.spec.size_classes);
    const auto classBound = [&](std::size_t c) {
        return c < scheme.upperBounds.size() ? scheme.upperBounds[c] : 0.0;
    };
    std::vector<LadderBand> ladder;
    const std::vector<Rupiah>& microBounds = s.spec.size_classes.micro_bands;
    for (std::size_t b = 0; b < s.microBands.size(); ++b) {
        const BinBand& band = s.microBands[b];
        ladder.push_back(
            {band.name, names::microBandSeries(band.name), s.sizeClasses[0].name,
             b == 0 ? 0.0 : static_cast<double>(microBounds[b - 1]),
             b < microBounds.size() ? static_cast<double>(microBounds[b]) : classBound(0),
             band.first, band.last});
    }
    for (std::size_t c = ladder.empty() ? 0 : 1; c < s.sizeClasses.size(); ++c) {
        const BinBand& band = s.sizeClasses[c];
        ladder.push_back({band.name, names::sizeClassSeries(band.name), band.name,
                          c == 0 ? 0.0 : classBound(c - 1), classBound(c), band.first, band.last});
    }
    return ladder;
}

std::vector<std::uint8_t> ladderOfStates(const CompiledScenario& s) {
    const int bins = s.grid.bins();
    std::vector<std::uint8_t> states(static_cast<std::size_t>(bins) + 2, 0);
    const std::vector<LadderBand> ladder = salesLadder(s);
    for (std::size_t b = 0; b < ladder.size(); ++b)
        for (int k = ladder[b].first; k <= ladder[b].last; ++k)
            states[1 + k] = static_cast<std::uint8_t>(b);
    return states;
}

} // namespace nk
