// Follow-up surveys drawn by Monte Carlo from a scenario's model, for calibration tests:
// each row surveys every participant of its cohort, draws whether each runs a business
// and, for those running, monthly sales from the model's distribution at that month
// (calibration/likelihood.hpp), then reports the counts and the sample quartiles as
// docs/calibration.md defines them. Rows are independent surveys. Free of doctest.
#pragma once

#include "naikkelas/calibration/followup_data.hpp"
#include "naikkelas/calibration/likelihood.hpp"
#include "naikkelas/engine/engine.hpp"
#include "naikkelas/engine/random_stream.hpp"

#include <algorithm>
#include <cmath>
#include <stdexcept>
#include <string>
#include <vector>

namespace nk::test {

inline double uniformDraw(const RandomStream& stream, std::uint64_t participant,
                          std::uint64_t draw) {
    return double(stream.bits(participant, draw) >> 11) * 0x1.0p-53;
}

// One row per cohort and month in `months`; sales quartiles and at_umk when asked.
inline std::vector<calibration::FollowupRow> simulateFollowup(const Scenario& truth,
                                                              const std::vector<int>& months,
                                                              std::uint64_t seed, bool sales,
                                                              bool atUmk) {
    const CompileResult compiled = compileScenario(truth);
    if (!compiled.compiled) throw std::runtime_error("the true scenario does not compile");
    RunOptions options = defaultRunOptions(*compiled.compiled);
    options.mode = RunMode::Expected;
    options.threads = 1;
    StateHistory states;
    options.states = &states;
    if (!runScenario(*compiled.compiled, options).ok) throw std::runtime_error("run failed");
    const RevenueGrid& grid = compiled.compiled->grid;
    std::vector<calibration::FollowupRow> rows;
    for (const Cohort& cohort : truth.cohorts)
        for (int month : months) {
            calibration::FollowupRow row;
            row.line = int(rows.size()) + 2;
            row.cohort = cohort.id;
            row.month = month;
            row.surveyed = cohort.participants;
            const auto model = calibration::predictRow(*compiled.compiled, states, row);
            const RandomStream stream(seed, rows.size());
            std::vector<double> drawn;
            int umk = 0;
            for (int i = 0; i < row.surveyed; ++i) {
                if (uniformDraw(stream, std::uint64_t(i), 0) >= model.running) continue;
                drawn.push_back(
                    calibration::salesQuantile(grid, model.sales, uniformDraw(stream, i, 1)));
                // Among those running, earning at least the UMK with the model's share.
                if (uniformDraw(stream, i, 2) < model.atUmk / model.running) ++umk;
            }
            row.running = int(drawn.size());
            std::sort(drawn.begin(), drawn.end());
            const int n = row.running;
            const auto quartile = [&](double level) {
                return drawn[std::size_t(std::clamp(int(std::floor(level * (n + 1))), 1, n) - 1)];
            };
            if (sales && n >= 3) {
                row.salesQ25 = quartile(0.25);
                row.salesMedian = quartile(0.5);
                row.salesQ75 = quartile(0.75);
            }
            if (atUmk) row.atUmk = umk;
            rows.push_back(row);
        }
    return rows;
}

} // namespace nk::test
