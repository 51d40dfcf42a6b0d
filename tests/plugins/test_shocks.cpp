// The shocks module against docs/model.md sections 3 and 4 and its README: the 2020-2021
// pandemic window lowers revenue to exp(level), raises closure and slows starting in both
// arms alike, revenue recovers linearly after the window, a window outside the horizon
// does nothing, and window_start must be a month.
#include "plugin_runs.hpp"

#include <cmath>
#include <string>
#include <vector>

using namespace nk;

namespace {

// Kota Malang (001) moved to start in `start`, with shocks as its only plugin.
Scenario cookies(const std::string& start, std::map<std::string, ParamValue> params = {}) {
    Scenario s = test::scenarioFile("001_malang_cookies_2023.yaml");
    s.scenario.start = start;
    s.plugins = {PluginUse{"shocks", std::move(params)}};
    return s;
}

Scenario withoutPlugins(Scenario s) {
    s.plugins.clear();
    return s;
}

const std::vector<double>& meanOf(const ResultSet& r, Arm arm, const std::string& name) {
    const SeriesBand* band = r.find(arm, "total", name);
    INFO(name);
    REQUIRE(band != nullptr);
    return band->mean;
}

double revenuePerFirm(const ResultSet& r, Arm arm, int t) {
    return meanOf(r, arm, "revenue")[t] / meanOf(r, arm, "active")[t];
}

// The README's default level: from 24.5 % to 77 % of ultra-micro traders under Rp 100 k
// a day of profit, a lognormal of log-sd 0.6 whose median falls by
// (Phi^-1(0.77) - Phi^-1(0.245)) * 0.6, rounded to two decimals.
constexpr double kLevel = -0.86;
constexpr double kInvPhi077 = 0.7388468491852137;   // Phi^-1(0.77)
constexpr double kInvPhi0245 = -0.6903088239330340; // Phi^-1(0.245)

// Default window 2020-03 for 22 months, recovery over 12 months after its last month.
// From a July 2019 start: the window is t = 8..29, the level is back at 0 at t = 41.
constexpr int kFirst = 8, kLast = 29, kRecovery = 12;
double levelAt(int t) {
    if (t < kFirst) return 0.0;
    if (t <= kLast) return kLevel;
    return kLevel * std::max(0.0, 1.0 - double(t - kLast) / kRecovery);
}

bool sameSeries(const ResultSet& a, const ResultSet& b, Arm arm, const char* name) {
    const auto& x = meanOf(a, arm, name);
    const auto& y = meanOf(b, arm, name);
    for (std::size_t t = 0; t < x.size(); ++t)
        if (x[t] != doctest::Approx(y[t]).epsilon(1e-12)) return false;
    return true;
}

} // namespace

TEST_CASE("shocks: the default level follows from the pandemic's profit figures") {
    CHECK(kLevel == doctest::Approx(-(kInvPhi077 - kInvPhi0245) * 0.6).epsilon(0.005));
    CHECK(0.5 * std::erfc(-kInvPhi077 / std::sqrt(2.0)) == doctest::Approx(0.77));
    CHECK(0.5 * std::erfc(-kInvPhi0245 / std::sqrt(2.0)) == doctest::Approx(0.245));
    const ResultSet r = test::runWithPlugins(cookies("2019-07"));
    const auto& level = meanOf(r, Arm::Program, "shocks:level");
    for (int t = 0; t < static_cast<int>(level.size()); ++t) {
        INFO("month " << t);
        CHECK(level[t] == doctest::Approx(levelAt(t)));
        CHECK(meanOf(r, Arm::Baseline, "shocks:level")[t] == doctest::Approx(levelAt(t)));
    }
}

TEST_CASE("shocks: revenue falls to exp(level) in the window and recovers linearly after it") {
    // Only the level acts (no closure or start change, closure independent of size, no
    // ceiling), so revenue per firm is exactly shifted: at month t it holds L(t - 1).
    Scenario s = cookies("2019-07", {{"exit_mult", 1.0}, {"start_mult", 1.0}});
    s.parameters.home_capacity = s.grid.r_max;
    s.parameters.closure_size_elasticity = 0.0;
    const ResultSet r = test::runWithPlugins(s);
    const ResultSet plain = test::runWithPlugins(withoutPlugins(s));
    for (int t = 0; t <= s.scenario.horizon_months; ++t) {
        INFO("month " << t);
        for (Arm arm : {Arm::Program, Arm::Baseline}) {
            const double ratio = revenuePerFirm(r, arm, t) / revenuePerFirm(plain, arm, t);
            CHECK(std::abs(ratio / std::exp(levelAt(t - 1)) - 1) < 0.002);
        }
    }
}

TEST_CASE("shocks: the pandemic hits both arms alike: less revenue, more closures, fewer starts") {
    const Scenario s = cookies("2019-07");
    const ResultSet r = test::runWithPlugins(s);
    const ResultSet plain = test::runWithPlugins(withoutPlugins(s));
    for (const char* name : {"active", "closed", "ever_started", "revenue", "profit"}) {
        const auto& program = meanOf(r, Arm::Program, name);
        const auto& base = meanOf(r, Arm::Baseline, name);
        for (std::size_t t = 0; t < program.size(); ++t)
            CHECK(program[t] == doctest::Approx(base[t]).epsilon(1e-12));
        CHECK_FALSE(sameSeries(r, plain, Arm::Baseline, name)); // the baseline is hit too
    }
    const auto& revenue = meanOf(r, Arm::Baseline, "revenue");
    const auto& plainRevenue = meanOf(plain, Arm::Baseline, "revenue");
    const auto& active = meanOf(r, Arm::Baseline, "active");
    const auto& plainActive = meanOf(plain, Arm::Baseline, "active");
    CHECK(revenue[kFirst] == doctest::Approx(plainRevenue[kFirst]));
    CHECK(revenue[kLast] < 0.5 * plainRevenue[kLast]); // exp(-0.86) = 0.42 per firm
    // Closure x1.5 and starting x0.5 for 22 months: fewer active firms, for good.
    CHECK(active[kLast] < 0.95 * plainActive[kLast]);
    CHECK(active[60] < plainActive[60]);
    // Revenue per firm is back at its old level once the recovery is over.
    for (int t = kLast + kRecovery + 1; t <= 60; ++t) {
        INFO("month " << t);
        CHECK(revenuePerFirm(r, Arm::Baseline, t) / revenuePerFirm(plain, Arm::Baseline, t) ==
              doctest::Approx(1.0).epsilon(0.05));
    }
}

TEST_CASE("shocks: inside the window closure is multiplied by exit_mult and starting by "
          "start_mult") {
    // The window opens in the scenario's first month.
    const Scenario s = cookies("2020-03", {{"exit_mult", 1.5}, {"start_mult", 0.5}});
    const ResultSet r = test::runWithPlugins(s);
    const ResultSet plain = test::runWithPlugins(withoutPlugins(s));
    REQUIRE(meanOf(plain, Arm::Baseline, "closed")[1] > 0.0);
    CHECK(meanOf(r, Arm::Baseline, "closed")[1] ==
          doctest::Approx(1.5 * meanOf(plain, Arm::Baseline, "closed")[1]));
    CHECK(meanOf(r, Arm::Baseline, "ever_started")[1] ==
          doctest::Approx(0.5 * meanOf(plain, Arm::Baseline, "ever_started")[1]));
    // Entry revenues are normal-time values: the first month takes the whole level.
    CHECK(revenuePerFirm(r, Arm::Baseline, 0) ==
          doctest::Approx(revenuePerFirm(plain, Arm::Baseline, 0)));
    CHECK(revenuePerFirm(r, Arm::Baseline, 1) <
          0.6 * revenuePerFirm(plain, Arm::Baseline, 1)); // exp(-0.86) = 0.42
}

TEST_CASE("shocks: a window outside the horizon has no effect") {
    // 001 starts in January 2023: the default window and its recovery end in 2022.
    for (const std::string& window : {std::string("2020-03"), std::string("2030-01")}) {
        INFO(window);
        const Scenario s = cookies("2023-01", {{"window_start", window}});
        const ResultSet r = test::runWithPlugins(s);
        const ResultSet plain = test::runWithPlugins(withoutPlugins(s));
        for (Arm arm : {Arm::Program, Arm::Baseline})
            for (const char* name : {"active", "closed", "ever_started", "revenue"})
                CHECK(sameSeries(r, plain, arm, name));
        for (double v : meanOf(r, Arm::Program, "shocks:level")) CHECK(v == 0.0);
    }
}

TEST_CASE("shocks: window_start that is not a YYYY-MM month is refused naming it") {
    for (const char* bad : {"March 2020", "2020-13", "2020-3", "20-03-01", ""}) {
        INFO(bad);
        const auto run = test::tryRunWithPlugins(
            cookies("2019-07", {{"window_start", std::string(bad)}}), test::builtinPlugins());
        CHECK_FALSE(run.ok);
        CHECK(run.error.find("window_start") != std::string::npos);
    }
}

TEST_CASE("shocks: in Monte Carlo both arms take the same shock with the same draws") {
    const Scenario s = cookies("2019-07");
    const ResultSet mc = test::runWithPlugins(s, RunMode::MonteCarlo, 100);
    const ResultSet plain = test::runWithPlugins(withoutPlugins(s), RunMode::MonteCarlo, 100);
    for (const char* name : {"active", "revenue"}) {
        const SeriesBand* impact = mc.find(Arm::Impact, "total", name);
        REQUIRE(impact != nullptr);
        for (const auto& level : impact->quantiles)
            for (double v : level) CHECK(v == 0.0);
    }
    // The shock's revenue loss shows in the Monte Carlo mean as in the expected mode.
    const int t = kLast;
    CHECK(meanOf(mc, Arm::Baseline, "revenue")[t] <
          0.6 * meanOf(plain, Arm::Baseline, "revenue")[t]);
}

TEST_CASE("shocks: a cohort entering inside the window is at the level in force from its "
          "first move") {
    // Two cohorts with the same firms (all active, no volatility, drift or closure, so
    // only levels move revenue): one enters before the window (t = 0), one inside it
    // (t = 12). The one inside takes the whole level L(12) with its first move, so from
    // t = 13 on both carry the same revenue (docs/model.md 3, "Entry at the level in
    // force").
    Scenario s = cookies("2019-07");
    s.parameters.volatility_monthly = 0.0;
    s.parameters.drift_monthly = 0.0;
    s.parameters.closure_monthly_at_ref = 0.0;
    s.cohorts.resize(2);
    for (Cohort& c : s.cohorts) c.business_share = 1.0;
    s.cohorts[0].entry_month = 0;
    s.cohorts[1].entry_month = 12;
    const ResultSet r = test::runWithPlugins(s);
    auto perFirm = [&](const Cohort& c, int t) {
        const std::string scope = "cohort:" + c.id;
        const SeriesBand* revenue = r.find(Arm::Program, scope, "revenue");
        const SeriesBand* active = r.find(Arm::Program, scope, "active");
        REQUIRE(revenue);
        REQUIRE(active);
        return revenue->mean[t] / active->mean[t];
    };
    for (int t = 13; t <= 45; ++t) {
        CAPTURE(t);
        CHECK(perFirm(s.cohorts[1], t) == doctest::Approx(perFirm(s.cohorts[0], t)).epsilon(1e-9));
    }
    // Both sit at exp(L) of their entry revenue inside the window (on the grid).
    CHECK(perFirm(s.cohorts[1], 13) / perFirm(s.cohorts[0], 5) ==
          doctest::Approx(std::exp(kLevel)).epsilon(0.05));
}
