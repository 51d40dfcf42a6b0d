#include "sampled_step.hpp"

#include <cmath>

namespace nk::engine {

SampledStep::SampledStep(const CompiledScenario& s, const Modifiers& m)
    : m_modifiers(m), m_closureBase(s.closureBase.data()), m_exitMult(m.exit_mult),
      m_bins(s.grid.bins()), m_closed(closedState(s.grid.bins())) {
    const CoreParameters& p = s.spec.parameters;
    const double delta = s.grid.delta();
    m_startThreshold = static_cast<std::uint64_t>(
        std::clamp(p.start_prob_monthly * m.start_mult, 0.0, 1.0) * 4294967296.0);
    // Move: the survivor of bin k lands in bin k + d when
    // l_{k+d} <= x_k + mu + sigma·Z < l_{k+d+1}, i.e. d = floor(1/2 + (mu + sigma·Z)/Delta).
    const double mu = p.drift_monthly + m.drift_add;
    const double sigma = p.volatility_monthly * m.sigma_mult;
    m_moveA = 0.5 + mu / delta;
    m_moveB = sigma > 0.0 ? sigma / delta : 0.0;
    // Starter: bin k when l_k <= ln m + s·Z < l_{k+1}, with l_k = l_0 + k·Delta.
    const double logMedian = std::log(p.start_revenue_median) + m.start_shift;
    m_startA = (logMedian - s.grid.edge(0)) / delta;
    m_startB = p.start_revenue_log_sd > 0.0 ? p.start_revenue_log_sd / delta : 0.0;
    const double capacity = std::max(p.home_capacity + m.capacity_add, s.spec.grid.r_min);
    m_capacityBin = s.grid.binOfLog(std::log(capacity));
}

} // namespace nk::engine
