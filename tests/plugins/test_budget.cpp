// The budget plugin module: its cost lines reproduce the hand-computed totals of the
// seed scenarios, by category and fiscal year; envelope and fiscal-year overruns warn;
// its refinements (overhead, price escalation) add what they say; costs stay in the
// program arm, and the engine's key indicators are built on them.
#include "plugin_runs.hpp"

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

using namespace nk;

namespace {

Scenario withBudget(Scenario s, std::map<std::string, ParamValue> params = {}) {
    s.plugins = {PluginUse{"budget", std::move(params)}};
    return s;
}

const std::vector<double>& meanOf(const ResultSet& r, Arm arm, const std::string& name) {
    const SeriesBand* band = r.find(arm, "total", name);
    INFO(name);
    REQUIRE(band != nullptr);
    return band->mean;
}

// Sum of a monthly series over months first..last.
double sumOf(const std::vector<double>& v, int first, int last) {
    double sum = 0.0;
    for (int t = first; t <= last; ++t) sum += v[std::size_t(t)];
    return sum;
}

bool contains(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

// bindingProblems gives one line per diagnostic.
long lineCount(const std::string& text) {
    return std::count(text.begin(), text.end(), '\n');
}

// The small scenario of tests/core/test_validate.cpp: a program with a kit, a cluster
// with one oven, a trained cohort and a comparison cohort, from January 2025.
Scenario small() {
    Scenario s;
    s.scenario.start = "2025-01";
    s.programs = {{"training", "Pelatihan", "kue", 3, 1'000'000, 0.9, 6, 100'000, "kit"}};
    s.equipment = {
        {"kit", "Mixer", EquipmentKind::Individual, 2'000'000, 40e6, 1, 0, 36, 1.0},
        {"oven", "Oven", EquipmentKind::Shared, 40'000'000, 150e6, 10, 250'000, 96, 0.55}};
    s.clusters = {{"sentra", "Sentra", "RW 3", "kue", {{"oven", 1}}, {"online"}}};
    s.cohorts = {{"batch1", 20, "training", "sentra", 0, 0.5, 3e6, 0.8, "umum", 1},
                 {"comparison", 20, "", "", 0, 0.5, 3e6, 0.8, "umum", 1}};
    return withBudget(s);
}

// Kota Malang (001 and default.yaml), as the files' comments add it up: upkeep is paid
// in months 0..H = 60, the months a run reports.
constexpr double kMalangTotal = 924'500'000;

} // namespace

TEST_CASE("budget: cost_cumulative at the horizon equals each seed file's hand-computed total") {
    struct Seed {
        const char* file;
        double handTotal; // from the comment above the file's budget:
    };
    const Seed seeds[] = {
        {"000_banyuwangi_eks_lokalisasi_2023.yaml", 55'500'000},
        {"001_malang_cookies_2023.yaml", kMalangTotal},
        {"002_kabat_craft_clusters_2021.yaml", 129'000'000},
        {"003_malang_home_industry_women_2021.yaml", 107'000'000},
        {"004_mojokerto_pmks_batik_kube_2017.yaml", 103'000'000},
        {"default.yaml", kMalangTotal},
    };
    for (const Seed& seed : seeds) {
        INFO(seed.file);
        const ResultSet r = test::runWithPlugins(withBudget(test::scenarioFile(seed.file)));
        const auto& cumulative = meanOf(r, Arm::Program, "cost_cumulative");
        CHECK(cumulative.back() == seed.handTotal);
        CHECK(sumOf(meanOf(r, Arm::Program, "cost"), 0, r.months - 1) == cumulative.back());
    }
}

TEST_CASE("budget: per-category sums of the Kota Malang program") {
    const ResultSet r =
        test::runWithPlugins(withBudget(test::scenarioFile("001_malang_cookies_2023.yaml")));
    const int h = r.months - 1;
    auto category = [&](const char* name) {
        return sumOf(meanOf(r, Arm::Program, std::string("cost:") + name), 0, h);
    };
    CHECK(category("training") == 130'000'000);
    CHECK(category("kits") == 325'000'000);
    CHECK(category("mentoring") == 78'000'000);
    CHECK(category("shared_capex") == 240'000'000);
    CHECK(category("shared_maintenance") == 91'500'000); // 6 x 250 000 x 61 months
    CHECK(category("marketing") == 36'000'000);
    CHECK(category("admin") == 24'000'000);
    // Mentoring is paid in months 0..5 only, the ovens at the first cohort's entry.
    const auto& mentoring = meanOf(r, Arm::Program, "cost:mentoring");
    CHECK(mentoring[5] == 13'000'000);
    CHECK(mentoring[6] == 0);
    CHECK(meanOf(r, Arm::Program, "cost:shared_capex")[0] == 240'000'000);
}

TEST_CASE("budget: the fiscal-year split and its limits") {
    Scenario s = withBudget(test::scenarioFile("001_malang_cookies_2023.yaml"));
    const ResultSet r = test::runWithPlugins(s);
    const auto& cost = meanOf(r, Arm::Program, "cost");
    // The file: "Fiscal year 2023: ... 851.000.000; 2024: 18.000.000" (start 2023-01).
    CHECK(sumOf(cost, 0, 11) == 851'000'000);
    CHECK(sumOf(cost, 12, 23) == 18'000'000);
    CHECK(test::bindingProblems(s, test::builtinPlugins()).empty()); // within 900 and 20 M

    s.budget.fiscal_years[1].limit = 17'000'000;
    const std::string problems = test::bindingProblems(s, test::builtinPlugins());
    INFO(problems);
    CHECK(contains(problems, "warning: budget.fiscal_years[1].limit: planned costs in 2024 "
                             "Rp 18,000,000 exceed the limit Rp 17,000,000 by Rp 1,000,000 "
                             "(largest: shared_maintenance Rp 18,000,000)"));
    CHECK_FALSE(contains(problems, "budget.fiscal_years[0]"));
    CHECK_FALSE(contains(problems, "budget.envelope"));
    CHECK(test::tryRunWithPlugins(s, test::builtinPlugins()).ok); // a warning, not a refusal
}

TEST_CASE("budget: over the envelope warns by how much, naming the largest categories") {
    // training 20 x 1 000 000, kits 20 x 2 000 000, mentoring 20 x 100 000 x 6,
    // oven 40 000 000 + upkeep 250 000 x 61 months: 20 + 40 + 12 + 40 + 15.25 = 127.25 M
    Scenario s = small();
    s.budget.envelope = 100'000'000;
    const std::string problems = test::bindingProblems(s, test::builtinPlugins());
    CHECK(lineCount(problems) == 1);
    CHECK(contains(problems, "warning: budget.envelope: planned costs Rp 127,250,000 exceed "
                             "the envelope Rp 100,000,000 by Rp 27,250,000 (largest: kits Rp "
                             "40,000,000, shared_capex Rp 40,000,000, training Rp 20,000,000)"));
    s.budget.envelope = 127'250'000; // exactly enough
    CHECK(test::bindingProblems(s, test::builtinPlugins()).empty());
}

TEST_CASE("budget: over a fiscal-year limit warns and names the year") {
    Scenario s = small();
    // 2025: everything of months 0..11: 20 + 40 + 12 + 40 + 12 x 0.25 = 115 M
    s.budget.fiscal_years = {{2025, 100'000'000}, {2026, 3'000'000}};
    std::string problems = test::bindingProblems(s, test::builtinPlugins());
    CHECK(lineCount(problems) == 1);
    CHECK(contains(problems, "warning: budget.fiscal_years[0].limit: planned costs in 2025 Rp "
                             "115,000,000 exceed the limit Rp 100,000,000 by Rp 15,000,000 "
                             "(largest: kits Rp 40,000,000, shared_capex Rp 40,000,000, "
                             "training Rp 20,000,000)"));
    s.budget.fiscal_years[1].limit = 2'999'999; // 2026: 12 x 250 000 = 3 000 000
    problems = test::bindingProblems(s, test::builtinPlugins());
    CHECK(lineCount(problems) == 2);
    CHECK(contains(problems, "warning: budget.fiscal_years[1].limit: planned costs in 2026 Rp "
                             "3,000,000 exceed the limit Rp 2,999,999 by Rp 1 (largest: "
                             "shared_maintenance Rp 3,000,000)"));
}

TEST_CASE("budget: the over-budget test file warns at budget.envelope and still runs") {
    const auto loaded =
        io::loadScenarioFile(std::string(NK_SCENARIO_DIR) + "/../tests/data/good/over_budget.yaml");
    REQUIRE(loaded.scenario);
    const Scenario s = withBudget(*loaded.scenario);
    // 100 participants x (training 2 000 000 + kit 4 000 000) = 600 M against 500 M.
    const std::string problems = test::bindingProblems(s, test::builtinPlugins());
    CHECK(contains(problems, "warning: budget.envelope: planned costs Rp 600,000,000 exceed the "
                             "envelope Rp 500,000,000 by Rp 100,000,000 (largest: kits Rp "
                             "400,000,000, training Rp 200,000,000)"));
    const ResultSet r = test::runWithPlugins(s);
    CHECK(meanOf(r, Arm::Program, "cost_cumulative").back() == 600'000'000);
    CHECK(meanOf(r, Arm::Program, "budget:envelope_remaining").back() == -100'000'000);
    CHECK(meanOf(r, Arm::Program, "budget:spent_share").back() == doctest::Approx(1.2));
}

TEST_CASE("budget: every seed scenario stays within its envelope and limits: no warnings") {
    for (const char* file :
         {"000_banyuwangi_eks_lokalisasi_2023.yaml", "001_malang_cookies_2023.yaml",
          "002_kabat_craft_clusters_2021.yaml", "003_malang_home_industry_women_2021.yaml",
          "004_mojokerto_pmks_batik_kube_2017.yaml", "default.yaml"}) {
        INFO(file);
        const Scenario s = withBudget(test::scenarioFile(file));
        CHECK(s.budget.envelope > 0);
        CHECK(test::bindingProblems(s, test::builtinPlugins()) == "");
    }
}

TEST_CASE("budget: overhead_share adds that share of each month's costs as `overhead`") {
    const Scenario s = test::scenarioFile("001_malang_cookies_2023.yaml");
    const ResultSet plain = test::runWithPlugins(withBudget(s));
    const ResultSet withOverhead = test::runWithPlugins(withBudget(s, {{"overhead_share", 0.1}}));
    const double total = kMalangTotal, overheadTotal = 92'450'000;
    const auto& overhead = meanOf(withOverhead, Arm::Program, "cost:overhead");
    CHECK(sumOf(overhead, 0, withOverhead.months - 1) == overheadTotal);
    CHECK(overhead[0] == doctest::Approx(0.1 * meanOf(plain, Arm::Program, "cost")[0]));
    CHECK(meanOf(withOverhead, Arm::Program, "cost_cumulative").back() == total + overheadTotal);
    CHECK(plain.find(Arm::Program, "total", "cost:overhead") == nullptr); // 0: no line at all
}

TEST_CASE("budget: price_escalation_annual raises the costs of later fiscal years") {
    const Scenario s = test::scenarioFile("001_malang_cookies_2023.yaml");
    const ResultSet r = test::runWithPlugins(withBudget(s, {{"price_escalation_annual", 0.1}}));
    const auto& cost = meanOf(r, Arm::Program, "cost");
    CHECK(sumOf(cost, 0, 11) == 851'000'000); // 2023: start-year prices
    // Upkeep 1 500 000 a month grows 10 % a fiscal year, each month rounded to the rupiah.
    CHECK(cost[12] == 1'650'000);
    CHECK(cost[24] == 1'815'000);
    CHECK(sumOf(cost, 12, 23) == 12 * 1'650'000);
    // Each oven line is rounded on its own: Purwantoro's two ovens and four single ones.
    auto upkeep = [](int year) {
        const double factor = std::pow(1.1, year);
        return std::round(500'000 * factor) + 4 * std::round(250'000 * factor);
    };
    double expected = 851'000'000;
    for (int year = 1; year <= 4; ++year) expected += 12 * upkeep(year);
    expected += upkeep(5); // month 60, January 2028
    CHECK(meanOf(r, Arm::Program, "cost_cumulative").back() == expected);
}

TEST_CASE("budget: months beyond the horizon are left out") {
    Scenario s = withBudget(test::scenarioFile("001_malang_cookies_2023.yaml"));
    s.scenario.horizon_months = 24;
    const ResultSet r = test::runWithPlugins(s);
    // All of 2023 and the upkeep of months 12..24.
    CHECK(meanOf(r, Arm::Program, "cost_cumulative").back() == 851'000'000 + 13 * 1'500'000);
}

TEST_CASE("budget: costs are absent from the baseline arm; the envelope series follow them") {
    const Scenario s = withBudget(test::scenarioFile("001_malang_cookies_2023.yaml"));
    const ResultSet r = test::runWithPlugins(s);
    const double total = kMalangTotal;
    for (const char* name : {"cost", "cost_cumulative", "cost_discounted_cumulative"}) {
        INFO(name);
        for (double v : meanOf(r, Arm::Baseline, name)) CHECK(v == 0.0);
    }
    CHECK(meanOf(r, Arm::Impact, "cost_cumulative").back() == total);
    const auto& remaining = meanOf(r, Arm::Program, "budget:envelope_remaining");
    CHECK(remaining[0] == 1e9 - meanOf(r, Arm::Program, "cost")[0]);
    CHECK(remaining.back() == 1e9 - total);
    CHECK(meanOf(r, Arm::Program, "budget:spent_share").back() == doctest::Approx(total / 1e9));
    CHECK(meanOf(r, Arm::Baseline, "budget:envelope_remaining").back() == 1e9);
    CHECK(meanOf(r, Arm::Baseline, "budget:spent_share").back() == 0.0);

    Scenario noEnvelope = s;
    noEnvelope.budget.envelope = 0;
    noEnvelope.budget.fiscal_years.clear();
    const ResultSet open = test::runWithPlugins(noEnvelope);
    CHECK(meanOf(open, Arm::Program, "budget:envelope_remaining").back() == 0.0);
    CHECK(meanOf(open, Arm::Program, "cost_cumulative").back() == total);
}

TEST_CASE("budget: the engine's key indicators are built on the plugin's cost lines") {
    Scenario s = test::scenarioFile("001_malang_cookies_2023.yaml");
    // cluster_growth gives the program an effect, so that the ratios are defined.
    s.plugins = {PluginUse{"budget", {}}, PluginUse{"cluster_growth", {}}};
    const ResultSet r = test::runWithPlugins(s);
    const Indicator* cost = r.indicator("cost_discounted");
    const Indicator* benefit = r.indicator("benefit_discounted");
    const Indicator* ratio = r.indicator("benefit_cost_ratio");
    REQUIRE(cost);
    REQUIRE(benefit);
    REQUIRE(ratio);
    CHECK(cost->mean ==
          doctest::Approx(meanOf(r, Arm::Program, "cost_discounted_cumulative").back()));
    CHECK(cost->mean > 0.9 * kMalangTotal); // mostly paid in 2023
    CHECK(cost->mean < kMalangTotal);
    CHECK(benefit->mean > 0.0);
    CHECK(ratio->mean == doctest::Approx(benefit->mean / cost->mean));

    // Without the budget plugin the run has no costs at all.
    s.plugins = {PluginUse{"cluster_growth", {}}};
    const ResultSet free = test::runWithPlugins(s);
    const SeriesBand* cumulative = free.find(Arm::Program, "total", "cost_cumulative");
    REQUIRE(cumulative);
    CHECK(cumulative->mean.back() == 0.0);
}

TEST_CASE("budget: Monte Carlo replications carry the same cost lines") {
    const Scenario s = withBudget(test::scenarioFile("002_kabat_craft_clusters_2021.yaml"));
    const ResultSet r = test::runWithPlugins(s, RunMode::MonteCarlo, 8);
    const SeriesBand* cumulative = r.find(Arm::Program, "total", "cost_cumulative");
    REQUIRE(cumulative);
    CHECK(cumulative->mean.back() == 129'000'000);
    for (const auto& level : cumulative->quantiles) CHECK(level.back() == 129'000'000);
}
