// The tables an exploration saves, kept apart as EMA Workbench keeps them: points.csv
// (each point's factor values, then its outputs) and sensitivity.csv. Numbers are written
// in their shortest exact form, so a table read back gives the very doubles written: a
// resumed exploration analyses the same numbers an uninterrupted one would.
#pragma once

#include "naikkelas/decision/exploration.hpp"
#include "naikkelas/decision/frontier.hpp"
#include "naikkelas/decision/uncertainty.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace nk::decision {

std::string formatExact(double value); // shortest text that reads back as `value`

// "point,<point columns>,<output names>\n"
std::string pointsHeader(const Experiment& experiment, const std::vector<std::string>& outputNames);
std::string pointsRow(std::size_t point, const std::vector<double>& columns,
                      const std::vector<double>& outputs);

// The outputs of the complete rows at the start of a points table, checked against what
// the experiment would write: the same header, points in order from 0, the same factor
// values. `bytes` is the length of those rows, header included (a row cut short by an
// interruption is not counted). Nothing, with `error`, when the table belongs to another
// experiment.
struct PointsPrefix {
    std::vector<std::vector<double>> outputs;
    std::size_t bytes = 0;
};
std::optional<PointsPrefix> readPointsPrefix(std::string_view text, const std::string& header,
                                             const std::vector<std::vector<double>>& values,
                                             std::size_t outputCount, std::string& error);

// "design,factor,indicator,measure,value\n" and one line per row.
std::string sensitivityTable(DesignKind design, const std::vector<SensitivityRow>& rows);

// frontier.csv: "point,<point columns>,cost_discounted,<outcome>,efficient,hull",
// cheapest first; efficient and hull are 1 or 0.
std::string frontierTable(const Experiment& experiment,
                          const std::vector<std::vector<double>>& values,
                          const std::vector<FrontierPoint>& frontier);

// uncertainty.csv: "plan,name,indicator,measure,value": per plan and indicator mean, q05,
// q50, q95; on the outcome also difference_mean, difference_q05, difference_q95 (from
// the first plan) and probability_better.
std::string uncertaintyTable(const UncertaintyReport& report,
                             const std::vector<std::string>& indicators);

// acceptability.csv: "threshold,plan,name,probability".
std::string acceptabilityTable(const UncertaintyReport& report);

} // namespace nk::decision
