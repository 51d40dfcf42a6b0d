// Small chart models for the gui suites: two or three series of each kind, with numbers
// simple enough to check by hand.
#pragma once

#include "chart/chart_model.hpp"

#include <string>
#include <vector>

namespace nk::gui::chart::test {

// A month series 0..H with a fan of two bands around it.
inline Series fannedSeries(std::string id, std::vector<double> values, double spread) {
    Series s;
    s.id = id;
    s.label = id;
    s.values = values;
    BandLayer outer, inner;
    for (const double v : values) {
        outer.lower.push_back(v - spread);
        outer.upper.push_back(v + spread);
        inner.lower.push_back(v - spread / 2);
        inner.upper.push_back(v + spread / 2);
    }
    s.bands = {outer, inner};
    return s;
}

// Two series over 13 months (program above baseline) or over 3 categories / rows.
inline ChartModel sampleModel(ChartKind kind) {
    ChartModel model;
    model.kind = kind;
    model.title = "Sample";
    if (isCategorical(kind)) {
        model.categories = {"2024", "2025", "2026"};
        model.series = {fannedSeries("training", {5, 7, 6}, 1),
                        fannedSeries("grants", {3, 2, 4}, 0.5)};
    } else {
        model.start = YearMonth{2024, 1};
        std::vector<double> program, baseline;
        for (int t = 0; t <= 12; ++t) {
            program.push_back(100 + 10 * t);
            baseline.push_back(100 + 5 * t);
        }
        model.series = {fannedSeries("program", program, 20),
                        fannedSeries("baseline", baseline, 10)};
    }
    model.series[0].color = paletteColor(0);
    model.series[1].color = paletteColor(1);
    return model;
}

} // namespace nk::gui::chart::test
