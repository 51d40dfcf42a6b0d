#include "model/decide_session.hpp"

#include "naikkelas/decision/engine_candidates.hpp"

namespace nk::gui {

namespace {

constexpr int kFrontierLevels = 3;

std::vector<decision::Factor> planLevers(const AnalysisFactors& factors) {
    std::vector<decision::Factor> out;
    for (const decision::Factor& f : factors.factors())
        if (isPlanLever(f)) out.push_back(f);
    return out;
}

} // namespace

void DecideSession::tick(const AppState& app) {
    if (m_tornado.running()) return;
    const std::pair key{app.document().state(), app.factors().revision()};
    if (m_tornadoFor == key) return;
    m_tornadoFor = key;
    if (app.factors().empty()) return;
    decision::DesignSpec oat;
    oat.kind = decision::DesignKind::Oat;
    const Scenario scenario = app.document().scenario();
    const PluginRegistry& registry = app.registry();
    decision::Experiment e = analysisExperiment(app.factors().factors(), oat);
    m_tornado.start([=, &registry](const std::atomic<bool>& cancel, std::atomic<double>& progress) {
        DesignRun run = runDesign(scenario, registry, e, analysisThreads(), &cancel, &progress);
        run.documentState = key.first;
        run.factorsRevision = key.second;
        return run;
    });
}

bool DecideSession::tornadoCurrent(const AppState& app) const {
    const auto run = m_tornado.result();
    return run && run->documentState == app.document().state() &&
           run->factorsRevision == app.factors().revision();
}

void DecideSession::startSensitivity(const AppState& app) {
    decision::DesignSpec design;
    design.kind = sensitivityKind;
    design.samples = sobolSamples;
    const decision::Experiment e = analysisExperiment(app.factors().factors(), design);
    const Scenario scenario = app.document().scenario();
    const PluginRegistry& registry = app.registry();
    const auto key = std::pair{app.document().state(), app.factors().revision()};
    m_sensitivity.start(
        [=, &registry](const std::atomic<bool>& cancel, std::atomic<double>& progress) {
            DesignRun run = runDesign(scenario, registry, e, analysisThreads(), &cancel, &progress);
            run.documentState = key.first;
            run.factorsRevision = key.second;
            return run;
        });
}

bool DecideSession::startFrontier(const AppState& app, std::string& problem) {
    const auto e = frontierExperiment(app.factors().factors(), indicator, kFrontierLevels);
    if (!e) {
        problem = "no_levers";
        return false;
    }
    if (designPointCount(*e) > kMaxFrontierPoints) {
        problem = "too_many";
        return false;
    }
    const Scenario scenario = app.document().scenario();
    const PluginRegistry& registry = app.registry();
    const auto key = std::pair{app.document().state(), app.factors().revision()};
    m_frontier.start([=, &registry](const std::atomic<bool>& cancel,
                                    std::atomic<double>& progress) {
        DesignRun run = runDesign(scenario, registry, *e, analysisThreads(), &cancel, &progress);
        run.documentState = key.first;
        run.factorsRevision = key.second;
        return run;
    });
    return true;
}

bool DecideSession::startOptimiser(const AppState& app, std::string& problem) {
    std::vector<decision::Factor> levers = planLevers(app.factors());
    if (levers.empty()) {
        problem = "no_levers";
        return false;
    }
    const Scenario scenario = app.document().scenario();
    const PluginRegistry& registry = app.registry();
    const OptimiserRequest request = optimiser;
    m_optimiser.start(
        [=, &registry](const std::atomic<bool>& cancel, std::atomic<double>& progress) {
            return runOptimiser(scenario, registry, levers, request, analysisThreads(), &cancel,
                                &progress);
        });
    return true;
}

bool DecideSession::applyFrontierPoint(AppState& app, std::size_t point) {
    const auto run = m_frontier.result();
    if (!run || point >= run->values.size()) return false;
    const std::vector<decision::Factor> factors = run->experiment.factors;
    const std::vector<double> values = run->values[point];
    app.edit("frontier plan", {},
             [&](Scenario& s) { s = decision::withValues(s, factors, values); });
    return true;
}

bool DecideSession::applyOptimiser(AppState& app) {
    const auto outcome = m_optimiser.result();
    if (!outcome || !outcome->best) return false;
    app.edit("optimised allocation", {}, [&](Scenario& s) { s = withBest(s, *outcome); });
    return true;
}

void DecideSession::waitIdle() {
    m_tornado.join();
    m_sensitivity.join();
    m_frontier.join();
    m_optimiser.join();
}

} // namespace nk::gui
