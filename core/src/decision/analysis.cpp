#include "naikkelas/decision/analysis.hpp"

#include "naikkelas/decision/evaluator.hpp"

namespace nk::decision {

ExplorationAnalysis analyzeExploration(const Experiment& e, const DesignPlan& plan,
                                       const std::vector<std::string>& indicators,
                                       std::size_t stride,
                                       const std::vector<std::vector<double>>& outputs) {
    ExplorationAnalysis out;
    out.sensitivity = analyzeDesign(e, plan, indicators, stride, outputs);
    if (plan.kind == DesignKind::Frontier)
        out.frontier =
            budgetFrontier(indicators, stride, e.design.outcome, kCostIndicator, outputs);
    if (plan.kind == DesignKind::Uncertainty)
        out.uncertainty = analyzeUncertainty(e, plan, indicators, outputs);
    return out;
}

} // namespace nk::decision
