#include "model/paired_monte_carlo.hpp"

#include "model/prepare_run.hpp"

#include "naikkelas/engine/engine.hpp"

namespace nk::gui {

PairedMonteCarlo::~PairedMonteCarlo() {
    cancel();
    wait();
}

void PairedMonteCarlo::start(std::vector<std::shared_ptr<const Scenario>> scenarios,
                             std::uint64_t seed, int replications, std::uint64_t tag, int threads) {
    cancel();
    wait();
    m_cancel = false;
    m_progress = 0.0;
    m_tag = tag;
    m_running = true;
    m_worker = std::thread(
        [this, scenarios = std::move(scenarios), seed, replications, threads, tag]() mutable {
            run(std::move(scenarios), seed, replications, threads, tag);
        });
}

void PairedMonteCarlo::cancel() {
    m_cancel = true;
}

void PairedMonteCarlo::wait() {
    if (m_worker.joinable()) m_worker.join();
}

PairedRuns PairedMonteCarlo::finished() const {
    std::lock_guard lock(m_mutex);
    return m_finished;
}

void PairedMonteCarlo::run(std::vector<std::shared_ptr<const Scenario>> scenarios,
                           std::uint64_t seed, int replications, int threads, std::uint64_t tag) {
    PairedRuns out;
    out.tag = tag;
    const double count = static_cast<double>(scenarios.size());
    for (std::size_t i = 0; i < scenarios.size() && out.error.empty(); ++i) {
        PreparedRun prepared = prepareRun(*scenarios[i], nullptr, {}, m_registry);
        if (!prepared.runnable()) {
            out.error = scenarios[i]->scenario.id + ": does not run";
            for (const Diagnostic& d : prepared.diagnostics.items())
                if (d.severity == Severity::Error) {
                    out.error = formatDiagnostic(d);
                    break;
                }
            break;
        }
        RunOptions options = defaultRunOptions(*prepared.compiled);
        options.mode = RunMode::MonteCarlo;
        options.seed = seed; // common random numbers: one seed and count for all
        options.replications = replications;
        options.threads = threads;
        options.bands = BandScope::Total;
        options.scenarioDigest = false;
        options.cancel = &m_cancel;
        options.progress = [&, i](double done) {
            m_progress = (static_cast<double>(i) + done) / count;
        };
        prepared.binding->apply(options);
        RunOutcome outcome = runScenario(*prepared.compiled, options);
        if (!outcome.ok)
            out.error = outcome.cancelled ? "cancelled" : outcome.error;
        else
            out.results.push_back(std::make_shared<const ResultSet>(std::move(outcome.results)));
    }
    if (!out.error.empty()) out.results.clear();
    {
        std::lock_guard lock(m_mutex);
        m_finished = std::move(out);
    }
    m_progress = 1.0;
    m_running = false;
}

} // namespace nk::gui
