// Which series a run reports and how they follow from group states (MODEL.md 2.7).
// The total scope also carries the cost columns (from the run's cost lines) and the
// plugins' own series, which the pipeline writes month by month.
//
// Every state series is a function of additive per-group quantities ("base"): counts by
// state, size class and worker class, revenue, participants at UMK, jobs. Scopes
// (total, cohort:ID, cluster:ID, group:TAG) sum the base of their groups; ratios
// (income per participant, share at UMK) are taken after summing.
//
// A frame holds every reported value of one arm: frame[t * width() + column].
#pragma once

#include "naikkelas/results/cost_plan.hpp"
#include "naikkelas/scenario/compiled_scenario.hpp"

#include <string>
#include <vector>

namespace nk::engine {

class SeriesLayout {
public:
    SeriesLayout(const CompiledScenario& scenario, const CostPlan& costs,
                 const std::vector<std::string>& pluginSeries);

    struct Scope {
        std::string name;
        std::vector<int> groups;
        // The first earlier scope of the same groups (a cluster of one cohort, the only
        // target group and the total), or -1: its series are the same numbers, computed
        // once and copied.
        int sameAs = -1;
    };

    int baseSize() const { return m_baseSize; }
    int months() const { return m_months; } // H + 1
    int width() const { return static_cast<int>(m_columns.size()); }
    const std::vector<Scope>& scopes() const { return m_scopes; }
    // Column c reports series columnSeries(c) of scope columnScope(c).
    const std::string& columnScope(int c) const { return m_scopes[m_columns[c].scope].name; }
    const std::string& columnSeries(int c) const { return m_columns[c].series; }
    // The column holding the same numbers as c computed first: c itself, or the same
    // series of the scope c's scope repeats.
    int sourceColumn(int c) const;
    int column(const std::string& scope, const std::string& series) const; // -1 if none

    // base (baseSize) of group g from its state counts (B + 2), initially active count and
    // enterprises moved up (above their ladder band at entry, results/sales_ladder.hpp).
    // Only active bins firstBin..lastBin are read (the others must be empty).
    void groupBase(int g, const double* counts, double initialActive, double movedUp, double* base,
                   int firstBin = 0, int lastBin = -1) const;
    // Fills the state columns of month t in frame from per-group bases (groups x baseSize).
    void fillStates(const std::vector<double>& groupBases, int t, double* frame) const;
    // Fills the cost columns of every month with the cost lines of `arm`.
    void fillCosts(Arm arm, double* frame) const;
    // The plugin series of month t in a frame, pluginSeriesCount() values.
    double* pluginSeries(double* frame, int t) const {
        return frame + static_cast<std::size_t>(t) * width() + m_firstPluginSeries;
    }
    int pluginSeriesCount() const { return m_pluginSeriesCount; }

    // Columns of the total scope used by the key indicators.
    struct TotalColumns {
        int active, everStarted, atUmk, profit, cost, movedUp;
        std::vector<int> kecilOrAbove;
    };
    const TotalColumns& total() const { return m_total; }

private:
    struct Column {
        int scope;
        std::string series;
    };
    void tabulateCosts(const CostPlan& costs);

    const CompiledScenario& m_scenario;
    // Per bin: the base entries of the bands holding it (size class, micro band, worker
    // class), -1 where none; kBandFamilies entries per bin.
    static constexpr int kBandFamilies = 3;
    std::vector<int> m_bandsOfBin;
    int m_baseSize = 0;
    int m_months = 0;
    int m_seriesPerScope = 0;
    std::vector<Scope> m_scopes;
    std::vector<std::string> m_stateSeries;
    std::vector<std::string> m_costCategories;
    std::vector<Column> m_columns;
    TotalColumns m_total{};
    int m_firstPluginSeries = 0;
    int m_pluginSeriesCount = 0;
    std::vector<double> m_costColumns[2]; // per simulated arm, months x cost columns, computed once
};

} // namespace nk::engine
