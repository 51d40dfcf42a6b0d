#include "series_layout.hpp"

#include "naikkelas/results/sales_ladder.hpp"
#include "naikkelas/results/series_names.hpp"

#include <algorithm>
#include <cmath>

namespace nk::engine {

namespace {
// Fixed base quantities; size classes, micro bands, worker classes and the participants
// moved up follow.
enum BaseIndex : int {
    kProspects,
    kActive,
    kClosed,
    kInitialActive,
    kParticipants,
    kRevenue,
    kAtUmk,
    kJobs,
    kFixedBase
};
} // namespace

SeriesLayout::SeriesLayout(const CompiledScenario& s, const CostPlan& costs,
                           const std::vector<std::string>& pluginSeries)
    : m_scenario(s), m_months(s.horizon + 1) {
    const Scenario& spec = s.spec;
    m_baseSize =
        kFixedBase +
        static_cast<int>(s.sizeClasses.size() + s.microBands.size() + s.workerClasses.size()) + 1;

    Scope total{std::string(names::kTotal), {}};
    for (std::size_t g = 0; g < s.groups.size(); ++g) total.groups.push_back(static_cast<int>(g));
    m_scopes.push_back(total);
    for (std::size_t g = 0; g < s.groups.size(); ++g)
        m_scopes.push_back({names::cohortScope(spec.cohorts[s.groups[g].cohort].id), {int(g)}});
    for (std::size_t c = 0; c < spec.clusters.size(); ++c) {
        Scope scope{names::clusterScope(spec.clusters[c].id), {}};
        for (std::size_t g = 0; g < s.groups.size(); ++g)
            if (s.groups[g].cluster == int(c)) scope.groups.push_back(int(g));
        if (!scope.groups.empty()) m_scopes.push_back(scope);
    }
    for (std::size_t tag = 0; tag < s.targetGroups.size(); ++tag) {
        Scope scope{names::targetGroupScope(s.targetGroups[tag]), {}};
        for (std::size_t g = 0; g < s.groups.size(); ++g)
            if (s.groups[g].targetGroup == int(tag)) scope.groups.push_back(int(g));
        m_scopes.push_back(scope);
    }

    for (const std::string_view name :
         {names::kProspects, names::kActive, names::kClosed, names::kEverStarted,
          names::kParticipants, names::kRevenue, names::kProfit, names::kIncomePerParticipant,
          names::kParticipantsAtUmk, names::kShareAtUmk, names::kJobs})
        m_stateSeries.emplace_back(name);
    for (const auto& b : s.sizeClasses) m_stateSeries.push_back(names::sizeClassSeries(b.name));
    for (const auto& b : s.microBands) m_stateSeries.push_back(names::microBandSeries(b.name));
    for (const auto& b : s.workerClasses) m_stateSeries.push_back(names::workerClassSeries(b.name));
    m_stateSeries.emplace_back(names::kMovedUp);
    m_seriesPerScope = static_cast<int>(m_stateSeries.size());
    m_bandsOfBin.assign(std::size_t(s.grid.bins()) * kBandFamilies, -1);
    int index = kFixedBase, family = 0;
    for (const auto* bands : {&s.sizeClasses, &s.microBands, &s.workerClasses}) {
        for (const auto& band : *bands) {
            for (int k = band.first; k <= band.last; ++k)
                m_bandsOfBin[k * kBandFamilies + family] = index;
            ++index;
        }
        ++family;
    }
    for (std::size_t sc = 0; sc < m_scopes.size(); ++sc) {
        for (std::size_t earlier = 0; earlier < sc && m_scopes[sc].sameAs < 0; ++earlier)
            if (m_scopes[earlier].groups == m_scopes[sc].groups)
                m_scopes[sc].sameAs = static_cast<int>(earlier);
        for (const auto& name : m_stateSeries) m_columns.push_back({int(sc), name});
    }

    m_costCategories = costs.categories();
    m_columns.push_back({0, std::string(names::kCost)});
    for (const auto& c : m_costCategories) m_columns.push_back({0, names::costCategorySeries(c)});
    m_columns.push_back({0, std::string(names::kCostCumulative)});
    m_columns.push_back({0, std::string(names::kCostDiscountedCumulative)});
    m_firstPluginSeries = width();
    m_pluginSeriesCount = static_cast<int>(pluginSeries.size());
    for (const auto& name : pluginSeries) m_columns.push_back({0, name});

    const auto totalColumn = [&](std::string_view series) {
        return column(std::string(names::kTotal), std::string(series));
    };
    m_total.active = totalColumn(names::kActive);
    m_total.everStarted = totalColumn(names::kEverStarted);
    m_total.atUmk = totalColumn(names::kParticipantsAtUmk);
    m_total.profit = totalColumn(names::kProfit);
    m_total.cost = totalColumn(names::kCost);
    m_total.movedUp = totalColumn(names::kMovedUp);
    for (std::size_t c = 1; c < s.sizeClasses.size(); ++c)
        m_total.kecilOrAbove.push_back(totalColumn(names::sizeClassSeries(s.sizeClasses[c].name)));
    tabulateCosts(costs);
}

int SeriesLayout::sourceColumn(int c) const {
    const int scope = m_columns[c].scope;
    const int same = c < m_seriesPerScope * int(m_scopes.size()) ? m_scopes[scope].sameAs : -1;
    return same < 0 ? c : c + (same - scope) * m_seriesPerScope;
}

int SeriesLayout::column(const std::string& scope, const std::string& series) const {
    for (std::size_t c = 0; c < m_columns.size(); ++c)
        if (m_columns[c].series == series && m_scopes[m_columns[c].scope].name == scope)
            return static_cast<int>(c);
    return -1;
}

void SeriesLayout::groupBase(int g, const double* counts, double initialActive, double movedUp,
                             double* base, int firstBin, int lastBin) const {
    const CompiledScenario& s = m_scenario;
    const Group& group = s.groups[g];
    const int bins = s.grid.bins();
    const double* active = counts + 1;
    std::fill(base, base + m_baseSize, 0.0);
    base[kProspects] = counts[0];
    base[kClosed] = counts[bins + 1];
    base[kInitialActive] = initialActive;
    // One pass over the occupied bins (a small group's enterprises fill few of them);
    // each sum still adds its bins in ascending order.
    double atUmk = 0.0;
    for (int k = firstBin, last = lastBin < 0 ? bins - 1 : lastBin; k <= last; ++k) {
        const double a = active[k];
        if (a == 0.0) continue;
        base[kActive] += a;
        base[kRevenue] += s.grid.value(k) * a;
        base[kJobs] += s.workersPerBin[k] * a;
        if (group.atUmk[k]) atUmk += a;
        for (int f = 0; f < kBandFamilies; ++f)
            if (const int band = m_bandsOfBin[k * kBandFamilies + f]; band >= 0) base[band] += a;
    }
    const double enterprises = base[kProspects] + base[kActive] + base[kClosed];
    base[kParticipants] = enterprises > 0.0 ? group.participants : 0.0;
    base[kAtUmk] = atUmk * group.kubeSize;
    base[m_baseSize - 1] = movedUp * group.kubeSize;
}

void SeriesLayout::fillStates(const std::vector<double>& groupBases, int t, double* frame) const {
    const double margin = m_scenario.spec.parameters.margin;
    std::vector<double> sum(m_baseSize);
    double* row = frame + static_cast<std::size_t>(t) * width();
    for (std::size_t sc = 0; sc < m_scopes.size(); ++sc) {
        if (const int same = m_scopes[sc].sameAs; same >= 0) {
            const double* from = row + std::size_t(same) * m_seriesPerScope;
            std::copy(from, from + m_seriesPerScope, row + sc * m_seriesPerScope);
            continue;
        }
        std::fill(sum.begin(), sum.end(), 0.0);
        for (int g : m_scopes[sc].groups)
            for (int i = 0; i < m_baseSize; ++i) sum[i] += groupBases[g * m_baseSize + i];
        double* out = row + sc * m_seriesPerScope;
        const double participants = sum[kParticipants];
        const double profit = margin * sum[kRevenue];
        out[0] = sum[kProspects];
        out[1] = sum[kActive];
        out[2] = sum[kClosed];
        out[3] = sum[kActive] + sum[kClosed] - sum[kInitialActive];
        out[4] = participants;
        out[5] = sum[kRevenue];
        out[6] = profit;
        out[7] = participants > 0.0 ? profit / participants : 0.0;
        out[8] = sum[kAtUmk];
        out[9] = participants > 0.0 ? sum[kAtUmk] / participants : 0.0;
        out[10] = sum[kJobs];
        std::copy(sum.begin() + kFixedBase, sum.end(), out + 11);
    }
}

void SeriesLayout::fillCosts(Arm arm, double* frame) const {
    const auto& columns = m_costColumns[arm == Arm::Program ? 0 : 1];
    const std::size_t perMonth = columns.size() / m_months;
    for (int t = 0; t < m_months; ++t) {
        double* out = frame + static_cast<std::size_t>(t) * width() + m_total.cost;
        const double* in = columns.data() + static_cast<std::size_t>(t) * perMonth;
        std::copy(in, in + perMonth, out);
    }
}

void SeriesLayout::tabulateCosts(const CostPlan& costs) {
    const int horizon = m_scenario.horizon;
    const std::size_t categories = m_costCategories.size();
    const std::size_t perMonth = categories + 3; // cost, categories, cumulative, discounted
    for (int a = 0; a < 2; ++a) {
        const Arm arm = a == 0 ? Arm::Program : Arm::Baseline;
        const std::vector<Rupiah> monthly = costs.byMonth(horizon, arm);
        std::vector<std::vector<Rupiah>> byCategory;
        for (const auto& c : m_costCategories) byCategory.push_back(costs.byMonth(horizon, arm, c));
        auto& columns = m_costColumns[a];
        columns.assign(perMonth * m_months, 0.0);
        double cumulative = 0.0, discounted = 0.0;
        for (int t = 0; t < m_months; ++t) {
            double* out = columns.data() + static_cast<std::size_t>(t) * perMonth;
            const double cost = static_cast<double>(monthly[t]);
            out[0] = cost;
            for (std::size_t c = 0; c < categories; ++c)
                out[1 + c] = static_cast<double>(byCategory[c][t]);
            cumulative += cost;
            discounted += cost / std::pow(m_scenario.discountMonthly, t);
            out[1 + categories] = cumulative;
            out[2 + categories] = discounted;
        }
    }
}

} // namespace nk::engine
