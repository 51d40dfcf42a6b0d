// The Monte Carlo strip's status: nothing before a run, the replications when done, the
// message when failed, and the stale warning once the scenario was edited after the run.
#include "panels/monte_carlo_panel.hpp"

#include "naikkelas/units/rupiah.hpp"

#include <doctest/doctest.h>

#include <memory>

using nk::Language;
using nk::gui::MonteCarloStatus;
using nk::gui::RunSnapshot;

TEST_CASE("monte carlo panel: status text and stale results") {
    RunSnapshot s;
    s.generation = 4;
    auto status = nk::gui::monteCarloStatusText(s, Language::English);
    CHECK(status.text.empty());
    CHECK_FALSE(status.failed);
    CHECK_FALSE(status.stale);

    auto results = std::make_shared<nk::ResultSet>();
    results->mode = nk::RunMode::MonteCarlo;
    results->replications = 1500;
    results->manifest.seed = 42;
    s.monteCarlo = results;
    s.monteCarloGeneration = 4;
    s.monteCarloStatus = MonteCarloStatus::Done;
    status = nk::gui::monteCarloStatusText(s, Language::Indonesian);
    CHECK(status.text.find(nk::formatNumber(1500, 0, Language::Indonesian)) != std::string::npos);
    CHECK(status.text.find("42") != std::string::npos);
    CHECK_FALSE(status.stale);

    s.generation = 5; // edited since the run
    CHECK(nk::gui::monteCarloStatusText(s, Language::English).stale);

    s.monteCarloStatus = MonteCarloStatus::Failed;
    s.monteCarloError = "the scenario has errors";
    status = nk::gui::monteCarloStatusText(s, Language::English);
    CHECK(status.failed);
    CHECK(status.text.find(s.monteCarloError) != std::string::npos);

    s.monteCarloStatus = MonteCarloStatus::Cancelled;
    status = nk::gui::monteCarloStatusText(s, Language::Indonesian);
    CHECK_FALSE(status.failed);
    CHECK(status.text != nk::gui::monteCarloStatusText(s, Language::English).text);
}
