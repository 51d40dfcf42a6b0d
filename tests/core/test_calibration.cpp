// Calibration (calibration/calibrate.hpp) on the Malang cohorts without plugins: surveys
// drawn by Monte Carlo from known parameters are recovered inside the 90 % intervals over
// several seeds, and a parameter the data cannot inform is flagged.
#include "followup_simulation.hpp"

#include "naikkelas/calibration/calibrate.hpp"
#include "naikkelas/io/scenario_yaml.hpp"

#include <doctest/doctest.h>

#include <string>

using namespace nk::calibration;

namespace {

nk::Scenario malangWithoutPlugins() {
    const auto loaded =
        nk::io::loadScenarioFile(std::string(NK_SCENARIO_DIR) + "/001_malang_cookies_2023.yaml");
    REQUIRE(loaded.scenario);
    nk::Scenario s = *loaded.scenario;
    s.plugins.clear();
    return s;
}

std::vector<FitParameter> resolve(const nk::Scenario& s, const nk::PluginRegistry& registry,
                                  const std::vector<std::string>& paths) {
    std::vector<FitRequest> requests;
    for (const auto& p : paths) requests.push_back({p, {}, {}});
    std::vector<FitParameter> out;
    const auto problems = resolveFitParameters(s, registry, requests, out);
    REQUIRE_FALSE(problems.hasErrors());
    return out;
}

} // namespace

TEST_CASE("without starts or closures the fitted share running is the share with a business") {
    nk::Scenario s = malangWithoutPlugins();
    s.parameters.start_prob_monthly = 0;
    s.parameters.closure_monthly_at_ref = 0;
    s.cohorts[1].business_share = 0.3;
    const auto rows = nk::test::simulateFollowup(s, {12}, 1, false, false);
    const nk::PluginRegistry registry;
    const ModelLikelihood model(s, registry, rows, {});
    const auto e = model.evaluate({});
    REQUIRE(e.ok);
    CHECK(e.predictions[0].running == doctest::Approx(0.5));
    CHECK(e.predictions[1].running == doctest::Approx(0.3));
}

TEST_CASE("parameters drawn from known values are recovered inside their 90 % intervals") {
    nk::Scenario truth = malangWithoutPlugins();
    truth.parameters.start_prob_monthly = 0.03;
    truth.parameters.closure_monthly_at_ref = 0.015;
    truth.parameters.start_revenue_median = 4'000'000;
    const nk::Scenario start = malangWithoutPlugins(); // 0.0174, 0.0072, 2 500 000
    const nk::PluginRegistry registry;
    const auto parameters =
        resolve(start, registry,
                {"parameters.start_prob_monthly", "parameters.closure_monthly_at_ref",
                 "parameters.start_revenue_median"});
    const double truths[3] = {0.03, 0.015, 4'000'000};
    constexpr int kSeeds = 6;
    int covered = 0;
    for (int seed = 1; seed <= kSeeds; ++seed) {
        const auto rows =
            nk::test::simulateFollowup(truth, {12, 24}, std::uint64_t(seed), true, false);
        const ModelLikelihood model(start, registry, rows, parameters);
        const CalibrationResult result = calibrate(model);
        REQUIRE_MESSAGE(result.ok, result.error);
        CHECK(result.logLikelihood >= result.startLogLikelihood);
        for (int p = 0; p < 3; ++p) {
            const ParameterEstimate& e = result.estimates[std::size_t(p)];
            CHECK(e.identified());
            CHECK(e.low <= e.estimate);
            CHECK(e.estimate <= e.high);
            if (e.low <= truths[p] && truths[p] <= e.high) ++covered;
            MESSAGE(e.path << " seed " << seed << ": " << e.estimate << " [" << e.low << ", "
                           << e.high << "]");
        }
    }
    // 90 % intervals: of 18, about 16 hold the truth; fewer than 14 is a real fault
    // (binomial(18, 0.9) gives at most 13 with probability 0.02).
    CHECK(covered >= 14);
}

TEST_CASE("a parameter the data do not inform is flagged as not identified") {
    // The margin only moves profit and the share at UMK; these data give neither.
    nk::Scenario truth = malangWithoutPlugins();
    truth.parameters.start_prob_monthly = 0.03;
    const nk::PluginRegistry registry;
    const auto rows = nk::test::simulateFollowup(truth, {12}, 7, false, false);
    const ModelLikelihood model(
        malangWithoutPlugins(), registry, rows,
        resolve(truth, registry, {"parameters.start_prob_monthly", "parameters.margin"}));
    const CalibrationResult result = calibrate(model);
    REQUIRE_MESSAGE(result.ok, result.error);
    CHECK(result.estimates[0].identified());
    CHECK_FALSE(result.estimates[1].identified());
    CHECK(result.evaluations > 0);
}

TEST_CASE("the share at UMK identifies the margin") {
    nk::Scenario truth = malangWithoutPlugins();
    truth.parameters.margin = 0.5;
    const nk::PluginRegistry registry;
    const auto rows = nk::test::simulateFollowup(truth, {12, 24}, 3, true, true);
    const ModelLikelihood model(malangWithoutPlugins(), registry, rows,
                                resolve(truth, registry, {"parameters.margin"}));
    const CalibrationResult result = calibrate(model);
    REQUIRE_MESSAGE(result.ok, result.error);
    CHECK(result.estimates[0].identified());
    CHECK(result.estimates[0].low < 0.5);
    CHECK(result.estimates[0].high > 0.5);
}

TEST_CASE("a cancelled calibration stops and says so") {
    const nk::Scenario s = malangWithoutPlugins();
    const nk::PluginRegistry registry;
    const auto rows = nk::test::simulateFollowup(s, {12}, 1, false, false);
    const ModelLikelihood model(s, registry, rows,
                                resolve(s, registry, {"parameters.start_prob_monthly"}));
    std::atomic<bool> cancel{true};
    CalibrationOptions options;
    options.cancel = &cancel;
    const CalibrationResult result = calibrate(model, options);
    CHECK_FALSE(result.ok);
    CHECK(result.cancelled);
}
