#include "naikkelas/io/scenario_yaml.hpp"
#include "naikkelas/io/sha256.hpp"
#include "naikkelas/scenario/compiled_scenario.hpp"
#include "naikkelas/scenario/validate.hpp"

#include <algorithm>
#include <cmath>

namespace nk {

const std::string& CompiledScenario::specSha256() const {
    std::call_once(m_digestOnce, [this] { m_digest = io::sha256Hex(io::scenarioToYaml(spec)); });
    return m_digest;
}

ClassScheme classScheme(const SizeClasses& sizeClasses) {
    switch (sizeClasses.scheme) {
    case SizeScheme::Pp7_2021: // PP 7/2021 art. 35, annual sales
        return {{2e9, 15e9, 50e9}, {"mikro", "kecil", "menengah", "besar"}};
    case SizeScheme::Uu20_2008: // UU 20/2008 art. 6
        return {{300e6, 2.5e9, 50e9}, {"mikro", "kecil", "menengah", "besar"}};
    case SizeScheme::Custom: {
        ClassScheme scheme;
        for (Rupiah t : sizeClasses.thresholds)
            scheme.upperBounds.push_back(static_cast<double>(t));
        scheme.names = sizeClasses.names;
        return scheme;
    }
    }
    return {};
}

namespace {

// FNV-1a of the cohort id: a stable key for the cohort's random numbers.
std::uint64_t streamKeyOf(const std::string& id) {
    std::uint64_t hash = 0xcbf29ce484222325ull;
    for (const unsigned char c : id) hash = (hash ^ c) * 0x100000001b3ull;
    return hash;
}

// Splits the bins into consecutive bands: bin k goes to the first band whose upper bound
// is >= weight(k); the last band is open. weight must not decrease with k.
template <class Weight>
std::vector<BinBand> bandsOf(const std::vector<double>& upperBounds,
                             const std::vector<std::string>& names, int bins, Weight weight) {
    std::vector<BinBand> bands;
    int k = 0;
    for (std::size_t c = 0; c < names.size(); ++c) {
        BinBand band{names[c], k, k - 1};
        while (k < bins && (c >= upperBounds.size() || weight(k) <= upperBounds[c]))
            band.last = k++;
        bands.push_back(band);
    }
    return bands;
}

std::string rupiahLabel(double value) {
    const auto v = static_cast<long long>(value);
    if (v == 0) return "0";
    if (v % 1'000'000'000 == 0) return std::to_string(v / 1'000'000'000) + "M";
    if (v % 1'000'000 == 0) return std::to_string(v / 1'000'000) + "jt";
    return std::to_string(v);
}

std::vector<BinBand> microBandsOf(const Scenario& s, const RevenueGrid& grid,
                                  const std::vector<BinBand>& classes, const ClassScheme& scheme) {
    if (s.size_classes.micro_bands.empty() || classes.empty() || scheme.upperBounds.empty())
        return {};
    std::vector<double> bounds;
    std::vector<std::string> names;
    double lower = 0;
    for (Rupiah b : s.size_classes.micro_bands) {
        bounds.push_back(static_cast<double>(b));
        names.push_back(rupiahLabel(lower) + "-" + rupiahLabel(static_cast<double>(b)));
        lower = static_cast<double>(b);
    }
    names.push_back(rupiahLabel(lower) + "-" + rupiahLabel(scheme.upperBounds.front()));
    auto bands = bandsOf(bounds, names, classes.front().last + 1,
                         [&](int k) { return 12.0 * grid.value(k); });
    return bands;
}

} // namespace

int enterprisesOf(const Cohort& cohort) {
    const int k = std::max(1, cohort.kube_size);
    return (std::max(0, cohort.participants) + k - 1) / k;
}

CompileResult compileScenario(const Scenario& s) {
    CompileResult result;
    result.diagnostics = validateScenario(s);
    if (result.diagnostics.hasErrors()) return result;

    auto cs = std::make_shared<CompiledScenario>();
    cs->spec = s;
    cs->grid = RevenueGrid(s.grid);
    cs->horizon = s.scenario.horizon_months;
    const RevenueGrid& grid = cs->grid;
    const int bins = grid.bins();
    const CoreParameters& p = s.parameters;

    cs->closureBase.resize(bins);
    cs->workersPerBin.resize(bins);
    for (int k = 0; k < bins; ++k) {
        cs->closureBase[k] = p.closure_monthly_at_ref *
                             std::pow(grid.value(k) / p.ref_revenue, -p.closure_size_elasticity);
        cs->workersPerBin[k] = 1.0 + std::floor(grid.value(k) / p.revenue_per_worker);
    }

    const ClassScheme scheme = classScheme(s.size_classes);
    cs->sizeClasses = bandsOf(scheme.upperBounds, scheme.names, bins,
                              [&](int k) { return 12.0 * grid.value(k); });
    cs->microBands = microBandsOf(s, grid, cs->sizeClasses, scheme);
    // BPS worker classes: 1-4 micro, 5-19 small, 20-99 medium, 100+ large.
    cs->workerClasses = bandsOf({4, 19, 99}, {"1-4", "5-19", "20-99", "100+"}, bins,
                                [&](int k) { return cs->workersPerBin[k]; });

    for (std::size_t i = 0; i < s.cohorts.size(); ++i) {
        const Cohort& c = s.cohorts[i];
        Group g;
        g.cohort = static_cast<int>(i);
        for (std::size_t j = 0; j < s.programs.size(); ++j)
            if (s.programs[j].id == c.program) g.program = static_cast<int>(j);
        for (std::size_t j = 0; j < s.clusters.size(); ++j)
            if (s.clusters[j].id == c.cluster) g.cluster = static_cast<int>(j);
        auto tag = std::find(cs->targetGroups.begin(), cs->targetGroups.end(), c.target_group);
        if (tag == cs->targetGroups.end()) tag = cs->targetGroups.insert(tag, c.target_group);
        g.targetGroup = static_cast<int>(tag - cs->targetGroups.begin());
        g.entryMonth = c.entry_month;
        g.enterprises = enterprisesOf(c);
        g.kubeSize = c.kube_size;
        g.participants = g.enterprises * g.kubeSize;
        g.businessShare = c.business_share;
        g.streamKey = streamKeyOf(c.id);
        g.initialBins = grid.lognormal(c.initial_revenue_median, c.initial_revenue_log_sd);
        g.atUmk.resize(bins);
        for (int k = 0; k < bins; ++k)
            g.atUmk[k] = p.margin * grid.value(k) / c.kube_size >=
                         static_cast<double>(s.scenario.umk_monthly);
        cs->groups.push_back(std::move(g));
    }
    cs->discountMonthly = std::pow(1.0 + s.simulation.discount_rate_annual, 1.0 / 12.0);
    result.compiled = std::move(cs);
    return result;
}

} // namespace nk
