// The tables of a frontier and of an uncertainty design (point_table.hpp).
#include "naikkelas/decision/evaluator.hpp"
#include "naikkelas/decision/point_table.hpp"

namespace nk::decision {

namespace {

// A CSV field: quoted when it holds a comma, a quote or a line break.
std::string csvField(const std::string& text) {
    if (text.find_first_of(",\"\n\r") == std::string::npos) return text;
    std::string out = "\"";
    for (char c : text) out += c == '"' ? std::string("\"\"") : std::string(1, c);
    return out + "\"";
}

} // namespace

std::string frontierTable(const Experiment& e, const std::vector<std::vector<double>>& values,
                          const std::vector<FrontierPoint>& frontier) {
    std::string out = "point";
    for (const auto& column : pointColumns(e)) out += "," + column;
    out += std::string(",") + kCostIndicator + "," + e.design.outcome + ",efficient,hull\n";
    for (const FrontierPoint& f : frontier) {
        out += std::to_string(f.point);
        for (double v : values.at(f.point)) out += "," + formatExact(v);
        out += "," + formatExact(f.cost) + "," + formatExact(f.outcome) + "," +
               (f.efficient ? "1" : "0") + "," + (f.hull ? "1" : "0") + "\n";
    }
    return out;
}

std::string uncertaintyTable(const UncertaintyReport& report,
                             const std::vector<std::string>& indicators) {
    std::string out = "plan,name,indicator,measure,value\n";
    for (std::size_t p = 0; p < report.plans.size(); ++p) {
        const PlanUncertainty& u = report.plans[p];
        const std::string lead = std::to_string(p) + "," + csvField(u.name) + ",";
        for (std::size_t i = 0; i < indicators.size(); ++i) {
            const std::pair<const char*, double> measures[] = {
                {"mean", u.mean[i]}, {"q05", u.q05[i]}, {"q50", u.q50[i]}, {"q95", u.q95[i]}};
            for (const auto& [measure, value] : measures)
                out += lead + indicators[i] + "," + measure + "," + formatExact(value) + "\n";
        }
        const std::pair<const char*, double> paired[] = {
            {"difference_mean", u.differenceMean},
            {"difference_q05", u.differenceQ05},
            {"difference_q95", u.differenceQ95},
            {"probability_better", u.probabilityBetter}};
        for (const auto& [measure, value] : paired)
            out += lead + report.outcome + "," + measure + "," + formatExact(value) + "\n";
    }
    return out;
}

std::string acceptabilityTable(const UncertaintyReport& report) {
    std::string out = "threshold,plan,name,probability\n";
    for (const AcceptabilityPoint& a : report.acceptability)
        for (std::size_t p = 0; p < report.plans.size(); ++p)
            out += formatExact(a.threshold) + "," + std::to_string(p) + "," +
                   csvField(report.plans[p].name) + "," + formatExact(a.probability[p]) + "\n";
    return out;
}

} // namespace nk::decision
