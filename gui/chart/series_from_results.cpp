#include "chart/series_from_results.hpp"

#include <algorithm>
#include <numeric>
#include <utility>

namespace nk::gui::chart {

Series seriesFromBand(const SeriesBand& band, const std::vector<double>& quantileLevels,
                      std::string id, std::string label, Color color) {
    Series series;
    series.id = std::move(id);
    series.label = std::move(label);
    series.color = color;
    series.values = band.mean;
    const std::size_t levels = band.quantiles.size();
    std::vector<std::size_t> order(levels);
    std::iota(order.begin(), order.end(), std::size_t{0});
    if (quantileLevels.size() == levels) {
        std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
            return quantileLevels[a] < quantileLevels[b];
        });
    }
    for (std::size_t i = 0; i < levels / 2; ++i) {
        series.bands.push_back(
            BandLayer{band.quantiles[order[i]], band.quantiles[order[levels - 1 - i]]});
    }
    return series;
}

} // namespace nk::gui::chart
