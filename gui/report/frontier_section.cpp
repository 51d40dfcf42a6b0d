#include "report/frontier_section.hpp"

#include "chart/axis_format.hpp"
#include "model/decide_analysis.hpp"
#include "model/frontier_chart.hpp"
#include "model/indicator_text.hpp"
#include "model/ui_text.hpp"

#include "naikkelas/decision/evaluator.hpp"
#include "naikkelas/units/rupiah.hpp"
#include "naikkelas/units/strings.hpp"

namespace nk::gui::report {

namespace {

using Align = TextTable::Align;

// The table lists the efficient plans while they fit on about half a page, else those on
// the upper hull.
constexpr std::size_t kMaxTableRows = 24;

// The scenario as written, where the frontier puts it: its discounted cost and outcome
// (the expected projection when it was run).
std::optional<std::pair<double, double>> scenarioPlan(const ReportRun& run,
                                                      const std::string& outcome) {
    const ResultSet& r = run.results.front();
    const Indicator* cost = r.indicator(decision::kCostIndicator);
    const Indicator* achieved = r.indicator(outcome);
    if (!cost || !achieved) return std::nullopt;
    return std::pair{cost->mean, achieved->mean};
}

std::string outcomeUnit(const ReportRun& run, const std::string& outcome) {
    const Indicator* i = run.results.front().indicator(outcome);
    return i ? i->unit : "enterprises";
}

chart::ChartModel chartModel(const ExperimentResults& e, const ReportInput& in) {
    const Language l = in.language;
    std::vector<decision::FrontierPoint> plans;
    for (const FrontierPlan& p : e.frontier) plans.push_back(p.plan);
    chart::ChartModel m = frontierChart(plans, scenarioPlan(in.main, e.outcome), l);
    m.title = translate(e.outcome, l) +
              tr(l, " terhadap biaya terdiskonto", " against the discounted cost");
    m.series[2].label = tr(l, "skenario ini", "this scenario");
    if (outcomeUnit(in.main, e.outcome) == "rupiah") m.valueFormat = chart::rupiahAxis(l);
    return m;
}

TextTable planTable(const std::vector<const FrontierPlan*>& rows, const ExperimentResults& e,
                    const ReportInput& in) {
    const Language l = in.language;
    const std::string unit = outcomeUnit(in.main, e.outcome);
    const std::size_t factors = rows.front()->factors.size();
    TextTable t;
    t.widths = {0.06, 0.15, 0.11};
    t.aligns = {Align::Right, Align::Right, Align::Right};
    t.header = {tr(l, "titik", "point"), translate(decision::kCostIndicator, l),
                translate(e.outcome, l)};
    for (const auto& [path, value] : rows.front()->factors) {
        t.widths.push_back(0.68 / double(factors));
        t.aligns.push_back(Align::Right);
        t.header.push_back(factorLabel(in.main.scenario->spec, path, l));
    }
    for (const FrontierPlan* p : rows) {
        std::vector<std::string> row = {std::to_string(p->plan.point),
                                        indicatorText(p->plan.cost, "rupiah", l),
                                        indicatorText(p->plan.outcome, unit, l)};
        for (const auto& [path, value] : p->factors) row.push_back(formatSignificant(value, l));
        t.rows.push_back(std::move(row));
    }
    return t;
}

} // namespace

void frontierSection(PageWriter& w, const ReportInput& in) {
    const Language l = in.language;
    const ExperimentResults& e = *in.experiment;
    w.subheading(tr(l, "Batas anggaran (frontier)", "Budget frontier"));
    if (e.frontier.empty()) {
        w.paragraph(tr(l,
                       "points.csv tidak memuat cost_discounted dan additional_active; tambahkan "
                       "keduanya ke indikator eksperimen untuk melihat frontier.",
                       "points.csv lacks cost_discounted and additional_active; add both to the "
                       "experiment's indicators to see the frontier."),
                    FontStyle::Italic, 8.0);
        return;
    }
    w.chart(chartModel(e, in), 260.0);
    std::vector<const FrontierPlan*> efficient, hull;
    for (const FrontierPlan& p : e.frontier) {
        if (p.plan.efficient) efficient.push_back(&p);
        if (p.plan.hull) hull.push_back(&p);
    }
    const bool all = efficient.size() <= kMaxTableRows;
    const std::vector<const FrontierPlan*>& rows = all ? efficient : hull;
    if (rows.empty() || rows.size() > kMaxTableRows) return;
    w.paragraph(all ? tr(l,
                         "Rencana yang tidak dikalahkan rencana lain dalam biaya dan hasil, dari "
                         "yang termurah:",
                         "The plans no other plan beats on both cost and outcome, cheapest first:")
                    : std::to_string(efficient.size()) +
                          tr(l,
                             " rencana efisien; yang di tepi atas frontier (tiap langkah "
                             "membeli hasil terbanyak per rupiah), dari yang termurah:",
                             " plans are efficient; those on the frontier's upper edge (each "
                             "step buys the most outcome per rupiah), cheapest first:"),
                FontStyle::Regular, 8.5);
    w.table(planTable(rows, e, in), 7.0);
}

} // namespace nk::gui::report
