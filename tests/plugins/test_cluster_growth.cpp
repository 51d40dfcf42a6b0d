// The cluster_growth plugin module: access to shared ovens is min(1, U M / A) and
// dilutes as more members are active; more units and more capacity help; a facility
// that is never kept running gives nothing while agglomeration remains, in both arms;
// Monte Carlo draws each unit once per replication.
#include "plugin_runs.hpp"

#include <cmath>
#include <string>
#include <vector>

using namespace nk;

namespace {

Scenario withGrowth(Scenario s, std::map<std::string, ParamValue> params = {}) {
    s.plugins = {PluginUse{"cluster_growth", std::move(params)}};
    return s;
}

Scenario malang() {
    return test::scenarioFile("001_malang_cookies_2023.yaml");
}

const SeriesBand& bandOf(const ResultSet& r, Arm arm, const std::string& name,
                         const std::string& scope = "total") {
    const SeriesBand* band = r.find(arm, scope, name);
    INFO(scope << " " << name);
    REQUIRE(band != nullptr);
    return *band;
}

const std::vector<double>& meanOf(const ResultSet& r, Arm arm, const std::string& name,
                                  const std::string& scope = "total") {
    return bandOf(r, arm, name, scope).mean;
}

// Program revenue per active enterprise over the baseline's, at the horizon.
double revenuePerActiveGain(const ResultSet& r) {
    auto perActive = [&](Arm arm) {
        return meanOf(r, arm, "revenue").back() / meanOf(r, arm, "active").back();
    };
    return perActive(Arm::Program) / perActive(Arm::Baseline);
}

double revenueImpact(const ResultSet& r) {
    return meanOf(r, Arm::Impact, "revenue").back();
}

const char* const kAccess = "cluster_growth:shared_access";
const char* const kUnits = "cluster_growth:running_units";
const char* const kLevel = "cluster_growth:agglomeration_level";

} // namespace

TEST_CASE("cluster_growth: access at the start is min(1, U M / A) per cluster") {
    const ResultSet r = test::runWithPlugins(withGrowth(malang()));
    // Six ovens at p = 0.55; Purwantoro has two (11 member slots), the other four
    // clusters one (5.5 slots); each cluster starts with 26 x 0.5 = 13 active members.
    CHECK(meanOf(r, Arm::Program, kUnits)[0] == doctest::Approx(6 * 0.55));
    const double expected = (13 * (11.0 / 13) + 4 * 13 * (5.5 / 13)) / 65;
    CHECK(meanOf(r, Arm::Program, kAccess)[0] == doctest::Approx(expected));
    // The ovens are the program's: the counterfactual has none.
    for (double v : meanOf(r, Arm::Baseline, kAccess)) CHECK(v == 0.0);
    for (double v : meanOf(r, Arm::Baseline, kUnits)) CHECK(v == 0.0);
    CHECK(revenueImpact(r) > 0.0);
}

TEST_CASE("cluster_growth: access to a shared oven dilutes as more members are active") {
    const std::map<std::string, ParamValue> noAgglomeration = {{"agglomeration_per_doubling", 0.0}};
    Scenario few = withGrowth(malang(), noAgglomeration);
    Scenario many = few;
    for (auto& c : many.cohorts) c.participants *= 3;
    const ResultSet rFew = test::runWithPlugins(few);
    const ResultSet rMany = test::runWithPlugins(many);
    const auto& accessFew = meanOf(rFew, Arm::Program, kAccess);
    const auto& accessMany = meanOf(rMany, Arm::Program, kAccess);
    for (int t : {0, 12, rFew.months - 1}) {
        INFO("month " << t);
        CHECK(accessMany[std::size_t(t)] < accessFew[std::size_t(t)]);
    }
    CHECK(accessMany[0] == doctest::Approx(accessFew[0] / 3)); // no cluster is saturated
    // Each member gains less when the ovens are shared among more of them.
    CHECK(revenuePerActiveGain(rFew) > 1.0);
    CHECK(revenuePerActiveGain(rMany) > 1.0);
    CHECK(revenuePerActiveGain(rMany) < revenuePerActiveGain(rFew));
}

TEST_CASE("cluster_growth: more oven units give more capacity, and only above the home's") {
    // Capacity alone: no drift for access, no agglomeration.
    const std::map<std::string, ParamValue> capacityOnly = {{"drift_per_access", 0.0},
                                                            {"agglomeration_per_doubling", 0.0}};
    Scenario one = withGrowth(malang(), capacityOnly);
    for (auto& cl : one.clusters) cl.equipment[0].units = 1;
    Scenario three = one;
    for (auto& cl : three.clusters) cl.equipment[0].units = 3;
    const ResultSet rOne = test::runWithPlugins(one);
    const ResultSet rThree = test::runWithPlugins(three);
    CHECK(meanOf(rThree, Arm::Program, kAccess)[0] > meanOf(rOne, Arm::Program, kAccess)[0]);
    CHECK(revenueImpact(rOne) > 0.0);
    CHECK(revenueImpact(rThree) > 1.1 * revenueImpact(rOne));

    // An oven that allows no more than a home kitchen adds no capacity.
    Scenario homeSized = three;
    for (auto& e : homeSized.equipment)
        if (e.kind == EquipmentKind::Shared)
            e.capacity_monthly = homeSized.parameters.home_capacity;
    const ResultSet rHome = test::runWithPlugins(homeSized);
    CHECK(meanOf(rHome, Arm::Program, kAccess)[0] == meanOf(rThree, Arm::Program, kAccess)[0]);
    CHECK(std::fabs(revenueImpact(rHome)) < 1e-6 * meanOf(rHome, Arm::Program, "revenue").back());

    // One that allows none (capacity 0, e.g. a packing table) never lowers a member's
    // capacity below the home kitchen's.
    Scenario noCapacity = homeSized;
    for (auto& e : noCapacity.equipment)
        if (e.kind == EquipmentKind::Shared) e.capacity_monthly = 0.0;
    const ResultSet rNone = test::runWithPlugins(noCapacity);
    CHECK(std::fabs(revenueImpact(rNone)) < 1e-6 * meanOf(rNone, Arm::Program, "revenue").back());
}

TEST_CASE("cluster_growth: ovens never kept running give no access, agglomeration stays") {
    Scenario idle = withGrowth(malang());
    for (auto& e : idle.equipment) e.running_probability = 0.0;
    const ResultSet r = test::runWithPlugins(idle);
    for (double v : meanOf(r, Arm::Program, kAccess)) CHECK(v == 0.0);
    for (double v : meanOf(r, Arm::Program, kUnits)) CHECK(v == 0.0);
    // Both arms get the same agglomeration, so the program arm gains nothing over it.
    const double revenue = meanOf(r, Arm::Program, "revenue").back();
    CHECK(std::fabs(revenueImpact(r)) < 1e-9 * revenue);
    CHECK(meanOf(r, Arm::Program, kLevel)[0] > 0.0);
    CHECK(meanOf(r, Arm::Baseline, kLevel)[0] > 0.0);

    Scenario flat = withGrowth(idle, {{"agglomeration_per_doubling", 0.0}});
    const ResultSet rFlat = test::runWithPlugins(flat);
    CHECK(meanOf(r, Arm::Program, "revenue").back() >
          meanOf(rFlat, Arm::Program, "revenue").back());
}

TEST_CASE("cluster_growth: agglomeration acts in both arms as a level L(A)") {
    // Banyuwangi: one cluster without equipment, 30 x 0.1 = 3 active at the start.
    const Scenario s = test::scenarioFile("000_banyuwangi_eks_lokalisasi_2023.yaml");
    const ResultSet r = test::runWithPlugins(withGrowth(s));
    const double level0 = 0.05 * std::log2(1.0 + 3.0 / 20.0);
    CHECK(meanOf(r, Arm::Baseline, kLevel)[0] == doctest::Approx(level0));
    CHECK(meanOf(r, Arm::Program, kLevel)[0] == doctest::Approx(level0));
    // The level follows the active count: L(A_H) from the run's own count at H.
    const double activeH = meanOf(r, Arm::Baseline, "active").back();
    CHECK(meanOf(r, Arm::Baseline, kLevel).back() ==
          doctest::Approx(0.05 * std::log2(1.0 + activeH / 20.0)));

    const ResultSet rFlat =
        test::runWithPlugins(withGrowth(s, {{"agglomeration_per_doubling", 0.0}}));
    for (Arm arm : {Arm::Program, Arm::Baseline}) {
        INFO(armName(arm));
        CHECK(meanOf(r, arm, "revenue").back() > 1.01 * meanOf(rFlat, arm, "revenue").back());
    }
    CHECK(std::fabs(revenueImpact(r)) < 1e-9 * meanOf(r, Arm::Program, "revenue").back());

    // A denser cluster (a smaller density scale) has a higher level.
    const ResultSet rDense = test::runWithPlugins(withGrowth(s, {{"density_scale", 5.0}}));
    CHECK(meanOf(rDense, Arm::Baseline, kLevel)[0] ==
          doctest::Approx(0.05 * std::log2(1.0 + 3.0 / 5.0)));
    CHECK(meanOf(rDense, Arm::Baseline, "revenue").back() >
          meanOf(r, Arm::Baseline, "revenue").back());
}

// Banyuwangi without starts or closures: the active count changes only when a cohort
// enters, so the agglomeration level is a step function of the month.
Scenario steadyBanyuwangi() {
    Scenario s = withGrowth(test::scenarioFile("000_banyuwangi_eks_lokalisasi_2023.yaml"));
    s.parameters.start_prob_monthly = 0.0;
    s.parameters.closure_monthly_at_ref = 0.0;
    s.cohorts[0].business_share = 1.0;
    return s;
}

// Revenue with agglomeration over revenue without, per month, in a cohort's scope.
std::vector<double> levelRatio(const Scenario& s, const std::string& scope) {
    Scenario flat = s;
    flat.plugins[0].params["agglomeration_per_doubling"] = 0.0;
    const ResultSet r = test::runWithPlugins(s);
    const ResultSet rFlat = test::runWithPlugins(flat);
    const auto& with = meanOf(r, Arm::Baseline, "revenue", scope);
    const auto& without = meanOf(rFlat, Arm::Baseline, "revenue", scope);
    std::vector<double> ratio(with.size(), 0.0);
    for (std::size_t t = 0; t < with.size(); ++t)
        ratio[t] = without[t] > 0.0 ? with[t] / without[t] : 0.0;
    return ratio;
}

TEST_CASE("cluster_growth: agglomeration is a lasting level, not a growth rate") {
    const Scenario s = steadyBanyuwangi(); // 30 active: L = 0.05 log2(1 + 30/20) = 0.066
    const std::vector<double> ratio = levelRatio(s, "cohort:ibu_eks_pakem");
    const double level = 0.05 * std::log2(1.0 + 30.0 / 20.0);
    CHECK(ratio[1] == doctest::Approx(std::exp(level)).epsilon(0.01));
    CHECK(ratio.back() == doctest::Approx(ratio[12]).epsilon(0.01)); // no further growth
}

TEST_CASE("cluster_growth: a cohort entering a busy cluster takes the whole level") {
    Scenario s = steadyBanyuwangi();
    Cohort late = s.cohorts[0];
    late.id = "gelombang_2";
    late.entry_month = 12;
    s.cohorts.push_back(late);
    // From month 12 both cohorts carry L(60) = 0.05 log2(1 + 60/20) = 0.1: the first in
    // two steps, the second all at once on entry.
    const std::vector<double> first = levelRatio(s, "cohort:ibu_eks_pakem");
    const std::vector<double> second = levelRatio(s, "cohort:gelombang_2");
    CHECK(first.back() == doctest::Approx(std::exp(0.1)).epsilon(0.015));
    CHECK(second.back() == doctest::Approx(first.back()).epsilon(0.01));
}

TEST_CASE("cluster_growth: Monte Carlo draws running units per replication around units x p") {
    const Scenario s = withGrowth(malang());
    const ResultSet r = test::runWithPlugins(s, RunMode::MonteCarlo, 200);
    const SeriesBand& units = bandOf(r, Arm::Program, kUnits);
    REQUIRE(units.quantiles.size() == 3); // 5 %, 50 %, 95 %
    const std::size_t h = units.mean.size() - 1;
    CHECK(units.mean[0] == doctest::Approx(6 * 0.55).epsilon(0.1));
    CHECK(units.quantiles[0][0] < units.quantiles[2][0]);
    CHECK(units.quantiles[0][0] <= 2.0); // binomial(6, 0.55): 5 % at 2, 95 % at 5
    CHECK(units.quantiles[2][0] >= 5.0);
    CHECK(units.mean[h] == units.mean[0]); // drawn once, kept for the whole run
    const SeriesBand& access = bandOf(r, Arm::Program, kAccess);
    CHECK(access.quantiles[0][0] < access.quantiles[2][0]);
    for (double v : bandOf(r, Arm::Baseline, kUnits).mean) CHECK(v == 0.0);

    // The same seed gives the same draws; p = 1 leaves nothing to chance.
    const ResultSet again = test::runWithPlugins(s, RunMode::MonteCarlo, 200);
    CHECK(bandOf(again, Arm::Program, kUnits).mean == units.mean);
    CHECK(bandOf(again, Arm::Program, "revenue").mean == bandOf(r, Arm::Program, "revenue").mean);
    Scenario reliable = s;
    for (auto& e : reliable.equipment) e.running_probability = 1.0;
    const ResultSet rReliable = test::runWithPlugins(reliable, RunMode::MonteCarlo, 20);
    const SeriesBand& all = bandOf(rReliable, Arm::Program, kUnits);
    CHECK(all.quantiles[0][0] == 6.0);
    CHECK(all.quantiles[2][0] == 6.0);
}

TEST_CASE("cluster_growth: equipment serves from its purchase for its lifetime") {
    Scenario s = withGrowth(malang());
    s.cohorts[0].entry_month = 12; // Purwantoro's two ovens are bought in month 12
    for (auto& e : s.equipment)
        if (e.kind == EquipmentKind::Shared) e.lifetime_months = 24;
    const ResultSet r = test::runWithPlugins(s);
    const auto& units = meanOf(r, Arm::Program, kUnits);
    CHECK(units[0] == doctest::Approx(4 * 0.55));
    CHECK(units[12] == doctest::Approx(6 * 0.55));
    CHECK(units[23] == doctest::Approx(6 * 0.55));
    CHECK(units[24] == doctest::Approx(2 * 0.55)); // the four bought in month 0 are worn out
    CHECK(units[36] == 0.0);
    CHECK(meanOf(r, Arm::Program, kAccess)[40] == 0.0);
    CHECK(meanOf(r, Arm::Program, kAccess)[30] > 0.0);
}

TEST_CASE("cluster_growth: several shared items in a cluster pool their member slots") {
    Scenario pooled = withGrowth(malang());
    Equipment second = pooled.equipment[1]; // a second oven model, the same figures
    REQUIRE(second.kind == EquipmentKind::Shared);
    second.id = "deck_oven_b";
    pooled.equipment.push_back(second);
    pooled.clusters[0].equipment = {{"deck_oven", 1}, {"deck_oven_b", 1}};
    const ResultSet rPlain = test::runWithPlugins(withGrowth(malang()));
    const ResultSet rPooled = test::runWithPlugins(pooled);
    CHECK(meanOf(rPooled, Arm::Program, kAccess)[0] ==
          doctest::Approx(meanOf(rPlain, Arm::Program, kAccess)[0]));
    CHECK(revenueImpact(rPooled) == doctest::Approx(revenueImpact(rPlain)));

    // A packing table that adds no capacity still serves members (same access), but the
    // capacity a member gets is the slot-weighted mean, so it is lower.
    pooled.equipment.back().capacity_monthly = 0.0;
    const ResultSet rMixed = test::runWithPlugins(pooled);
    CHECK(meanOf(rMixed, Arm::Program, kAccess)[0] ==
          doctest::Approx(meanOf(rPlain, Arm::Program, kAccess)[0]));
    CHECK(meanOf(rMixed, Arm::Impact, "revenue", "cluster:purwantoro_cookies").back() <
          meanOf(rPlain, Arm::Impact, "revenue", "cluster:purwantoro_cookies").back());
}

TEST_CASE("cluster_growth: a cohort without a program adds to density, not to oven queues") {
    Scenario s = withGrowth(malang());
    Cohort comparison = s.cohorts[0];
    comparison.id = "tetangga";
    comparison.program.clear();
    s.cohorts.push_back(comparison);
    const ResultSet rPlain = test::runWithPlugins(withGrowth(malang()));
    const ResultSet r = test::runWithPlugins(s);
    CHECK(meanOf(r, Arm::Program, kAccess)[0] ==
          doctest::Approx(meanOf(rPlain, Arm::Program, kAccess)[0]));
    // Purwantoro now has 26 active at the start in both arms: L = 0.05 log2(1 + 26/20).
    CHECK(meanOf(r, Arm::Baseline, kLevel)[0] > meanOf(rPlain, Arm::Baseline, kLevel)[0]);
    const double rev = meanOf(r, Arm::Program, "revenue", "cohort:tetangga").back();
    CHECK(rev > 0.0);
    // Its only program-arm difference is the slightly different density next door.
    CHECK(std::fabs(meanOf(r, Arm::Impact, "revenue", "cohort:tetangga").back()) < 0.01 * rev);
}
