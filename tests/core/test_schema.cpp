// The scenario schema: its tables, ranges in words, and reading and setting numbers by
// key path.
#include "naikkelas/io/scenario_yaml.hpp"
#include "naikkelas/results/series_names.hpp"
#include "naikkelas/scenario/schema.hpp"
#include "naikkelas/scenario/schema_access.hpp"

#include <doctest/doctest.h>

#include <cmath>
#include <filesystem>
#include <set>

namespace fs = std::filesystem;
using nk::Scenario;
using nk::schema::Kind;
using nk::schema::PathStatus;

namespace {

// Two cohorts, a cluster with an oven, a plugin: what the paths below name.
Scenario sample() {
    Scenario s;
    s.equipment = {
        {"kit", "Mixer", nk::EquipmentKind::Individual, 2'000'000, 40e6, 1, 0, 36, 1.0},
        {"deck_oven", "Oven", nk::EquipmentKind::Shared, 40'000'000, 150e6, 10, 250'000, 96, 0.55}};
    s.clusters = {{"purwantoro_cookies", "", "", "", {{"deck_oven", 2}}, {}}};
    s.cohorts.resize(2);
    s.cohorts[0].id = "blimbing";
    s.cohorts[0].participants = 26;
    s.cohorts[1].id = "comparison";
    s.cohorts[1].participants = 20;
    s.plugins = {{"cohort_outcomes", {{"kit_start_mult", 2.0}}}};
    return s;
}

const nk::schema::FieldInfo& field(std::string_view path) {
    const auto* f = nk::schema::findField(path);
    REQUIRE(f != nullptr);
    return *f;
}

} // namespace

TEST_SUITE("schema") {

    TEST_CASE("every field has a label and help in both languages, and a unique path") {
        std::set<std::string> paths;
        for (const auto& f : nk::schema::allFields()) {
            CAPTURE(f.path);
            CHECK(paths.insert(f.path).second);
            CHECK_FALSE(f.info->label.id.empty());
            CHECK_FALSE(f.info->label.en.empty());
            CHECK_FALSE(f.info->help.id.empty());
            CHECK_FALSE(f.info->help.en.empty());
            const bool numeric = f.info->kind == Kind::Integer || f.info->kind == Kind::Rupiah ||
                                 f.info->kind == Kind::Number;
            // every whole number is bounded both ways: editors and sweeps need the ends
            if (f.info->kind == Kind::Integer) CHECK(f.info->range.max < nk::schema::kUnbounded);
            if (numeric) CHECK(f.info->required() == f.defaultText.empty());
        }
        CHECK(paths.size() > 80);
        CHECK(paths.count("cohorts[].participants") == 1);
        CHECK(paths.count("clusters[].equipment[].units") == 1);
    }

    TEST_CASE("defaults are the structs' own") {
        CHECK(nk::schema::allFields().front().path == "naikkelas");
        for (const auto& f : nk::schema::allFields()) {
            CAPTURE(f.path);
            if (f.path == "scenario.horizon_months") CHECK(f.defaultText == "60");
            if (f.path == "simulation.quantiles") CHECK(f.defaultText == "[0.05, 0.5, 0.95]");
            if (f.path == "size_classes.scheme") CHECK(f.defaultText == "pp7_2021");
            if (f.path == "cohorts[].target_group") CHECK(f.defaultText == "\"umum\"");
            if (f.path == "cohorts[].participants") CHECK(f.defaultText.empty()); // required
        }
    }

    TEST_CASE("choices are the enums' values in order") {
        const auto& mode = field("simulation.mode");
        for (const auto m : {nk::RunMode::Expected, nk::RunMode::MonteCarlo, nk::RunMode::Both})
            CHECK(mode.choices[static_cast<std::size_t>(m)] == nk::names::modeName(m));
        CHECK(field("size_classes.scheme")
                  .choices[static_cast<std::size_t>(nk::SizeScheme::Uu20_2008)] == "uu20_2008");
        CHECK(field("equipment[].kind")
                  .choices[static_cast<std::size_t>(nk::EquipmentKind::Shared)] == "shared");
        // and the reader takes them
        const auto r = nk::io::loadScenarioText(
            "naikkelas: 1\nsize_classes: {scheme: uu20_2008}\nsimulation: {mode: montecarlo}\n",
            "t.yaml");
        REQUIRE(r.scenario.has_value());
        CHECK(r.scenario->size_classes.scheme == nk::SizeScheme::Uu20_2008);
        CHECK(r.scenario->simulation.mode == nk::RunMode::MonteCarlo);
    }

    TEST_CASE("findField takes indexes, ids and empty brackets") {
        CHECK(&field("cohorts[2].participants") == &field("cohorts[].participants"));
        CHECK(&field("cohorts[blimbing].participants") == &field("cohorts[].participants"));
        CHECK(&field("simulation.quantiles[1]") == &field("simulation.quantiles"));
        CHECK(nk::schema::findField("cohorts[0].participnts") == nullptr);
        CHECK(nk::schema::findField("plugins[0].params.x") == nullptr);
    }

    TEST_CASE("one cap for replications and threads") {
        CHECK(field("simulation.replications").range.min == 1);
        CHECK(field("simulation.replications").range.max == 1'000'000);
        CHECK(field("simulation.threads").range.min == 0);
        CHECK(field("simulation.threads").range.max == 256);
    }

    TEST_CASE("ranges in words, as the docs and the diagnostics state them") {
        CHECK(nk::schema::describeRange(field("scenario.horizon_months")) == "1 to 600");
        CHECK(nk::schema::describeRange(field("parameters.margin")) == "0 to 1");
        CHECK(nk::schema::describeRange(field("parameters.volatility_monthly")) == "0 or more");
        CHECK(nk::schema::describeRange(field("grid.r_min")) == "above 0");
        CHECK(nk::schema::describeRange(field("parameters.drift_monthly")) == "finite");
        CHECK(nk::schema::describeRange(field("simulation.discount_rate_annual")) ==
              "0 up to (not including) 1");
        CHECK(nk::schema::describeRange(field("simulation.quantiles")) ==
              "strictly between 0 and 1");

        using nk::schema::checkRange;
        CHECK_FALSE(checkRange(field("scenario.horizon_months"), 600, "600"));
        auto p = checkRange(field("scenario.horizon_months"), 601, "601");
        REQUIRE(p);
        CHECK(p->message == "601 is out of range");
        CHECK(p->hint == "1 to 600 months");
        p = checkRange(field("parameters.margin"), 1.5, "1.5");
        REQUIRE(p);
        CHECK(p->hint == "profit / revenue from 0 to 1");
        p = checkRange(field("grid.r_min"), 0, "0");
        REQUIRE(p);
        CHECK(p->message == "0 must be above 0");
        p = checkRange(field("budget.envelope"), -1, "Rp -1");
        REQUIRE(p);
        CHECK(p->message == "Rp -1 is negative");
        CHECK(p->hint == "0 or more whole rupiah");
        p = checkRange(field("cohorts[].participants"), 2.5, "2.5");
        REQUIRE(p);
        CHECK(p->message == "2.5 is not a whole number");
        p = checkRange(field("parameters.drift_monthly"), NAN, "nan");
        REQUIRE(p);
        CHECK(p->message == "not a finite number");
    }

    TEST_CASE("readNumber by key path, entries by index or id") {
        const Scenario s = sample();
        using nk::schema::readNumber;
        auto r = readNumber(s, "parameters.volatility_monthly");
        REQUIRE(r.ok());
        CHECK(r.value == 0.10);
        CHECK(r.field->unit == "log revenue/month");
        r = readNumber(s, "cohorts[blimbing].participants");
        REQUIRE(r.ok());
        CHECK(r.value == 26);
        CHECK(r.path == "cohorts[0].participants");
        CHECK(r.field->range.max == 100'000'000);
        r = readNumber(s, "clusters[purwantoro_cookies].equipment[deck_oven].units");
        REQUIRE(r.ok());
        CHECK(r.value == 2);
        CHECK(r.path == "clusters[0].equipment[0].units");
        r = readNumber(s, "budget.envelope");
        REQUIRE(r.ok());
        CHECK(r.field->kind == Kind::Rupiah);
        r = readNumber(s, "simulation.quantiles[2]");
        REQUIRE(r.ok());
        CHECK(r.value == 0.95);
        r = readNumber(s, "cohorts[1].participants");
        REQUIRE(r.ok());
        CHECK(r.value == 20);
    }

    TEST_CASE("a path that names no number says why, with did-you-mean") {
        const Scenario s = sample();
        using nk::schema::readNumber;
        auto r = readNumber(s, "parameters.volatilty_monthly");
        CHECK(r.status == PathStatus::Unknown);
        CHECK(r.problem.path == "parameters.volatilty_monthly");
        CHECK(r.problem.message == "unknown key `volatilty_monthly`");
        CHECK(r.problem.hint == "did you mean `volatility_monthly`?");
        r = readNumber(s, "cohorts[blimbin].participants");
        CHECK(r.status == PathStatus::Unknown);
        CHECK(r.problem.message == "no entry with id `blimbin`");
        CHECK(r.problem.hint == "did you mean `blimbing`?");
        r = readNumber(s, "cohorts[5].participants");
        CHECK(r.status == PathStatus::Unknown);
        CHECK(r.problem.hint == "cohorts has entries 0 to 1");
        r = readNumber(s, "cohorts[0].participants.x");
        CHECK(r.status == PathStatus::Unknown);
        r = readNumber(s, "scenario.zzz");
        CHECK(r.problem.hint.rfind("valid keys: id, title", 0) == 0);
        CHECK(readNumber(s, "scenario.title").status == PathStatus::NotANumber);
        CHECK(readNumber(s, "simulation.mode").status == PathStatus::NotANumber);
        CHECK(readNumber(s, "parameters").status == PathStatus::NotANumber);
        CHECK(readNumber(s, "cohorts").status == PathStatus::NotANumber);
        CHECK(readNumber(s, "cohorts[0]").status == PathStatus::NotANumber);
        CHECK(readNumber(s, "budget.fiscal_years[0].limit").problem.hint ==
              "budget.fiscal_years is empty");
        CHECK(readNumber(s, "a..b").status == PathStatus::NotAKeyPath);
    }

    TEST_CASE("plugin parameters are left to the plugin registry") {
        const Scenario s = sample();
        for (const char* path : {"plugins[cohort_outcomes].kit_start_mult",
                                 "plugins[cohort_outcomes].params.kit_start_mult"}) {
            CAPTURE(path);
            const auto r = nk::schema::readNumber(s, path);
            CHECK(r.status == PathStatus::PluginParameter);
            CHECK(r.path == "plugins[0].params.kit_start_mult");
            CHECK(r.problem.message == "a plugin's parameter: resolved by the plugin registry");
        }
        CHECK(nk::schema::readNumber(s, "plugins[cohort_outcome].x").problem.hint ==
              "did you mean `cohort_outcomes`?");
    }

    TEST_CASE("writeNumber sets within the range and leaves the scenario as it was otherwise") {
        Scenario s = sample();
        using nk::schema::writeNumber;
        auto r = writeNumber(s, "cohorts[blimbing].participants", 30);
        REQUIRE(r.ok());
        CHECK(s.cohorts[0].participants == 30);
        REQUIRE(writeNumber(s, "clusters[purwantoro_cookies].equipment[deck_oven].units", 3).ok());
        CHECK(s.clusters[0].equipment[0].units == 3);
        REQUIRE(writeNumber(s, "parameters.volatility_monthly", 0.12).ok());
        CHECK(s.parameters.volatility_monthly == 0.12);
        REQUIRE(writeNumber(s, "budget.envelope", 1e9).ok());
        CHECK(s.budget.envelope == 1'000'000'000);
        REQUIRE(writeNumber(s, "simulation.quantiles[0]", 0.1).ok());
        CHECK(s.simulation.quantiles[0] == 0.1);

        const Scenario before = s;
        r = writeNumber(s, "simulation.replications", 1'000'001);
        CHECK(r.status == PathStatus::OutOfRange);
        CHECK(r.problem.message == "1000001 is out of range");
        CHECK(r.problem.hint == "1 to 1000000 replications");
        CHECK(r.field == &field("simulation.replications"));
        CHECK(writeNumber(s, "cohorts[0].participants", 2.5).status == PathStatus::OutOfRange);
        CHECK(writeNumber(s, "parameters.margin", -0.1).status == PathStatus::OutOfRange);
        CHECK(writeNumber(s, "budget.envelope", 1e30).status == PathStatus::OutOfRange);
        CHECK(writeNumber(s, "scenario.seed", -1).status == PathStatus::OutOfRange);
        CHECK(writeNumber(s, "parameters.drift_monthly", INFINITY).status ==
              PathStatus::OutOfRange);
        CHECK(writeNumber(s, "plugins[cohort_outcomes].kit_start_mult", 3).status ==
              PathStatus::PluginParameter);
        CHECK(s == before);
    }

} // TEST_SUITE
