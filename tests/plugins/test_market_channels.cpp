// The market_channels module against docs/model.md sections 3 and 4 and its README: a channel
// raises the sales level of program enterprises by sum(share * ln(multiplier)), reached
// over the adoption ramp, only in clusters that list it; an off-take partner lowers
// closure; unknown channel names are ignored with a warning.
#include "plugin_runs.hpp"

#include <cmath>
#include <string>
#include <vector>

using namespace nk;

namespace {

// Kota Malang (001): five clusters, each with `online` and `pasar_umkm`; one cohort of
// 26 per cluster, all entering at month 0. market_channels is the only plugin.
Scenario cookies(std::map<std::string, ParamValue> params = {}) {
    Scenario s = test::scenarioFile("001_malang_cookies_2023.yaml");
    s.plugins = {PluginUse{"market_channels", std::move(params)}};
    return s;
}

const std::vector<double>& meanOf(const ResultSet& r, Arm arm, const std::string& name,
                                  const std::string& scope = "total") {
    const SeriesBand* band = r.find(arm, scope, name);
    INFO(scope << " " << name);
    REQUIRE(band != nullptr);
    return band->mean;
}

double revenuePerFirm(const ResultSet& r, Arm arm, const std::string& scope, int t) {
    return meanOf(r, arm, "revenue", scope)[t] / meanOf(r, arm, "active", scope)[t];
}

// README: ramp(tau) = min(1, (tau + 1) / ramp_months); revenue at month t holds the
// level of tau = t - 1.
double ramp(int tau, int months = 12) {
    return tau < 0 ? 0.0 : std::min(1.0, (tau + 1.0) / months);
}

// docs/model.md 4 default for online (x1.10 for 40 %) and the README's pasar UMKM default
// (x1.05 for 50 %).
const double kOnlineAndPasar = 0.4 * std::log(1.10) + 0.5 * std::log(1.05);

} // namespace

TEST_CASE("market_channels: channels raise revenue only in clusters that list them") {
    Scenario s = cookies();
    s.clusters[1].channels.clear(); // klojen_cookies: no channel
    // Without the home kitchen's ceiling a level shows undistorted in revenue per firm.
    s.parameters.home_capacity = s.grid.r_max;
    const ResultSet r = test::runWithPlugins(s);

    for (int t : {1, 6, 12, 24, 48}) {
        INFO("month " << t);
        const double level = kOnlineAndPasar * ramp(t - 1);
        const double ratio = revenuePerFirm(r, Arm::Program, "cluster:purwantoro_cookies", t) /
                             revenuePerFirm(r, Arm::Baseline, "cluster:purwantoro_cookies", t);
        CHECK(ratio == doctest::Approx(std::exp(level)).epsilon(0.002));
        const auto& klojen = meanOf(r, Arm::Program, "revenue", "cluster:klojen_cookies");
        CHECK(klojen[t] ==
              doctest::Approx(meanOf(r, Arm::Baseline, "revenue", "cluster:klojen_cookies")[t]));
    }
    // The baseline has no channels at all.
    Scenario none = s;
    none.plugins.clear();
    const ResultSet plain = test::runWithPlugins(none);
    const auto& base = meanOf(r, Arm::Baseline, "revenue");
    const auto& plainBase = meanOf(plain, Arm::Baseline, "revenue");
    for (std::size_t t = 0; t < base.size(); ++t) CHECK(base[t] == doctest::Approx(plainBase[t]));
}

TEST_CASE("market_channels: the level series is the enterprise-weighted mean level") {
    Scenario s = cookies();
    s.clusters[1].channels.clear(); // 4 of 5 equal cohorts have the channels
    const ResultSet r = test::runWithPlugins(s);
    const auto& level = meanOf(r, Arm::Program, "market_channels:level");
    const auto& adopters = meanOf(r, Arm::Program, "market_channels:adopters");
    const auto& active = meanOf(r, Arm::Program, "active");
    const auto& klojenActive = meanOf(r, Arm::Program, "active", "cluster:klojen_cookies");
    for (int t = 0; t <= 24; ++t) {
        INFO("month " << t);
        CHECK(level[t] == doctest::Approx(0.8 * kOnlineAndPasar * ramp(t)));
        // Independent adoption: 1 - (1 - 0.4 r)(1 - 0.5 r) of the active firms adopt.
        const double r2 = ramp(t);
        CHECK(adopters[t] == doctest::Approx((active[t] - klojenActive[t]) *
                                             (1 - (1 - 0.4 * r2) * (1 - 0.5 * r2))));
        CHECK(meanOf(r, Arm::Baseline, "market_channels:level")[t] == 0.0);
        CHECK(meanOf(r, Arm::Baseline, "market_channels:adopters")[t] == 0.0);
    }
}

TEST_CASE("market_channels: an off-take partner lowers closure of the adopting share") {
    Scenario s = cookies({{"ramp_months", std::int64_t{0}}});
    for (Cluster& c : s.clusters) c.channels = {"offtake"};
    const ResultSet r = test::runWithPlugins(s);
    const auto& closed = meanOf(r, Arm::Program, "closed");
    const auto& closedBase = meanOf(r, Arm::Baseline, "closed");
    // Month 0's closures come from the same firms: 1 - 0.3 (1 - 0.8) of the baseline's.
    REQUIRE(closedBase[1] > 0.0);
    CHECK(closed[1] == doctest::Approx((1 - 0.3 * (1 - 0.8)) * closedBase[1]));
    CHECK(closed[24] < closedBase[24]);
    CHECK(meanOf(r, Arm::Program, "active")[24] > meanOf(r, Arm::Baseline, "active")[24]);

    // Over the default ramp of 12 months, a twelfth of the share has adopted in month 0.
    Scenario ramped = cookies();
    for (Cluster& c : ramped.clusters) c.channels = {"offtake"};
    const ResultSet slow = test::runWithPlugins(ramped);
    CHECK(meanOf(slow, Arm::Program, "closed")[1] ==
          doctest::Approx((1 - 0.3 / 12 * (1 - 0.8)) * closedBase[1]));

    // Without an off-take partner, closure is untouched.
    const ResultSet online = test::runWithPlugins(cookies());
    CHECK(meanOf(online, Arm::Program, "closed")[1] ==
          doctest::Approx(meanOf(online, Arm::Baseline, "closed")[1]));
}

TEST_CASE("market_channels: unknown channel names are ignored with a warning") {
    Scenario s = cookies();
    for (Cluster& c : s.clusters) c.channels = {"telepathy"};
    const ResultSet r = test::runWithPlugins(s);
    const auto& program = meanOf(r, Arm::Program, "revenue");
    const auto& base = meanOf(r, Arm::Baseline, "revenue");
    for (std::size_t t = 0; t < program.size(); ++t) CHECK(program[t] == doctest::Approx(base[t]));
    const std::string problems = test::bindingProblems(s, test::builtinPlugins());
    CHECK(problems.find("telepathy") != std::string::npos);
    CHECK(problems.find("clusters[0].channels[0]") != std::string::npos);
}

TEST_CASE("market_channels: in Monte Carlo the adopters follow the realised active firms") {
    const Scenario s = cookies();
    const int replications = 200;
    const ResultSet mc = test::runWithPlugins(s, RunMode::MonteCarlo, replications);
    const ResultSet expected = test::runWithPlugins(s);
    const auto& adopters = meanOf(mc, Arm::Program, "market_channels:adopters");
    const auto& active = meanOf(mc, Arm::Program, "active");
    for (int t : {12, 36}) {
        INFO("month " << t);
        // Every cluster has both channels: 1 - 0.6 * 0.5 = 0.7 of the active firms, per
        // replication, hence also in the mean.
        CHECK(adopters[t] == doctest::Approx(0.7 * active[t]));
        const double e = meanOf(expected, Arm::Program, "revenue")[t];
        const double m = meanOf(mc, Arm::Program, "revenue")[t];
        CHECK(m == doctest::Approx(e).epsilon(0.05));
    }
}
