// The factors the Decide tab varies (no ImGui): which keys, over which ranges. The list
// is the `factors` of an experiment (docs/experiment-format.md) and is saved with the
// document as `<scenario>.experiment.yaml` beside the scenario file, so that
// `naikkelas explore` runs the same experiment. Adding a field ("Vary in analysis")
// takes ±25 % of its value, clipped to the key's valid range.
#pragma once

#include "naikkelas/decision/experiment.hpp"
#include "naikkelas/scenario/scenario.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace nk::gui {

class AnalysisFactors {
public:
    const std::vector<decision::Factor>& factors() const { return m_factors; }
    bool empty() const { return m_factors.empty(); }
    bool contains(const std::string& path) const;
    // Changes on every change of the list, so that views recompute only then.
    std::uint64_t revision() const { return m_revision; }

    // Adds `factor` unless its key is varied already; false then.
    bool add(decision::Factor factor);
    void remove(std::size_t index);
    // Sets factor `index`'s range, kept ordered (low < high) and within `valid`.
    void setRange(std::size_t index, double low, double high);
    void replace(std::vector<decision::Factor> factors);
    void clear() { replace({}); }

private:
    std::vector<decision::Factor> m_factors;
    std::uint64_t m_revision = 0;
};

// The factor "Vary in analysis" adds for a numeric key of the scenario: the value
// ±25 % (whole numbers for a whole-number key, at least one step apart), clipped to the
// key's valid range; a value of 0 takes the valid range where it is bounded, else ±1.
// Nothing when the key holds no number (text, a plugin's parameter).
std::optional<decision::Factor> defaultFactor(const Scenario& scenario, const std::string& keyPath);

// The plan's own levers among the factors (cohorts, programs, clusters: who is trained,
// for how long, where the equipment goes): what the budget frontier and the optimiser
// choose. The rest are assumptions (parameters, plugins), for the tornado and sensitivity.
bool isPlanLever(const decision::Factor& factor);

// Factors a new user can start from: the core parameters that carry most projections,
// and the plan's levers (participants per cohort, mentoring months, shared units).
std::vector<decision::Factor> suggestedFactors(const Scenario& scenario);

// `<scenario>.experiment.yaml` beside the scenario file; empty for an untitled document.
std::string experimentPathFor(const std::string& scenarioPath);

// The experiment file: the scenario by its file name, expected mode, a one-at-a-time
// design (the tornado) over the factors.
std::string experimentYaml(const std::vector<decision::Factor>& factors,
                           const std::string& scenarioPath);

// The factors of the experiment file beside `scenarioPath`; none when there is none or it
// does not read (the document opens anyway; `problem` says why).
std::vector<decision::Factor> loadFactorsBeside(const std::string& scenarioPath,
                                                std::string& problem);

} // namespace nk::gui
