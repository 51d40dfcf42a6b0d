// Small scenarios and plugin pipelines built in code for engine tests.
#pragma once

#include "naikkelas/engine/engine.hpp"
#include "naikkelas/scenario/compiled_scenario.hpp"

#include <doctest/doctest.h>

#include <memory>

namespace nk::test {

// One program, one cohort of `participants` entering at month 0, no costs beyond
// training; horizon 24 months.
inline Scenario smallScenario(int participants = 100) {
    Scenario s;
    s.scenario.id = "test";
    s.scenario.start = "2025-01";
    s.scenario.horizon_months = 24;
    s.programs.push_back({"training", "Training", "kue", 5, 1'000'000, 1.0, 0, 0, ""});
    Cohort c;
    c.id = "c1";
    c.participants = participants;
    c.program = "training";
    c.business_share = 0.2;
    s.cohorts.push_back(c);
    return s;
}

// Adds a copy of the first cohort, id "late", entering at `month`.
inline Cohort& addLateCohort(Scenario& s, int month) {
    Cohort late = s.cohorts.front();
    late.id = "late";
    late.entry_month = month;
    return s.cohorts.emplace_back(late);
}

inline std::shared_ptr<const CompiledScenario> compileOrFail(const Scenario& s) {
    CompileResult r = compileScenario(s);
    for (const auto& d : r.diagnostics.items()) MESSAGE(formatDiagnostic(d));
    REQUIRE(r.compiled);
    return r.compiled;
}

// Gives fixed modifiers per arm, the same for every group and month.
class ConstantPipeline : public ModifierPipeline {
public:
    ConstantPipeline(Modifiers program, Modifiers baseline)
        : m_program(program), m_baseline(baseline) {}
    bool observe(Arm, int, std::span<const GroupState>, std::span<double>, std::string&) override {
        return true;
    }
    bool modifiers(Arm arm, int, int, Modifiers& out, std::string&) override {
        out = arm == Arm::Program ? m_program : m_baseline;
        return true;
    }

private:
    Modifiers m_program, m_baseline;
};

inline PipelineFactory constantPipelines(Modifiers program, Modifiers baseline = {}) {
    return [=](int) { return std::make_unique<ConstantPipeline>(program, baseline); };
}

inline RunOutcome runOrFail(const CompiledScenario& s, const RunOptions& options) {
    RunOutcome outcome = runScenario(s, options);
    INFO(outcome.error);
    REQUIRE(outcome.ok);
    return outcome;
}

inline const std::vector<double>& meanOf(const ResultSet& r, Arm arm, const std::string& name,
                                         const std::string& scope = "total") {
    const SeriesBand* band = r.find(arm, scope, name);
    INFO(scope << " " << name);
    REQUIRE(band != nullptr);
    return band->mean;
}

} // namespace nk::test
