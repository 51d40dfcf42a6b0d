#include "model/frontier_chart.hpp"

#include "model/ui_text.hpp"

namespace nk::gui {

chart::ChartModel frontierChart(const std::vector<decision::FrontierPoint>& plans,
                                std::optional<std::pair<double, double>> current,
                                Language language) {
    chart::ChartModel m;
    m.kind = chart::ChartKind::Scatter;
    m.language = language;
    m.xFormat = chart::rupiahAxis(language);
    // Short: the indicator is the one chosen above the chart.
    m.title = tr(language, "Frontier: hasil terhadap biaya terdiskonto",
                 "Frontier: outcome against discounted cost");
    chart::Series all, efficient, now;
    all.id = "plans";
    all.label = tr(language, "rencana", "plans");
    all.color = chart::rgba(150, 150, 150);
    all.marker = 2.5;
    efficient.id = "efficient";
    efficient.label = tr(language, "efisien (frontier)", "efficient (frontier)");
    efficient.color = chart::paletteColor(1);
    efficient.joined = true;
    efficient.marker = 3.5;
    now.id = "current";
    now.label = tr(language, "dokumen sekarang", "current document");
    now.color = chart::paletteColor(2);
    now.marker = 6.0;
    for (const decision::FrontierPoint& p : plans) {
        all.x.push_back(p.cost);
        all.values.push_back(p.outcome);
        if (!p.efficient) continue;
        efficient.x.push_back(p.cost);
        efficient.values.push_back(p.outcome);
    }
    if (current) {
        now.x.push_back(current->first);
        now.values.push_back(current->second);
    }
    m.series = {std::move(all), std::move(efficient), std::move(now)};
    return m;
}

} // namespace nk::gui
