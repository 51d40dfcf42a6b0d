// The Decide tab's analyses of the document (no ImGui), each a design of the decision
// library run on the document's scenario with the factor list (analysis_factors.hpp):
// planDesign, evaluatePoints (parallel, cancellable), analyzeExploration. Never a second
// copy of the library: only the experiment it is given and the charts it is read into.
#pragma once

#include "chart/chart_model.hpp"
#include "model/analysis_factors.hpp"

#include "naikkelas/decision/analysis.hpp"
#include "naikkelas/decision/experiment.hpp"
#include "naikkelas/registry/plugin_registry.hpp"
#include "naikkelas/scenario/scenario.hpp"

#include <atomic>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace nk::gui {

// An experiment over `factors` in expected mode with every key indicator.
decision::Experiment analysisExperiment(std::vector<decision::Factor> factors,
                                        decision::DesignSpec design);

// One design run on one scenario, with what it was run for.
struct DesignRun {
    decision::Experiment experiment;
    std::vector<std::vector<double>> values; // per point, each factor's value
    std::vector<std::string> indicators;
    std::vector<std::string> units; // per indicator
    std::size_t stride = 1;
    std::vector<std::vector<double>> outputs; // per finished point
    decision::ExplorationAnalysis analysis;   // when every point finished
    bool cancelled = false;
    std::string error;
    double milliseconds = 0.0;
    std::uint64_t documentState = 0; // Document::state() of the scenario it ran on
    std::uint64_t factorsRevision = 0;

    bool complete() const { return !cancelled && error.empty() && outputs.size() == values.size(); }
    // Indicator `key`'s position among the indicators; none when the run lacks it.
    std::optional<std::size_t> indicatorIndex(const std::string& key) const;
};

// Runs the design (the OAT base at the scenario's own values). `progress` gets the share
// of points done; `cancel` stops it within one month of a run.
DesignRun runDesign(const Scenario& scenario, const PluginRegistry& registry,
                    decision::Experiment experiment, int threads,
                    const std::atomic<bool>* cancel = nullptr,
                    std::atomic<double>* progress = nullptr);

// The threads an analysis uses: every core.
int analysisThreads();

// One factor's bar of the tornado: the indicator at the factor's low and high end minus
// the base (the scenario as written).
struct TornadoBar {
    std::string factor; // its path
    double low = 0.0, high = 0.0;
    double swingLow = 0.0, swingHigh = 0.0;
};

// The OAT run's swings for `indicator`, widest first (the analysis's rows: no estimate of
// its own); empty when the run is not complete or lacks the indicator.
std::vector<TornadoBar> tornadoBars(const DesignRun& run, const std::string& indicator);
// The indicator at the base point (the scenario as written); NaN when unknown.
double tornadoBase(const DesignRun& run, const std::string& indicator);

// How a factor is named on a chart: the field's label and, for an entry of a list, its id
// ("Peserta (blimbing)").
std::string factorLabel(const Scenario& scenario, const std::string& path, Language language);

// The tornado: one row per factor, "at low" and "at high" bars from the base (0).
chart::ChartModel tornadoChart(const std::vector<TornadoBar>& bars, double base,
                               const std::string& indicator, const std::string& unit,
                               const Scenario& scenario, Language language);

// Sobol: per factor S1 and ST as bars with their 90 % bootstrap intervals as whiskers,
// widest ST first; Morris: mu* per factor. Empty model when the run has no measures.
chart::ChartModel sensitivityChart(const DesignRun& run, const std::string& indicator,
                                   const Scenario& scenario, Language language);

// The design point behind a frontier chart's point (series 0: every plan, 1: the
// efficient ones, in the chart's order).
std::optional<std::size_t> frontierPointAt(const DesignRun& run, std::size_t series,
                                           std::size_t index);

// The frontier design over the plan's levers: `levels` values each (designPointCount; the
// view refuses more than kMaxFrontierPoints); none when there are no levers.
std::optional<decision::Experiment> frontierExperiment(const std::vector<decision::Factor>& factors,
                                                       const std::string& outcome, int levels);
inline constexpr double kMaxFrontierPoints = 3000;
double designPointCount(const decision::Experiment& experiment);

} // namespace nk::gui
