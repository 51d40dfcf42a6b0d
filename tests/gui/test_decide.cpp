// The Decide tab's model (analysis factors, tornado, frontier, sensitivity, optimiser)
// on real scenarios with the builtin plugins: the factors file `naikkelas explore` reads,
// the tornado against the decision library's own OAT analysis, Apply as one undo step
// that reproduces the point, and a Sobol run that stops soon after Cancel.
#include "app_harness.hpp"

#include "model/analysis_factors.hpp"
#include "model/decide_session.hpp"

#include "naikkelas/decision/evaluator.hpp"
#include "naikkelas/decision/exploration.hpp"

#include <doctest/doctest.h>

#include <chrono>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <thread>

using nk::gui::AnalysisFactors;
using nk::gui::DecideSession;
using nk::gui::test::AppHarness;
namespace decision = nk::decision;

namespace {

// The scenario copied into the harness's home, so that saving writes there.
std::string copyScenario(AppHarness& harness, const std::string& name) {
    const auto to = harness.home() / name;
    std::filesystem::copy_file(std::string(NK_SCENARIO_DIR) + "/" + name, to);
    return to.string();
}

void addSuggested(nk::gui::AppState& app) {
    for (decision::Factor& f : nk::gui::suggestedFactors(app.document().scenario()))
        app.factors().add(f);
    REQUIRE_FALSE(app.factors().empty());
}

double indicatorMean(const nk::ResultSet& results, const std::string& key) {
    const nk::Indicator* i = results.indicator(key);
    REQUIRE(i != nullptr);
    return i->mean;
}

} // namespace

TEST_CASE("decide: Vary in analysis takes the value +-25 % within the key's range") {
    nk::Scenario s;
    s.parameters.margin = 0.9;
    const auto margin = nk::gui::defaultFactor(s, "parameters.margin");
    REQUIRE(margin);
    CHECK(margin->low == doctest::Approx(0.675));
    CHECK(margin->high == 1.0); // 1.125 clipped to the share's range
    CHECK_FALSE(margin->integer);
    s.cohorts.push_back({});
    s.cohorts[0].participants = 2;
    const auto participants = nk::gui::defaultFactor(s, "cohorts[0].participants");
    REQUIRE(participants);
    CHECK(participants->integer);
    CHECK(participants->low == 1.0);
    CHECK(participants->high == 3.0);
    CHECK_FALSE(nk::gui::defaultFactor(s, "scenario.title"));
    CHECK_FALSE(nk::gui::defaultFactor(s, "parameters.no_such_key"));
}

TEST_CASE("decide: the factors are saved beside the scenario as an experiment explore reads") {
    AppHarness harness;
    const std::string path = copyScenario(harness, "001_malang_cookies_2023.yaml");
    REQUIRE(harness.app().open(path));
    addSuggested(harness.app());
    REQUIRE(harness.app().save());
    const std::string experimentFile = nk::gui::experimentPathFor(path);
    REQUIRE(std::filesystem::exists(experimentFile));
    const decision::ExperimentLoad loaded = decision::loadExperimentFile(experimentFile);
    REQUIRE(loaded.experiment);
    CHECK(decision::scenarioPathOf(*loaded.experiment, experimentFile) == path);
    const auto checked =
        decision::checkExperiment(*loaded.experiment, harness.app().document().scenario(),
                                  nk::test::builtinPlugins(), loaded.positions);
    CHECK_FALSE(checked.hasErrors());
    const auto& saved = harness.app().factors().factors();
    REQUIRE(loaded.experiment->factors.size() == saved.size());
    for (std::size_t i = 0; i < saved.size(); ++i) {
        CHECK(loaded.experiment->factors[i].path == saved[i].path);
        CHECK(loaded.experiment->factors[i].low == saved[i].low);
        CHECK(loaded.experiment->factors[i].high == saved[i].high);
    }
    // Opened again, the document brings its factors back.
    harness.app().newDocument();
    CHECK(harness.app().factors().empty());
    REQUIRE(harness.app().open(path));
    CHECK(harness.app().factors().factors().size() == saved.size());
}

TEST_CASE("decide: the tornado equals the command line's OAT analysis of the same experiment") {
    AppHarness harness;
    const std::string path = copyScenario(harness, "002_kabat_craft_clusters_2021.yaml");
    REQUIRE(harness.app().open(path));
    addSuggested(harness.app());
    REQUIRE(harness.app().save());
    DecideSession session;
    session.tick(harness.app());
    session.waitIdle();
    REQUIRE(session.tornadoCurrent(harness.app()));
    const auto run = session.tornado().result();
    REQUIRE(run->complete());

    // What `naikkelas explore` does with the saved file (cli/explore_command.cpp).
    const std::string file = nk::gui::experimentPathFor(path);
    const decision::ExperimentLoad loaded = decision::loadExperimentFile(file);
    REQUIRE(loaded.experiment);
    const decision::Experiment& e = *loaded.experiment;
    const auto& registry = nk::test::builtinPlugins();
    const nk::Scenario& scenario = harness.app().document().scenario();
    const decision::DesignPlan plan =
        decision::planDesign(e, decision::baseCoordinates(e, scenario, registry));
    const auto values = decision::pointValues(e, plan);
    const decision::Evaluator evaluator(scenario, registry, e);
    std::vector<std::vector<double>> outputs;
    decision::EvaluationOptions options;
    options.onPoint = [&](std::size_t, const decision::PointOutcome& o) {
        outputs.push_back(o.outputs);
    };
    REQUIRE(decision::evaluatePoints(evaluator, values, 0, values.size(), options).error.empty());
    const auto analysis =
        decision::analyzeExploration(e, plan, evaluator.indicators(), evaluator.stride(), outputs);

    for (const std::string indicator : {"additional_active", "benefit_cost_ratio"}) {
        CAPTURE(indicator);
        const auto bars = nk::gui::tornadoBars(*run, indicator);
        REQUIRE(bars.size() == e.factors.size());
        std::size_t compared = 0;
        for (const auto& row : analysis.sensitivity) {
            if (row.indicator != indicator) continue;
            for (const auto& bar : bars) {
                if (bar.factor != row.factor) continue;
                CAPTURE(row.factor);
                CHECK(row.value == (row.measure == "swing_low" ? bar.swingLow : bar.swingHigh));
                ++compared;
            }
        }
        CHECK(compared == 2 * e.factors.size());
        // Widest first.
        for (std::size_t i = 1; i < bars.size(); ++i)
            CHECK(std::max(std::fabs(bars[i - 1].swingLow), std::fabs(bars[i - 1].swingHigh)) >=
                  std::max(std::fabs(bars[i].swingLow), std::fabs(bars[i].swingHigh)));
    }
}

TEST_CASE("decide: Apply from the frontier is one undo step and reproduces the plan") {
    AppHarness harness;
    harness.openScenario("001_malang_cookies_2023.yaml");
    addSuggested(harness.app());
    DecideSession session;
    std::string problem;
    REQUIRE(session.startFrontier(harness.app(), problem));
    session.waitIdle();
    const auto run = session.frontier().result();
    REQUIRE(run->complete());
    // The dearest efficient plan: it differs from the document.
    const decision::FrontierPoint* chosen = nullptr;
    for (const auto& p : run->analysis.frontier)
        if (p.efficient) chosen = &p;
    REQUIRE(chosen != nullptr);
    const nk::Scenario before = harness.app().document().scenario();
    const std::size_t steps = harness.app().document().undoCount();
    REQUIRE(session.applyFrontierPoint(harness.app(), chosen->point));
    CHECK(harness.app().document().undoCount() == steps + 1);
    CHECK_FALSE(harness.app().document().scenario() == before);
    const auto snapshot = harness.settled();
    REQUIRE(snapshot->expected);
    CHECK(indicatorMean(*snapshot->expected, "cost_discounted") ==
          doctest::Approx(chosen->cost).epsilon(1e-9));
    CHECK(indicatorMean(*snapshot->expected, run->experiment.design.outcome) ==
          doctest::Approx(chosen->outcome).epsilon(1e-9));
    harness.app().undo();
    CHECK(harness.app().document().scenario() == before);
}

TEST_CASE("decide: Apply from the optimiser is one undo step and reproduces the best") {
    AppHarness harness;
    harness.openScenario("001_malang_cookies_2023.yaml");
    addSuggested(harness.app());
    DecideSession session;
    std::string problem;
    REQUIRE(session.startOptimiser(harness.app(), problem));
    session.waitIdle();
    const auto outcome = session.optimiserJob().result();
    REQUIRE(outcome->error.empty());
    REQUIRE(outcome->best);
    REQUIRE(outcome->baseline);
    CHECK(outcome->best->objective >= outcome->baseline->objective);
    const std::size_t steps = harness.app().document().undoCount();
    REQUIRE(session.applyOptimiser(harness.app()));
    CHECK(harness.app().document().undoCount() == steps + 1);
    const auto snapshot = harness.settled();
    REQUIRE(snapshot->expected);
    for (std::size_t k = 0; k < outcome->indicators.size(); ++k) {
        CAPTURE(outcome->indicators[k]);
        const double best = outcome->best->outputs[k * outcome->stride];
        if (std::isfinite(best))
            CHECK(indicatorMean(*snapshot->expected, outcome->indicators[k]) ==
                  doctest::Approx(best).epsilon(1e-9));
    }
}

TEST_CASE("decide: Cancel stops a Sobol run within 100 ms") {
    AppHarness harness;
    harness.openScenario("001_malang_cookies_2023.yaml");
    addSuggested(harness.app());
    DecideSession session;
    session.sensitivityKind = decision::DesignKind::Sobol;
    session.sobolSamples = 512; // minutes of work: it is cancelled long before the end
    session.startSensitivity(harness.app());
    // Let it get going: points are running when Cancel comes.
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(20);
    while (session.sensitivity().progress() <= 0.0 && std::chrono::steady_clock::now() < deadline)
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    REQUIRE(session.sensitivity().running());
    const auto cancelled = std::chrono::steady_clock::now();
    session.sensitivity().cancel();
    while (session.sensitivity().running())
        std::this_thread::sleep_for(std::chrono::microseconds(200));
    const double ms =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - cancelled)
            .count();
    MESSAGE("Sobol stopped " << ms << " ms after Cancel");
    CHECK(ms <= 100.0);
    const auto run = session.sensitivity().result();
    REQUIRE(run);
    CHECK(run->cancelled);
    CHECK(run->outputs.size() < run->values.size());
}
