#include "chart/legend.hpp"

namespace nk::gui::chart {

bool LegendState::isVisible(std::string_view id) const {
    return m_hidden.find(id) == m_hidden.end();
}

void LegendState::setVisible(std::string_view id, bool visible) {
    if (visible) {
        if (const auto it = m_hidden.find(id); it != m_hidden.end()) m_hidden.erase(it);
    } else {
        m_hidden.emplace(id);
    }
}

void LegendState::toggle(std::string_view id) {
    setVisible(id, !isVisible(id));
}

LegendLayout layoutLegend(const std::vector<double>& textWidths, const Rect& area,
                          const LegendMetrics& metrics) {
    LegendLayout layout;
    if (textWidths.empty()) return layout;
    double x = area.x0;
    double y = area.y0;
    for (const double textWidth : textWidths) {
        const double width = metrics.swatch + metrics.swatchGap + textWidth;
        if (x > area.x0 && x + width > area.x1) {
            x = area.x0;
            y += metrics.rowHeight + metrics.rowGap;
        }
        layout.items.push_back(Rect{x, y, x + width, y + metrics.rowHeight});
        x += width + metrics.itemGap;
    }
    layout.height = y + metrics.rowHeight - area.y0;
    return layout;
}

std::optional<std::size_t> legendEntryAt(const LegendLayout& layout, Point p) {
    for (std::size_t i = 0; i < layout.items.size(); ++i)
        if (layout.items[i].contains(p)) return i;
    return std::nullopt;
}

} // namespace nk::gui::chart
