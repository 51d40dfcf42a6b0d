// Comparison of scenario variants: indicator differences to the first and the list of
// parameters that differ, by key path.
#include "model/comparison.hpp"

#include "plugin_runs.hpp"

#include <doctest/doctest.h>

#include <algorithm>

using nk::gui::ComparedScenario;

namespace {

const nk::gui::ParameterDifference* findParameter(const nk::gui::Comparison& c,
                                                  const std::string& path) {
    for (const auto& p : c.parameters)
        if (p.path == path) return &p;
    return nullptr;
}

} // namespace

TEST_CASE("model: flattening a scenario gives diagnostic key paths") {
    const nk::Scenario s = nk::test::scenarioFile("default.yaml");
    const auto flat = nk::gui::flattenScenario(s);
    auto value = [&](const std::string& path) {
        for (const auto& [p, v] : flat)
            if (p == path) return v;
        return std::string("<none>");
    };
    CHECK(value("scenario.horizon_months") == "60");
    CHECK(value("cohorts[0].participants") == std::to_string(s.cohorts[0].participants));
    CHECK(value("cohorts[1].id") == s.cohorts[1].id);
    CHECK(value("programs[0].id") == s.programs[0].id);
    CHECK(value("clusters[0].equipment[0].units") ==
          std::to_string(s.clusters[0].equipment[0].units));
    CHECK(value("simulation.mode") == "expected");
    CHECK(value("simulation.quantiles").starts_with("["));
}

TEST_CASE("model: comparison of two variants: indicator differences and differing parameters") {
    const nk::Scenario base = nk::test::scenarioFile("default.yaml");
    nk::Scenario bigger = base;
    bigger.cohorts[0].participants *= 3;
    bigger.programs[0].cost_per_participant += 500'000;
    const nk::ResultSet baseResults = nk::test::runWithPlugins(base);
    const nk::ResultSet biggerResults = nk::test::runWithPlugins(bigger);

    const ComparedScenario inputs[] = {{"Dasar", &base, &baseResults},
                                       {"Lebih besar", &bigger, &biggerResults}};
    const auto c = nk::gui::compareScenarios(inputs);
    CHECK(c.error.empty());
    CHECK(c.labels == std::vector<std::string>{"Dasar", "Lebih besar"});

    REQUIRE_FALSE(c.indicators.empty());
    const auto row = std::find_if(c.indicators.begin(), c.indicators.end(),
                                  [](const auto& r) { return r.key == "additional_active"; });
    REQUIRE(row != c.indicators.end());
    REQUIRE(row->cells.size() == 2);
    CHECK(row->cells[0].difference == 0.0);
    CHECK(row->cells[0].mean == doctest::Approx(baseResults.indicator("additional_active")->mean));
    CHECK(row->cells[1].difference ==
          doctest::Approx(biggerResults.indicator("additional_active")->mean -
                          baseResults.indicator("additional_active")->mean));
    CHECK(row->cells[1].difference > 0.0);      // more participants, more enterprises
    CHECK_FALSE(row->cells[0].low.has_value()); // expected mode: no band

    REQUIRE(c.parameters.size() == 2);
    const auto* participants = findParameter(c, "cohorts[0].participants");
    REQUIRE(participants != nullptr);
    CHECK(participants->values[0] == std::to_string(base.cohorts[0].participants));
    CHECK(participants->values[1] == std::to_string(bigger.cohorts[0].participants));
    CHECK(findParameter(c, "programs[0].cost_per_participant") != nullptr);
}

TEST_CASE("model: comparison: bands, added list items, and the count limits") {
    const nk::Scenario base = nk::test::scenarioFile("default.yaml");
    nk::Scenario more = base;
    nk::Cohort extra = more.cohorts.back();
    extra.id = "extra";
    more.cohorts.push_back(extra);
    const nk::ResultSet mc = nk::test::runWithPlugins(base, nk::RunMode::MonteCarlo, 20, 3);

    const ComparedScenario inputs[] = {{"a", &base, &mc}, {"b", &more, nullptr}, {"c", &base, &mc}};
    const auto c = nk::gui::compareScenarios(inputs);
    REQUIRE(c.error.empty());
    const auto& row = c.indicators.front();
    CHECK(row.cells[0].low.has_value());
    CHECK(*row.cells[0].low <= row.cells[0].mean);
    CHECK(*row.cells[0].high >= row.cells[0].mean);
    CHECK_FALSE(row.cells[1].present);
    CHECK(row.cells[2].difference == 0.0);

    const std::string id = "cohorts[" + std::to_string(base.cohorts.size()) + "].id";
    const auto* added = findParameter(c, id);
    REQUIRE(added != nullptr);
    CHECK(added->values[0].empty());
    CHECK(added->values[1] == "extra");
    for (const auto& p : c.parameters) CHECK(p.path.starts_with(id.substr(0, id.size() - 3)));

    CHECK_FALSE(nk::gui::compareScenarios(std::span(inputs, 1)).error.empty());
    const ComparedScenario five[] = {inputs[0], inputs[0], inputs[0], inputs[0], inputs[0]};
    CHECK_FALSE(nk::gui::compareScenarios(five).error.empty());
}
