// Writing scenario files: every section in the documented order with every value,
// defaults included, so that a reader of the file sees the whole scenario. Numbers are
// written so that reading them back gives the same bits; text that a YAML reader could
// take for a number, a boolean or null is quoted.
#include "naikkelas/io/atomic_file.hpp"
#include "naikkelas/io/results_export.hpp"
#include "naikkelas/io/scenario_yaml.hpp"

#include "yaml_prescan.hpp"

#include <yaml-cpp/yaml.h>

#include <charconv>
#include <cmath>
#include <type_traits>

namespace nk::io {

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

// Shortest text that reads back as the same double. Whole values are written in full
// (10000000000, not 1e+10) since these are mostly rupiah; `keepReal` adds ".0" so that
// a plugin parameter stays a real number rather than becoming an integer.
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

class Writer {
public:
    Writer() {
        m_out.SetIndent(2);
        m_out.SetMapFormat(YAML::Block);
    }

    std::string text() const { return std::string(m_out.c_str()) + "\n"; }

    void scenario(const Scenario& s) {
        m_out << YAML::Comment("NaikKelas scenario; format: docs/scenario-format.md");
        m_out << YAML::BeginMap;
        key("naikkelas");
        m_out << kSchemaVersion;
        info(s.scenario);
        sizeClasses(s.size_classes);
        grid(s.grid);
        parameters(s.parameters);
        list("programs", s.programs, [this](const Program& p) { program(p); });
        list("equipment", s.equipment, [this](const Equipment& e) { equipment(e); });
        list("clusters", s.clusters, [this](const Cluster& c) { cluster(c); });
        list("cohorts", s.cohorts, [this](const Cohort& c) { cohort(c); });
        budget(s.budget);
        list("plugins", s.plugins, [this](const PluginUse& p) { plugin(p); });
        simulation(s.simulation);
        m_out << YAML::EndMap;
    }

private:
    void key(const char* name) { m_out << YAML::Key << name << YAML::Value; }

    void value(const std::string& v) {
        if (detail::plainLooksTyped(v)) m_out << YAML::DoubleQuoted;
        m_out << v;
    }
    void value(double v, bool keepReal = false) { m_out << formatDouble(v, keepReal); }
    void value(int v) { m_out << v; }
    void value(std::int64_t v) { m_out << v; }
    void value(std::uint64_t v) { m_out << v; }
    void value(bool v) { m_out << (v ? "true" : "false"); }

    template <class T> void entry(const char* name, const T& v) {
        key(name);
        value(v);
    }

    template <class T> void flowList(const char* name, const std::vector<T>& items) {
        key(name);
        m_out << YAML::Flow << YAML::BeginSeq;
        for (const auto& item : items) value(item);
        m_out << YAML::EndSeq;
    }

    template <class T, class F> void list(const char* name, const std::vector<T>& items, F each) {
        key(name);
        m_out << (items.empty() ? YAML::Flow : YAML::Block) << YAML::BeginSeq;
        for (const auto& item : items) each(item);
        m_out << YAML::EndSeq;
    }

    void info(const ScenarioInfo& i) {
        key("scenario");
        m_out << YAML::BeginMap;
        entry("id", i.id);
        entry("title", i.title);
        entry("source", i.source);
        entry("notes", i.notes);
        entry("region", i.region);
        entry("start", i.start);
        entry("horizon_months", i.horizon_months);
        entry("seed", i.seed);
        entry("umk_monthly", i.umk_monthly);
        m_out << YAML::EndMap;
    }

    void sizeClasses(const SizeClasses& sc) {
        key("size_classes");
        m_out << YAML::BeginMap;
        entry("scheme", std::string(nameOf(sc.scheme)));
        flowList("thresholds", sc.thresholds);
        flowList("names", sc.names);
        flowList("micro_bands", sc.micro_bands);
        m_out << YAML::EndMap;
    }

    void grid(const GridSpec& g) {
        key("grid");
        m_out << YAML::BeginMap;
        entry("r_min", g.r_min);
        entry("r_max", g.r_max);
        entry("bins_per_decade", g.bins_per_decade);
        m_out << YAML::EndMap;
    }

    void parameters(const CoreParameters& p) {
        key("parameters");
        m_out << YAML::BeginMap;
        entry("start_prob_monthly", p.start_prob_monthly);
        entry("closure_monthly_at_ref", p.closure_monthly_at_ref);
        entry("ref_revenue", p.ref_revenue);
        entry("closure_size_elasticity", p.closure_size_elasticity);
        entry("drift_monthly", p.drift_monthly);
        entry("volatility_monthly", p.volatility_monthly);
        entry("home_capacity", p.home_capacity);
        entry("start_revenue_median", p.start_revenue_median);
        entry("start_revenue_log_sd", p.start_revenue_log_sd);
        entry("margin", p.margin);
        entry("revenue_per_worker", p.revenue_per_worker);
        m_out << YAML::EndMap;
    }

    void program(const Program& p) {
        m_out << YAML::BeginMap;
        entry("id", p.id);
        entry("name", p.name);
        entry("sector", p.sector);
        entry("duration_days", p.duration_days);
        entry("cost_per_participant", p.cost_per_participant);
        entry("completion_rate", p.completion_rate);
        entry("mentoring_months", p.mentoring_months);
        entry("mentoring_cost_per_month", p.mentoring_cost_per_month);
        entry("kit", p.kit);
        m_out << YAML::EndMap;
    }

    void equipment(const Equipment& e) {
        m_out << YAML::BeginMap;
        entry("id", e.id);
        entry("name", e.name);
        entry("kind", std::string(nameOf(e.kind)));
        entry("unit_cost", e.unit_cost);
        entry("capacity_monthly", e.capacity_monthly);
        entry("members_per_unit", e.members_per_unit);
        entry("maintenance_monthly", e.maintenance_monthly);
        entry("lifetime_months", e.lifetime_months);
        entry("running_probability", e.running_probability);
        m_out << YAML::EndMap;
    }

    void cluster(const Cluster& c) {
        m_out << YAML::BeginMap;
        entry("id", c.id);
        entry("name", c.name);
        entry("place", c.place);
        entry("sector", c.sector);
        key("equipment");
        m_out << YAML::Block << YAML::BeginSeq;
        for (const auto& a : c.equipment) {
            m_out << YAML::Flow << YAML::BeginMap;
            entry("equipment", a.equipment);
            entry("units", a.units);
            m_out << YAML::EndMap;
        }
        m_out << YAML::EndSeq;
        flowList("channels", c.channels);
        m_out << YAML::EndMap;
    }

    void cohort(const Cohort& c) {
        m_out << YAML::BeginMap;
        entry("id", c.id);
        entry("participants", c.participants);
        entry("program", c.program);
        entry("cluster", c.cluster);
        entry("entry_month", c.entry_month);
        entry("business_share", c.business_share);
        entry("initial_revenue_median", c.initial_revenue_median);
        entry("initial_revenue_log_sd", c.initial_revenue_log_sd);
        entry("target_group", c.target_group);
        entry("kube_size", c.kube_size);
        m_out << YAML::EndMap;
    }

    void budget(const Budget& b) {
        key("budget");
        m_out << YAML::BeginMap;
        entry("envelope", b.envelope);
        list("fiscal_years", b.fiscal_years, [this](const FiscalYearLimit& y) {
            m_out << YAML::Flow << YAML::BeginMap;
            entry("year", y.year);
            entry("limit", y.limit);
            m_out << YAML::EndMap;
        });
        list("lines", b.lines, [this](const BudgetLine& l) {
            m_out << YAML::BeginMap;
            entry("name", l.name);
            entry("category", l.category);
            entry("amount", l.amount);
            entry("month", l.month);
            entry("repeat_months", l.repeat_months);
            m_out << YAML::EndMap;
        });
        m_out << YAML::EndMap;
    }

    void plugin(const PluginUse& p) {
        m_out << YAML::BeginMap;
        entry("id", p.id);
        key("params");
        m_out << (p.params.empty() ? YAML::Flow : YAML::Block) << YAML::BeginMap;
        for (const auto& [name, v] : p.params) {
            m_out << YAML::Key;
            value(name);
            m_out << YAML::Value;
            std::visit(
                [this](const auto& x) {
                    if constexpr (std::is_same_v<std::decay_t<decltype(x)>, double>)
                        value(x, true);
                    else
                        value(x);
                },
                v);
        }
        m_out << YAML::EndMap;
        m_out << YAML::EndMap;
    }

    void simulation(const SimulationSettings& s) {
        key("simulation");
        m_out << YAML::BeginMap;
        entry("mode", std::string(modeName(s.mode)));
        entry("replications", s.replications);
        flowList("quantiles", s.quantiles);
        entry("discount_rate_annual", s.discount_rate_annual);
        entry("threads", s.threads);
        m_out << YAML::EndMap;
    }

    YAML::Emitter m_out;
};

} // namespace

std::string scenarioToYaml(const Scenario& scenario) {
    Writer writer;
    writer.scenario(scenario);
    return writer.text();
}

bool saveScenarioFile(const Scenario& scenario, const std::string& path, std::string& error) {
    std::string text;
    try {
        text = scenarioToYaml(scenario);
    } catch (const std::exception& e) {
        error = std::string("cannot write the scenario as YAML: ") + e.what();
        return false;
    }
    return writeFileAtomically(path, text, error);
}

} // namespace nk::io
