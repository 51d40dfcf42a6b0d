// The layout of a scenario file: which keys, in which order, which lists are written on
// one line, and how each value is spelled.
#include "scenario_tree.hpp"
#include "naikkelas/results/series_names.hpp"

#include "naikkelas/io/results_export.hpp"

#include "yaml_prescan.hpp"

#include <charconv>
#include <cmath>
#include <type_traits>

namespace nk::io::detail {

const YamlTree* YamlTree::find(std::string_view key) const {
    for (const auto& [name, value] : entries)
        if (name == key) return &value;
    return nullptr;
}

std::string formatDouble(double v, bool keepReal) {
    if (std::isnan(v)) return ".nan";
    if (std::isinf(v)) return v > 0 ? ".inf" : "-.inf";
    char buffer[128];
    const bool whole = std::trunc(v) == v && std::fabs(v) < 1e15;
    const auto result =
        whole ? std::to_chars(buffer, buffer + sizeof buffer, v, std::chars_format::fixed)
              : std::to_chars(buffer, buffer + sizeof buffer, v);
    std::string text(buffer, result.ptr);
    if (keepReal && text.find_first_of(".e") == std::string::npos) text += ".0";
    return text;
}

namespace {

const char* nameOf(SizeScheme s) {
    switch (s) {
    case SizeScheme::Uu20_2008:
        return "uu20_2008";
    case SizeScheme::Custom:
        return "custom";
    case SizeScheme::Pp7_2021:
        break;
    }
    return "pp7_2021";
}

const char* nameOf(EquipmentKind k) {
    return k == EquipmentKind::Shared ? "shared" : "individual";
}

YamlTree scalar(std::string text, bool quoted = false) {
    YamlTree t;
    t.scalar = std::move(text);
    t.quoted = quoted;
    return t;
}

YamlTree node(const std::string& v) {
    return scalar(v, plainLooksTyped(v));
}
YamlTree node(const char* v) {
    return scalar(v);
}
YamlTree node(double v) {
    return scalar(formatDouble(v, false));
}
YamlTree node(int v) {
    return scalar(std::to_string(v));
}
YamlTree node(std::int64_t v) {
    return scalar(std::to_string(v));
}
YamlTree node(std::uint64_t v) {
    return scalar(std::to_string(v));
}
YamlTree node(bool v) {
    return scalar(v ? "true" : "false");
}

// A mapping built key by key in the written order.
class MapOf {
public:
    explicit MapOf(bool flow = false) {
        m_tree.kind = YamlTree::Kind::Map;
        m_tree.flow = flow;
    }
    template <class T> MapOf& add(std::string key, const T& v) { return put(key, node(v)); }
    MapOf& put(std::string key, YamlTree v) {
        m_tree.entries.emplace_back(std::move(key), std::move(v));
        return *this;
    }
    YamlTree done() { return std::move(m_tree); }

private:
    YamlTree m_tree;
};

YamlTree sequence(bool flow) {
    YamlTree t;
    t.kind = YamlTree::Kind::Seq;
    t.flow = flow;
    return t;
}

template <class T> YamlTree flowList(const std::vector<T>& items) {
    YamlTree t = sequence(true);
    for (const auto& item : items) t.items.push_back(node(item));
    return t;
}

// Lists of entries: one per line, or `[]` when empty.
template <class T, class F> YamlTree list(const std::vector<T>& items, F each) {
    YamlTree t = sequence(items.empty());
    for (const auto& item : items) t.items.push_back(each(item));
    return t;
}

YamlTree info(const ScenarioInfo& i) {
    return MapOf()
        .add("id", i.id)
        .add("title", i.title)
        .add("source", i.source)
        .add("notes", i.notes)
        .add("region", i.region)
        .add("start", i.start)
        .add("horizon_months", i.horizon_months)
        .add("seed", i.seed)
        .add("umk_monthly", i.umk_monthly)
        .done();
}

YamlTree sizeClasses(const SizeClasses& sc) {
    return MapOf()
        .add("scheme", nameOf(sc.scheme))
        .put("thresholds", flowList(sc.thresholds))
        .put("names", flowList(sc.names))
        .put("micro_bands", flowList(sc.micro_bands))
        .done();
}

YamlTree grid(const GridSpec& g) {
    return MapOf()
        .add("r_min", g.r_min)
        .add("r_max", g.r_max)
        .add("bins_per_decade", g.bins_per_decade)
        .done();
}

YamlTree parameters(const CoreParameters& p) {
    return MapOf()
        .add("start_prob_monthly", p.start_prob_monthly)
        .add("closure_monthly_at_ref", p.closure_monthly_at_ref)
        .add("ref_revenue", p.ref_revenue)
        .add("closure_size_elasticity", p.closure_size_elasticity)
        .add("drift_monthly", p.drift_monthly)
        .add("volatility_monthly", p.volatility_monthly)
        .add("home_capacity", p.home_capacity)
        .add("start_revenue_median", p.start_revenue_median)
        .add("start_revenue_log_sd", p.start_revenue_log_sd)
        .add("margin", p.margin)
        .add("revenue_per_worker", p.revenue_per_worker)
        .done();
}

YamlTree program(const Program& p) {
    return MapOf()
        .add("id", p.id)
        .add("name", p.name)
        .add("sector", p.sector)
        .add("duration_days", p.duration_days)
        .add("cost_per_participant", p.cost_per_participant)
        .add("completion_rate", p.completion_rate)
        .add("mentoring_months", p.mentoring_months)
        .add("mentoring_cost_per_month", p.mentoring_cost_per_month)
        .add("kit", p.kit)
        .done();
}

YamlTree equipment(const Equipment& e) {
    return MapOf()
        .add("id", e.id)
        .add("name", e.name)
        .add("kind", nameOf(e.kind))
        .add("unit_cost", e.unit_cost)
        .add("capacity_monthly", e.capacity_monthly)
        .add("members_per_unit", e.members_per_unit)
        .add("maintenance_monthly", e.maintenance_monthly)
        .add("lifetime_months", e.lifetime_months)
        .add("running_probability", e.running_probability)
        .done();
}

YamlTree cluster(const Cluster& c) {
    YamlTree allocations = sequence(false);
    for (const auto& a : c.equipment)
        allocations.items.push_back(
            MapOf(true).add("equipment", a.equipment).add("units", a.units).done());
    return MapOf()
        .add("id", c.id)
        .add("name", c.name)
        .add("place", c.place)
        .add("sector", c.sector)
        .put("equipment", std::move(allocations))
        .put("channels", flowList(c.channels))
        .done();
}

YamlTree cohort(const Cohort& c) {
    return MapOf()
        .add("id", c.id)
        .add("participants", c.participants)
        .add("program", c.program)
        .add("cluster", c.cluster)
        .add("entry_month", c.entry_month)
        .add("business_share", c.business_share)
        .add("initial_revenue_median", c.initial_revenue_median)
        .add("initial_revenue_log_sd", c.initial_revenue_log_sd)
        .add("target_group", c.target_group)
        .add("kube_size", c.kube_size)
        .done();
}

YamlTree budget(const Budget& b) {
    return MapOf()
        .add("envelope", b.envelope)
        .put("fiscal_years",
             list(b.fiscal_years,
                  [](const FiscalYearLimit& y) {
                      return MapOf(true).add("year", y.year).add("limit", y.limit).done();
                  }))
        .put("lines", list(b.lines,
                           [](const BudgetLine& l) {
                               return MapOf()
                                   .add("name", l.name)
                                   .add("category", l.category)
                                   .add("amount", l.amount)
                                   .add("month", l.month)
                                   .add("repeat_months", l.repeat_months)
                                   .done();
                           }))
        .done();
}

YamlTree plugin(const PluginUse& p) {
    MapOf params(p.params.empty());
    for (const auto& [name, v] : p.params)
        params.put(name, std::visit(
                             [](const auto& x) {
                                 if constexpr (std::is_same_v<std::decay_t<decltype(x)>, double>)
                                     return scalar(formatDouble(x, true));
                                 else
                                     return node(x);
                             },
                             v));
    return MapOf().add("id", p.id).put("params", params.done()).done();
}

YamlTree simulation(const SimulationSettings& s) {
    return MapOf()
        .add("mode", std::string(names::modeName(s.mode)))
        .add("replications", s.replications)
        .put("quantiles", flowList(s.quantiles))
        .add("discount_rate_annual", s.discount_rate_annual)
        .add("threads", s.threads)
        .done();
}

} // namespace

YamlTree scenarioTree(const Scenario& s) {
    return MapOf()
        .add("naikkelas", kSchemaVersion)
        .put("scenario", info(s.scenario))
        .put("size_classes", sizeClasses(s.size_classes))
        .put("grid", grid(s.grid))
        .put("parameters", parameters(s.parameters))
        .put("programs", list(s.programs, program))
        .put("equipment", list(s.equipment, equipment))
        .put("clusters", list(s.clusters, cluster))
        .put("cohorts", list(s.cohorts, cohort))
        .put("budget", budget(s.budget))
        .put("plugins", list(s.plugins, plugin))
        .put("simulation", simulation(s.simulation))
        .done();
}

} // namespace nk::io::detail
