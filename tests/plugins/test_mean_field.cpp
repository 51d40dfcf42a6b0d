// Expected mode and Monte Carlo tell the same story (docs/model.md 3, "Two kinds of
// modifier"): with only design effects the Monte Carlo mean of every key indicator lies
// within 4 standard errors of expected mode; count-dependent effects (cluster_growth)
// keep a gap, which stays under the bound documented in docs/model.md.
#include "plugin_runs.hpp"
#include "scenario_files.hpp"

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

using namespace nk;

namespace {

constexpr const char* kKeys[] = {"additional_active",         "additional_ever_started",
                                 "additional_kecil_or_above", "additional_moved_up",
                                 "additional_at_umk",         "benefit_discounted"};

struct Gap {
    double expected = 0.0;
    double mean = 0.0;
    double standardError = 0.0;
};

// Every replication's indicator value: type-7 quantiles at levels i / (R - 1) are the
// order statistics themselves.
std::vector<double> replicationLevels(int replications) {
    std::vector<double> levels;
    for (int i = 0; i < replications; ++i) levels.push_back(double(i) / (replications - 1));
    return levels;
}

ResultSet run(const Scenario& s, RunMode mode, int replications) {
    CompileResult compiled = compileScenario(s);
    REQUIRE(compiled.compiled);
    PluginBinding binding(compiled.compiled, test::builtinPlugins());
    REQUIRE(binding.ok());
    RunOptions options = defaultRunOptions(*compiled.compiled);
    options.mode = mode;
    options.replications = replications;
    options.quantiles = replicationLevels(replications);
    options.bands = BandScope::None;
    options.threads = 2;
    binding.apply(options);
    RunOutcome outcome = runScenario(*compiled.compiled, options);
    INFO(outcome.error);
    REQUIRE(outcome.ok);
    return std::move(outcome.results);
}

std::vector<std::pair<std::string, Gap>> gaps(const Scenario& s, int replications) {
    const ResultSet expected = run(s, RunMode::Expected, 0);
    const ResultSet mc = run(s, RunMode::MonteCarlo, replications);
    std::vector<std::pair<std::string, Gap>> out;
    for (const char* key : kKeys) {
        const Indicator* e = expected.indicator(key);
        const Indicator* m = mc.indicator(key);
        REQUIRE(e);
        REQUIRE(m);
        double sum = 0.0;
        for (double x : m->quantiles) sum += (x - m->mean) * (x - m->mean);
        const double sd = std::sqrt(sum / (replications - 1));
        out.emplace_back(key, Gap{e->mean, m->mean, sd / std::sqrt(double(replications))});
    }
    return out;
}

// Rounding of whole counts and amounts: a gap this small is no gap.
double slack(const Gap& g) {
    return 1e-6 * std::max(1.0, std::fabs(g.expected));
}

Scenario designOnly(Scenario s) {
    std::erase_if(s.plugins, [](const PluginUse& p) { return p.id == "cluster_growth"; });
    return s;
}

// The Malang cookie program (001) and the variants of issue 10.
Scenario malang() {
    return test::scenarioFile("001_malang_cookies_2023.yaml");
}
Scenario withoutKit(Scenario s) {
    for (Program& p : s.programs) p.kit.clear();
    return s;
}
Scenario withoutOvens(Scenario s) {
    for (Cluster& c : s.clusters) c.equipment.clear();
    return s;
}

std::vector<std::pair<std::string, Scenario>> cases() {
    std::vector<std::pair<std::string, Scenario>> out;
    for (const auto& file : test::scenarioFiles()) {
        const std::string name = file.filename().string();
        if (name != "default.yaml") out.emplace_back(name, test::scenarioFile(name));
    }
    out.emplace_back("malang training only", withoutKit(malang()));
    out.emplace_back("malang kit", malang());
    out.emplace_back("malang no oven", withoutOvens(malang()));
    return out;
}

// The bound of docs/model.md 3 for count-dependent effects: 4 standard errors plus a
// quarter of the expected value.
constexpr double kCountDependentShare = 0.25;

} // namespace

TEST_CASE("mean field: with design effects only, Monte Carlo converges to expected mode") {
    for (const auto& [name, scenario] : cases()) {
        for (const auto& [key, g] : gaps(designOnly(scenario), 600)) {
            INFO(name << " " << key << ": expected " << g.expected << ", Monte Carlo " << g.mean
                      << " +- " << g.standardError);
            CHECK(std::fabs(g.mean - g.expected) <= 4.0 * g.standardError + slack(g));
        }
    }
}

TEST_CASE("mean field: Malang training only starts as many enterprises in both modes") {
    // Issue 10: +0.1 ever started in expected mode, +1.5 in Monte Carlo, because the
    // catch-up multiplier was clamped on each replication's prospects.
    Scenario s = withoutKit(malang());
    s.plugins = {PluginUse{"cohort_outcomes", {}}};
    for (const auto& [key, g] : gaps(s, 1000)) {
        INFO(key << ": expected " << g.expected << ", Monte Carlo " << g.mean << " +- "
                 << g.standardError);
        CHECK(std::fabs(g.mean - g.expected) <= 4.0 * g.standardError + slack(g));
        if (std::string(key) == "additional_ever_started")
            CHECK(std::fabs(g.mean - g.expected) < 0.5);
    }
}

TEST_CASE("mean field: count-dependent effects keep their gap under the documented bound") {
    for (const auto& [name, scenario] : cases()) {
        for (const auto& [key, g] : gaps(scenario, 600)) {
            INFO(name << " " << key << ": expected " << g.expected << ", Monte Carlo " << g.mean
                      << " +- " << g.standardError);
            CHECK(std::fabs(g.mean - g.expected) <=
                  4.0 * g.standardError + kCountDependentShare * std::fabs(g.expected) + slack(g));
        }
    }
}
