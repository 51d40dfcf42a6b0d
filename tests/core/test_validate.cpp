// validateScenario: ranges, references, duplicates, size classes, budget checks.
#include "naikkelas/scenario/validate.hpp"

#include <doctest/doctest.h>

#include <cmath>
#include <limits>

using nk::Diagnostic;
using nk::Diagnostics;
using nk::Scenario;

namespace {

// A small valid scenario: one program with a kit, one cluster with an oven, two cohorts.
Scenario base() {
    Scenario s;
    s.scenario.start = "2025-01";
    s.programs = {{"training", "Pelatihan", "kue", 3, 1'000'000, 0.9, 6, 100'000, "kit"}};
    s.equipment = {
        {"kit", "Mixer", nk::EquipmentKind::Individual, 2'000'000, 40e6, 1, 0, 36, 1.0},
        {"oven", "Oven", nk::EquipmentKind::Shared, 40'000'000, 150e6, 10, 250'000, 96, 0.55}};
    s.clusters = {{"sentra", "Sentra", "RW 3", "kue", {{"oven", 1}}, {"online"}}};
    s.cohorts = {{"batch1", 20, "training", "sentra", 0, 0.5, 3e6, 0.8, "umum", 1},
                 {"comparison", 20, "", "", 0, 0.5, 3e6, 0.8, "umum", 1}};
    return s;
}

std::string listing(const Diagnostics& d) {
    std::string out;
    for (const auto& item : d.items()) out += nk::formatDiagnostic(item) + "\n";
    return out;
}

// The diagnostics of a scenario, which must hold exactly one, an error at `path`.
Diagnostic onlyDiagnostic(const Scenario& s, const std::string& path, nk::Severity severity) {
    const Diagnostics d = nk::validateScenario(s);
    INFO(listing(d));
    REQUIRE(d.items().size() == 1);
    const Diagnostic& item = d.items()[0];
    CHECK(item.severity == severity);
    CHECK(item.path == path);
    CHECK(item.line == 0); // validation knows paths only; the loader adds positions
    return item;
}

Diagnostic onlyError(const Scenario& s, const std::string& path) {
    return onlyDiagnostic(s, path, nk::Severity::Error);
}

bool contains(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

constexpr double kNan = std::numeric_limits<double>::quiet_NaN();
constexpr double kInf = std::numeric_limits<double>::infinity();

} // namespace

TEST_SUITE("validate") {

    TEST_CASE("the base and the default scenario are valid") {
        CHECK(nk::validateScenario(base()).items().empty());
        CHECK(nk::validateScenario(Scenario{}).items().empty());
    }

    TEST_CASE("horizon must be 1 to 600 months") {
        for (int h : {0, -5, 601}) {
            Scenario s;
            s.scenario.horizon_months = h;
            const auto d = onlyError(s, "scenario.horizon_months");
            CHECK(d.message == std::to_string(h) + " is out of range");
            CHECK(d.hint == "1 to 600 months");
        }
        Scenario s;
        s.scenario.horizon_months = 600;
        CHECK(nk::validateScenario(s).items().empty());
    }

    TEST_CASE("any seed is valid") {
        Scenario s;
        s.scenario.seed = std::numeric_limits<std::uint64_t>::max();
        CHECK(nk::validateScenario(s).items().empty());
        s.scenario.seed = 0;
        CHECK(nk::validateScenario(s).items().empty());
    }

    TEST_CASE("start is YYYY-MM with a month from 1 to 12") {
        for (const char* start :
             {"2025-00", "2025-13", "2025-1", "2025/01", "", "1800-01", "abcd-01"}) {
            CAPTURE(start);
            Scenario s;
            s.scenario.start = start;
            const auto d = onlyError(s, "scenario.start");
            CHECK(d.message == "`" + std::string(start) + "` is not a start month");
            CHECK(contains(d.hint, "YYYY-MM"));
        }
    }

    TEST_CASE("the reference wage must be above 0") {
        Scenario s;
        s.scenario.umk_monthly = 0;
        const auto d = onlyError(s, "scenario.umk_monthly");
        CHECK(d.message == "Rp 0 must be above 0");
    }

    TEST_CASE("grid: r_min above 0, r_max above r_min, 1 to 48 bins per decade") {
        Scenario s;
        s.grid.r_min = 0;
        CHECK(onlyError(s, "grid.r_min").hint == "more than 0 Rp per month");
        s = {};
        s.grid.r_max = 50'000;
        CHECK(onlyError(s, "grid.r_max").message == "50000 is not above r_min 100000");
        s = {};
        s.grid.bins_per_decade = 49;
        CHECK(onlyError(s, "grid.bins_per_decade").hint == "1 to 48 bins");
        s = {};
        s.grid.r_max = kNan;
        CHECK(onlyError(s, "grid.r_max").message == "not a finite number");
    }

    TEST_CASE("grid: the total number of bins is 2 to 250") {
        Scenario s;
        s.grid.bins_per_decade = 48; // 5 decades x 48 = 240: fine
        CHECK(nk::validateScenario(s).items().empty());
        s.grid.r_min = 1; // 10 decades x 48 = 480
        const auto d = onlyError(s, "grid.bins_per_decade");
        CHECK(d.message == "the grid would have 480 bins, outside 2 to 250");
        s = {};
        s.grid.r_max = 110'000; // 0.04 decades x 12: 0 bins
        CHECK(contains(onlyError(s, "grid.bins_per_decade").message, "would have 0 bins"));
    }

    TEST_CASE("core parameters: probabilities, sds, revenues and margin in range") {
        struct Case {
            double nk::CoreParameters::*field;
            double value;
            const char* path;
            const char* message;
        };
        using P = nk::CoreParameters;
        const Case cases[] = {
            {&P::start_prob_monthly, 1.5, "parameters.start_prob_monthly", "1.5 is out of range"},
            {&P::closure_monthly_at_ref, -0.1, "parameters.closure_monthly_at_ref",
             "-0.1 is out of range"},
            {&P::ref_revenue, 0, "parameters.ref_revenue", "0 must be above 0"},
            {&P::closure_size_elasticity, kInf, "parameters.closure_size_elasticity",
             "not a finite number"},
            {&P::drift_monthly, kNan, "parameters.drift_monthly", "not a finite number"},
            {&P::volatility_monthly, -0.01, "parameters.volatility_monthly", "-0.01 is negative"},
            {&P::home_capacity, -1, "parameters.home_capacity", "-1 must be above 0"},
            {&P::start_revenue_median, 0, "parameters.start_revenue_median", "0 must be above 0"},
            {&P::start_revenue_log_sd, -1, "parameters.start_revenue_log_sd", "-1 is negative"},
            {&P::margin, 1.01, "parameters.margin", "1.01 is out of range"},
            {&P::revenue_per_worker, 0, "parameters.revenue_per_worker", "0 must be above 0"},
        };
        for (const auto& c : cases) {
            CAPTURE(c.path);
            Scenario s;
            s.parameters.*c.field = c.value;
            CHECK(onlyError(s, c.path).message == c.message);
        }
        Scenario s;
        s.parameters.margin = 0;
        s.parameters.volatility_monthly = 0;
        s.parameters.drift_monthly = -0.05;
        s.parameters.closure_size_elasticity = -0.2;
        CHECK(nk::validateScenario(s).items().empty());
    }

    TEST_CASE("programs: duration, costs, completion rate, mentoring") {
        Scenario s = base();
        s.programs[0].duration_days = 0;
        CHECK(onlyError(s, "programs[0].duration_days").message == "0 is out of range");
        s = base();
        s.programs[0].cost_per_participant = -1;
        CHECK(onlyError(s, "programs[0].cost_per_participant").message == "-Rp 1 is negative");
        s = base();
        s.programs[0].completion_rate = 1.2;
        CHECK(onlyError(s, "programs[0].completion_rate").hint == "a share from 0 to 1");
        s = base();
        s.programs[0].mentoring_months = -1;
        CHECK(onlyError(s, "programs[0].mentoring_months").hint == "0 to 1200 months");
        s = base();
        s.programs[0].mentoring_cost_per_month = -5;
        onlyError(s, "programs[0].mentoring_cost_per_month");
    }

    TEST_CASE("a program's kit must be known individual equipment") {
        Scenario s = base();
        s.programs[0].kit = "kti";
        auto d = onlyError(s, "programs[0].kit");
        CHECK(d.message == "unknown equipment `kti`");
        CHECK(d.hint == "did you mean `kit`?");
        s.programs[0].kit = "oven";
        d = onlyError(s, "programs[0].kit");
        CHECK(d.message == "`oven` is shared equipment; a kit is individual");
        s.programs[0].kit = "";
        CHECK(nk::validateScenario(s).items().empty());
    }

    TEST_CASE("equipment: costs, members, lifetime, running probability, capacity") {
        Scenario s = base();
        s.equipment[1].unit_cost = -1;
        onlyError(s, "equipment[1].unit_cost");
        s = base();
        s.equipment[1].members_per_unit = 0;
        CHECK(onlyError(s, "equipment[1].members_per_unit").message == "0 is out of range");
        s = base();
        s.equipment[1].lifetime_months = 0;
        CHECK(onlyError(s, "equipment[1].lifetime_months").hint == "1 to 1200 months");
        s = base();
        s.equipment[1].running_probability = 1.5;
        CHECK(onlyError(s, "equipment[1].running_probability").hint == "a probability from 0 to 1");
        s = base();
        s.equipment[1].capacity_monthly = -1;
        CHECK(onlyError(s, "equipment[1].capacity_monthly").message == "-1 is negative");
        s = base();
        s.equipment[1].maintenance_monthly = -1;
        onlyError(s, "equipment[1].maintenance_monthly");
    }

    TEST_CASE("clusters hold known shared equipment in zero or more units") {
        Scenario s = base();
        s.clusters[0].equipment[0].equipment = "kit";
        auto d = onlyError(s, "clusters[0].equipment[0].equipment");
        CHECK(d.message == "`kit` is individual equipment; a cluster holds shared equipment");
        s.clusters[0].equipment[0].equipment = "furnace";
        d = onlyError(s, "clusters[0].equipment[0].equipment");
        CHECK(d.message == "unknown equipment `furnace`");
        CHECK(d.hint == "known equipment: kit, oven");
        s = base();
        s.clusters[0].equipment[0].units = -1;
        CHECK(onlyError(s, "clusters[0].equipment[0].units").message == "-1 is out of range");
        s.clusters[0].equipment[0].units = 0;
        CHECK(nk::validateScenario(s).items().empty());
    }

    TEST_CASE("cohorts: participants, references, entry month, shares, revenue, KUBE size") {
        Scenario s = base();
        s.cohorts[0].participants = 0;
        CHECK(onlyError(s, "cohorts[0].participants").message == "0 is out of range");
        s = base();
        s.cohorts[0].program = "trainin";
        auto d = onlyError(s, "cohorts[0].program");
        CHECK(d.message == "unknown program `trainin`");
        CHECK(contains(d.hint, "did you mean `training`?"));
        s = base();
        s.cohorts[0].cluster = "elsewhere";
        d = onlyError(s, "cohorts[0].cluster");
        CHECK(d.hint == "known clusters: sentra");
        s = base();
        s.cohorts[1].entry_month = 72;
        d = onlyError(s, "cohorts[1].entry_month");
        CHECK(d.message == "entry month 72 is beyond the horizon of 60 months");
        CHECK(d.hint == "0 to 59 months after the start");
        s.cohorts[1].entry_month = -1;
        CHECK(onlyError(s, "cohorts[1].entry_month").message ==
              "entry month -1 is before the scenario start");
        s.cohorts[1].entry_month = 59;
        CHECK(nk::validateScenario(s).items().empty());
        s = base();
        s.cohorts[0].business_share = -0.5;
        onlyError(s, "cohorts[0].business_share");
        s = base();
        s.cohorts[0].initial_revenue_median = 0;
        onlyError(s, "cohorts[0].initial_revenue_median");
        s = base();
        s.cohorts[0].initial_revenue_log_sd = -0.1;
        onlyError(s, "cohorts[0].initial_revenue_log_sd");
        s = base();
        s.cohorts[0].kube_size = 0;
        onlyError(s, "cohorts[0].kube_size");
        s.cohorts[0].kube_size = 21;
        d = onlyError(s, "cohorts[0].kube_size");
        CHECK(d.message == "a KUBE of 21 is larger than the 20 participants");
        CHECK(d.hint == "1 to 20");
        s.cohorts[0].kube_size = 20;
        CHECK(nk::validateScenario(s).items().empty());
    }

    TEST_CASE("an empty program and cluster make a valid comparison cohort") {
        Scenario s = base();
        s.cohorts[0].program.clear();
        s.cohorts[0].cluster.clear();
        CHECK(nk::validateScenario(s).items().empty());
    }

    TEST_CASE("no programs defined: the hint says so") {
        Scenario s;
        s.cohorts = {{"a", 10, "training", "", 0, 0, 3e6, 0.6, "umum", 1}};
        CHECK(contains(onlyError(s, "cohorts[0].program").hint, "no programs are defined"));
    }

    TEST_CASE("duplicate ids point at the second of each list") {
        Scenario s = base();
        s.programs.push_back(s.programs[0]);
        s.equipment.push_back(s.equipment[1]);
        s.clusters.push_back(s.clusters[0]);
        s.cohorts.push_back(s.cohorts[0]);
        const Diagnostics d = nk::validateScenario(s);
        INFO(listing(d));
        REQUIRE(d.items().size() == 4);
        CHECK(d.items()[0].path == "programs[1].id");
        CHECK(d.items()[0].message == "duplicate id `training`, already used by programs[0]");
        CHECK(d.items()[0].hint == "ids must be unique within programs");
        CHECK(d.items()[1].path == "equipment[2].id");
        CHECK(d.items()[2].path == "clusters[1].id");
        CHECK(d.items()[3].path == "cohorts[2].id");
    }

    TEST_CASE("an empty id is an error") {
        Scenario s = base();
        s.cohorts[1].id.clear();
        CHECK(onlyError(s, "cohorts[1].id").message == "the id is empty");
    }

    TEST_CASE("custom size classes: ascending positive thresholds, one name per class") {
        Scenario s;
        s.size_classes.scheme = nk::SizeScheme::Custom;
        s.size_classes.thresholds = {300'000'000, 2'500'000'000};
        s.size_classes.names = {"mikro", "kecil", "menengah"};
        CHECK(nk::validateScenario(s).items().empty());
        s.size_classes.names.pop_back();
        CHECK(onlyError(s, "size_classes.names").message == "2 names for 3 classes");
        s.size_classes.names.push_back("menengah");
        s.size_classes.thresholds = {300'000'000, 300'000'000};
        auto d = onlyError(s, "size_classes.thresholds[1]");
        CHECK(d.message == "Rp 300,000,000 is not above the previous bound Rp 300,000,000");
        s.size_classes.thresholds = {0, 300'000'000};
        CHECK(onlyError(s, "size_classes.thresholds[0]").message == "Rp 0 must be above 0");
        s.size_classes.thresholds.clear();
        s.size_classes.names = {"all"};
        CHECK(onlyError(s, "size_classes.thresholds").message ==
              "a custom scheme needs at least one threshold");
    }

    TEST_CASE("thresholds under a legal scheme are ignored with a warning") {
        Scenario s;
        s.size_classes.thresholds = {1};
        const Diagnostics d = nk::validateScenario(s);
        REQUIRE(d.items().size() == 1);
        CHECK(d.items()[0].severity == nk::Severity::Warning);
        CHECK(d.items()[0].path == "size_classes.thresholds");
        CHECK_FALSE(d.hasErrors());
    }

    TEST_CASE("micro bands ascend and stay below the first class bound") {
        Scenario s;
        s.size_classes.micro_bands = {60'000'000, 300'000'000};
        CHECK(nk::validateScenario(s).items().empty());    // PP 7/2021: mikro up to Rp 2 M
        s.size_classes.scheme = nk::SizeScheme::Uu20_2008; // mikro up to Rp 300 juta
        auto d = onlyError(s, "size_classes.micro_bands[1]");
        CHECK(d.message == "Rp 300,000,000 is not below the first class bound Rp 300,000,000");
        s.size_classes.micro_bands = {100'000'000, 60'000'000};
        onlyError(s, "size_classes.micro_bands[1]");
    }

    TEST_CASE("simulation: replications, quantiles, discount rate, threads") {
        Scenario s;
        s.simulation.replications = 0;
        CHECK(onlyError(s, "simulation.replications").hint == "1 to 1000000 replications");
        s.simulation.replications = 1'000'000; // the cap the command line and the app share
        CHECK(nk::validateScenario(s).items().empty());
        s.simulation.replications = 1'000'001;
        onlyError(s, "simulation.replications");
        s = {};
        s = {};
        s.simulation.quantiles = {0.05, 1.0};
        CHECK(onlyError(s, "simulation.quantiles[1]").hint ==
              "a quantile strictly between 0 and 1");
        s.simulation.quantiles = {0.5, 0.05};
        CHECK(onlyError(s, "simulation.quantiles[1]").message ==
              "0.05 is not above the previous quantile 0.5");
        s = {};
        s.simulation.discount_rate_annual = 1.0;
        onlyError(s, "simulation.discount_rate_annual");
        s.simulation.discount_rate_annual = 0.0;
        CHECK(nk::validateScenario(s).items().empty());
        s.simulation.threads = 257;
        onlyError(s, "simulation.threads");
    }

    TEST_CASE("budget: envelope, fiscal years and lines are non-negative and well formed") {
        Scenario s;
        s.budget.envelope = -1;
        onlyError(s, "budget.envelope");
        s = {};
        s.budget.fiscal_years = {{2025, -1}};
        onlyError(s, "budget.fiscal_years[0].limit");
        s.budget.fiscal_years = {{2025, 0}, {2025, 0}};
        CHECK(onlyError(s, "budget.fiscal_years[1].year").message ==
              "fiscal year 2025 is listed twice, first at budget.fiscal_years[0]");
        s = {};
        s.budget.lines = {{"x", "admin", -1, 0, 1}};
        onlyError(s, "budget.lines[0].amount");
        s.budget.lines = {{"x", "admin", 1, 0, 0}};
        CHECK(onlyError(s, "budget.lines[0].repeat_months").hint == "1 to 1200 months");
    }

    TEST_CASE("a budget line after the horizon is a warning") {
        Scenario s;
        s.budget.lines = {{"late", "admin", 1'000, 61, 1}};
        const Diagnostics d = nk::validateScenario(s);
        REQUIRE(d.items().size() == 1);
        CHECK(d.items()[0].severity == nk::Severity::Warning);
        CHECK(d.items()[0].path == "budget.lines[0].month");
    }

    TEST_CASE("a fiscal-year limit outside the horizon is a warning naming the valid years") {
        Scenario s;
        s.scenario.start = "2023-07";
        s.scenario.horizon_months = 30; // 2023-07 to 2025-12
        s.budget.fiscal_years = {{2023, 1}, {2025, 1}};
        CHECK(nk::validateScenario(s).items().empty());
        s.budget.fiscal_years = {{2023, 1}, {2034, 1}};
        const Diagnostic d =
            onlyDiagnostic(s, "budget.fiscal_years[1].year", nk::Severity::Warning);
        CHECK(d.message ==
              "fiscal year 2034 is outside the horizon (2023 to 2025); its limit is never checked");
        CHECK(d.hint == "a year from 2023 to 2025");
        s.budget.fiscal_years = {{2022, 1}};
        CHECK(onlyDiagnostic(s, "budget.fiscal_years[0].year", nk::Severity::Warning).hint ==
              "a year from 2023 to 2025");
        s.scenario.horizon_months = 6; // one calendar year only
        s.budget.fiscal_years = {{2024, 1}};
        CHECK(onlyDiagnostic(s, "budget.fiscal_years[0].year", nk::Severity::Warning).hint ==
              "a year from 2023");
    }

    TEST_CASE("costs are not checked while references are broken") {
        Scenario s = base();
        s.cohorts[0].participants = 100'000'000;
        s.programs[0].cost_per_participant = 9'000'000'000'000'000; // would overflow
        s.cohorts[0].program = "missing";
        onlyError(s, "cohorts[0].program"); // and no overflow error on a partial plan
    }

    TEST_CASE("absurd amounts are refused before they could overflow the cost plan") {
        Scenario s = base();
        s.cohorts[0].participants = 100'000'000;
        s.programs[0].cost_per_participant = 9'000'000'000'000'000;
        const auto d = onlyError(s, "budget");
        CHECK(contains(d.message, "too large to count"));
    }

    TEST_CASE("plugins: ids present and unique, real parameters finite") {
        Scenario s;
        s.plugins = {{"shocks", {{"drift", kNan}}}};
        CHECK(onlyError(s, "plugins[0].params.drift").message == "not a finite number");
        s.plugins = {{"shocks", {}}, {"shocks", {}}};
        CHECK(onlyError(s, "plugins[1].id").message ==
              "plugin `shocks` is listed twice, first at plugins[0]");
        s.plugins = {{"", {}}};
        onlyError(s, "plugins[0].id");
    }

    TEST_CASE("all problems are reported together") {
        Scenario s = base();
        s.scenario.horizon_months = 0;
        s.parameters.margin = 2;
        s.cohorts[0].participants = 0;
        s.simulation.threads = -1;
        const Diagnostics d = nk::validateScenario(s);
        INFO(listing(d));
        CHECK(d.items().size() == 4);
    }

} // TEST_SUITE

TEST_CASE("source positions locate a path, or its nearest written parent") {
    nk::SourcePositions positions;
    positions.record("cohorts[1]", 7, 5);
    positions.record("cohorts[1].participants", 8, 19);
    Diagnostic exact{nk::Severity::Error, {}, 0, 0, "cohorts[1].participants", "m", {}};
    positions.locate(exact);
    CHECK(exact.line == 8);
    CHECK(exact.column == 19);
    Diagnostic parent{nk::Severity::Error, {}, 0, 0, "cohorts[1].kube_size", "m", {}};
    positions.locate(parent);
    CHECK(parent.line == 7);
    Diagnostic placed{nk::Severity::Error, {}, 3, 4, "cohorts[1].participants", "m", {}};
    positions.locate(placed);
    CHECK(placed.line == 3); // a position already known is kept
    Diagnostic nowhere{nk::Severity::Error, {}, 0, 0, "budget.envelope", "m", {}};
    positions.locate(nowhere);
    CHECK(nowhere.line == 0);
}
