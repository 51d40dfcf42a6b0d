// The run controller with the real builtin plugins: expected results after an edit,
// latest submission wins, invalid scenarios, Monte Carlo progress and cancel, snapshots.
#include "model/run_controller.hpp"

#include "plugin_runs.hpp"

#include <doctest/doctest.h>

#include <chrono>
#include <thread>

using nk::Arm;
using nk::Scenario;
using nk::gui::MonteCarloStatus;
using nk::gui::RunController;

namespace {

double lastOf(const nk::ResultSet& r, Arm arm, const std::string& name) {
    const nk::SeriesBand* band = r.find(arm, "total", name);
    REQUIRE(band != nullptr);
    REQUIRE_FALSE(band->mean.empty());
    return band->mean.back();
}

} // namespace

TEST_CASE("model: run controller: an edit's expected results arrive") {
    RunController controller(nk::test::builtinPlugins());
    CHECK(controller.snapshot() != nullptr);
    CHECK(controller.snapshot()->generation == 0);

    const Scenario s = nk::test::scenarioFile("default.yaml");
    const auto generation = controller.submit(s);
    controller.waitIdle();
    const auto snap = controller.snapshot();
    CHECK(snap->generation == generation);
    CHECK(snap->scenario == s);
    REQUIRE(snap->compiled != nullptr);
    INFO(snap->error);
    REQUIRE(snap->expected != nullptr);
    CHECK_FALSE(snap->diagnostics.hasErrors());
    CHECK(snap->expected->mode == nk::RunMode::Expected);
    CHECK(lastOf(*snap->expected, Arm::Program, "active") >
          lastOf(*snap->expected, Arm::Baseline, "active"));
    // The same numbers as a direct run with the plugins: the controller adds nothing.
    const nk::ResultSet direct = nk::test::runWithPlugins(s);
    CHECK(lastOf(*snap->expected, Arm::Program, "active") ==
          doctest::Approx(lastOf(direct, Arm::Program, "active")));
    CHECK(snap->monteCarlo == nullptr);
}

TEST_CASE("model: run controller: rapid submissions end with the last one's results") {
    RunController controller(nk::test::builtinPlugins());
    Scenario s = nk::test::scenarioFile("default.yaml");
    std::uint64_t last = 0;
    for (int p = 1; p <= 20; ++p) {
        s.cohorts[0].participants = p * 10;
        last = controller.submit(s);
    }
    controller.waitIdle();
    const auto snap = controller.snapshot();
    CHECK(snap->generation == last);
    CHECK(snap->scenario.cohorts[0].participants == 200);
    CHECK(snap->expected != nullptr);
    CHECK(controller.latestGeneration() == last);
}

TEST_CASE("model: run controller: an invalid scenario gives located diagnostics, no results") {
    RunController controller(nk::test::builtinPlugins());
    Scenario s = nk::test::scenarioFile("default.yaml");
    s.cohorts[1].participants = -5;
    s.plugins.push_back({"no_such_plugin", {}});
    nk::SourcePositions positions;
    positions.record("cohorts[1]", 40, 5);
    controller.submit(s, std::make_shared<const nk::SourcePositions>(positions), "mine.yaml");
    controller.waitIdle();
    auto snap = controller.snapshot();
    CHECK(snap->expected == nullptr);
    REQUIRE(snap->diagnostics.hasErrors());
    bool found = false;
    for (const auto& d : snap->diagnostics.items())
        if (d.path == "cohorts[1].participants") {
            found = true;
            CHECK(d.file == "mine.yaml");
            CHECK(d.line == 40); // from the nearest written parent
        }
    CHECK(found);

    SUBCASE("a missing plugin alone: compiled, but not runnable") {
        s.cohorts[1].participants = 26;
        controller.submit(s);
        controller.waitIdle();
        snap = controller.snapshot();
        CHECK(snap->compiled != nullptr);
        CHECK(snap->expected == nullptr);
        bool plugin = false;
        for (const auto& d : snap->diagnostics.items())
            plugin = plugin || d.path.rfind("plugins[", 0) == 0;
        CHECK(plugin);
    }
    SUBCASE("Monte Carlo refuses it without crashing") {
        REQUIRE(controller.startMonteCarlo(10, 1, 1));
        controller.waitIdle();
        snap = controller.snapshot();
        CHECK(snap->monteCarloStatus == MonteCarloStatus::Failed);
        CHECK(snap->monteCarlo == nullptr);
    }
}

TEST_CASE("model: run controller: Monte Carlo progress reaches 1 and results arrive") {
    RunController controller(nk::test::builtinPlugins());
    CHECK_FALSE(controller.startMonteCarlo(10, 1, 1)); // nothing submitted yet
    const Scenario s = nk::test::scenarioFile("default.yaml");
    const auto generation = controller.submit(s);
    REQUIRE(controller.startMonteCarlo(20, 7, 2));
    CHECK(controller.monteCarloRunning());
    CHECK_FALSE(controller.startMonteCarlo(20, 7, 2)); // one at a time
    controller.waitIdle();
    CHECK_FALSE(controller.monteCarloRunning());
    CHECK(controller.monteCarloProgress() == 1.0);
    const auto snap = controller.snapshot();
    CHECK(snap->monteCarloStatus == MonteCarloStatus::Done);
    REQUIRE(snap->monteCarlo != nullptr);
    CHECK(snap->monteCarlo->mode == nk::RunMode::MonteCarlo);
    CHECK(snap->monteCarlo->replications == 20);
    CHECK(snap->monteCarlo->manifest.seed == 7);
    CHECK(snap->monteCarloGeneration == generation);
    CHECK(snap->expected != nullptr);

    // Carried forward, marked with its generation, after the next edit.
    Scenario edited = s;
    edited.cohorts[0].participants = 50;
    const auto next = controller.submit(edited);
    controller.waitIdle();
    const auto after = controller.snapshot();
    CHECK(after->generation == next);
    CHECK(after->monteCarlo == snap->monteCarlo);
    CHECK(after->monteCarloGeneration == generation);
}

TEST_CASE("model: run controller: cancel stops a long Monte Carlo run quickly") {
    RunController controller(nk::test::builtinPlugins());
    controller.submit(nk::test::scenarioFile("default.yaml"));
    controller.waitIdle();
    const auto before = controller.snapshot();
    REQUIRE(controller.startMonteCarlo(2000, 3, 2)); // several seconds if left to run
    // Cancel once replications are under way (not merely before the run starts). The
    // progress is an atomic the UI polls each frame; a test polls it the same way.
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(30);
    while (controller.monteCarloProgress() < 0.02 && std::chrono::steady_clock::now() < deadline)
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    const double progressAtCancel = controller.monteCarloProgress();
    CHECK(progressAtCancel > 0.0);
    const auto cancelled = std::chrono::steady_clock::now();
    controller.cancelMonteCarlo();
    controller.waitIdle();
    const auto took = std::chrono::steady_clock::now() - cancelled;
    CHECK(took < std::chrono::seconds(1));
    const auto snap = controller.snapshot();
    INFO(snap->monteCarloError);
    CHECK(snap->monteCarloStatus == MonteCarloStatus::Cancelled);
    CHECK(snap->monteCarlo == nullptr);
    CHECK(controller.monteCarloProgress() < 0.5);
    // The projection is untouched by the cancelled run.
    CHECK(snap->expected == before->expected);
}

TEST_CASE("model: run controller: a snapshot stays valid while other runs proceed") {
    RunController controller(nk::test::builtinPlugins());
    Scenario s = nk::test::scenarioFile("default.yaml");
    controller.submit(s);
    controller.waitIdle();
    const auto held = controller.snapshot();
    REQUIRE(held->expected != nullptr);
    const double active = lastOf(*held->expected, Arm::Program, "active");
    const auto heldGeneration = held->generation;

    for (int p = 1; p <= 10; ++p) {
        s.cohorts[0].participants = 100 * p;
        controller.submit(s);
        // Reading the held snapshot while the worker builds the next ones.
        CHECK(lastOf(*held->expected, Arm::Program, "active") == active);
    }
    REQUIRE(controller.startMonteCarlo(5, 1, 1));
    controller.waitIdle();
    CHECK(held->generation == heldGeneration);
    CHECK(lastOf(*held->expected, Arm::Program, "active") == active);
    CHECK(held->monteCarlo == nullptr);
    CHECK(controller.snapshot()->generation > heldGeneration);
}

TEST_CASE("model: run controller: destruction during runs cancels and joins") {
    const auto started = std::chrono::steady_clock::now();
    {
        RunController controller(nk::test::builtinPlugins());
        controller.submit(nk::test::scenarioFile("default.yaml"));
        REQUIRE(controller.startMonteCarlo(2000, 3, 2));
    }
    CHECK(std::chrono::steady_clock::now() - started < std::chrono::seconds(5));
}
