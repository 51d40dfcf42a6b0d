// The editable scenario specification (docs/model.md section 1 and the core parameters of
// section 4). A Scenario is plain data, exactly what a YAML file says; field names are
// the YAML keys (docs/scenario-format.md). compile() turns it into a CompiledScenario.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace nk {

using Rupiah = std::int64_t; // whole rupiah, never float (docs/model.md section 5)

inline constexpr int kSchemaVersion = 1;

struct ScenarioInfo {
    std::string id;
    std::string title;
    std::string source; // article or document the figures come from
    std::string notes;
    std::string region;            // kabupaten/kota, for the reference wage
    std::string start = "2025-01"; // YYYY-MM
    int horizon_months = 60;
    std::uint64_t seed = 1;
    Rupiah umk_monthly = 2'500'000; // reference wage (UMK) of the region, Rp/month
    bool operator==(const ScenarioInfo&) const = default;
};

enum class SizeScheme { Pp7_2021, Uu20_2008, Custom };

struct SizeClasses {
    SizeScheme scheme = SizeScheme::Pp7_2021;
    // custom only: ascending upper bounds of annual sales (Rp) for all classes but the
    // last, and one name per class (thresholds.size() + 1 names).
    std::vector<Rupiah> thresholds;
    std::vector<std::string> names;
    // optional finer bands inside the first class (ultra-mikro), ascending upper bounds
    // of annual sales; each band is reported as a series of its own.
    std::vector<Rupiah> micro_bands;
    bool operator==(const SizeClasses&) const = default;
};

struct GridSpec {
    double r_min = 100'000;          // Rp/month
    double r_max = 10'000'000'000.0; // Rp/month
    int bins_per_decade = 12;
    bool operator==(const GridSpec&) const = default;
};

struct CoreParameters {
    double start_prob_monthly = 0.0174;      // s0
    double closure_monthly_at_ref = 0.0072;  // q0
    double ref_revenue = 5'000'000;          // r_ref, Rp/month
    double closure_size_elasticity = 0.15;   // eta
    double drift_monthly = 0.0;              // mu0, log revenue per month
    double volatility_monthly = 0.10;        // sigma0, log revenue per month
    double home_capacity = 15'000'000;       // Rp/month
    double start_revenue_median = 2'500'000; // m_s, Rp/month
    double start_revenue_log_sd = 0.6;       // s_s
    double margin = 0.35;                    // profit / revenue
    double revenue_per_worker = 7'500'000;   // Rp/month
    bool operator==(const CoreParameters&) const = default;
};

struct Program {
    std::string id;
    std::string name;
    std::string sector;
    int duration_days = 1;
    Rupiah cost_per_participant = 0;
    double completion_rate = 1.0;
    int mentoring_months = 0;
    Rupiah mentoring_cost_per_month = 0; // per participant
    std::string kit;                     // id of an individual equipment item, or empty
    bool operator==(const Program&) const = default;
};

enum class EquipmentKind { Individual, Shared };

struct Equipment {
    std::string id;
    std::string name;
    EquipmentKind kind = EquipmentKind::Individual;
    Rupiah unit_cost = 0;
    double capacity_monthly = 0;    // revenue capacity it gives, Rp/month (0: none)
    int members_per_unit = 1;       // shared: members one unit serves
    Rupiah maintenance_monthly = 0; // per unit
    int lifetime_months = 60;
    double running_probability = 1.0; // shared: probability a unit is kept running
    bool operator==(const Equipment&) const = default;
};

struct EquipmentAllocation {
    std::string equipment; // id of a shared equipment item
    int units = 0;
    bool operator==(const EquipmentAllocation&) const = default;
};

struct Cluster {
    std::string id;
    std::string name;
    std::string place;
    std::string sector;
    std::vector<EquipmentAllocation> equipment;
    std::vector<std::string> channels; // market channels (plugins interpret them)
    bool operator==(const Cluster&) const = default;
};

struct Cohort {
    std::string id;
    int participants = 0;
    std::string program;         // program id, or empty: no program (a comparison group)
    std::string cluster;         // cluster id, or empty
    int entry_month = 0;         // months after the scenario start
    double business_share = 0.0; // b: share with a business already
    double initial_revenue_median = 2'500'000; // Rp/month
    double initial_revenue_log_sd = 0.6;
    std::string target_group = "umum";
    int kube_size = 1;
    bool operator==(const Cohort&) const = default;
};

struct FiscalYearLimit {
    int year = 0;
    Rupiah limit = 0;
    bool operator==(const FiscalYearLimit&) const = default;
};

struct BudgetLine {
    std::string name;
    std::string category = "admin";
    Rupiah amount = 0;     // per month it recurs
    int month = 0;         // first month (after the scenario start)
    int repeat_months = 1; // number of consecutive months it is paid
    bool operator==(const BudgetLine&) const = default;
};

struct Budget {
    Rupiah envelope = 0; // 0: no envelope
    std::vector<FiscalYearLimit> fiscal_years;
    std::vector<BudgetLine> lines;
    bool operator==(const Budget&) const = default;
};

// A plugin parameter value as written in the file: number, integer, bool or text.
using ParamValue = std::variant<double, std::int64_t, bool, std::string>;

struct PluginUse {
    std::string id;
    std::map<std::string, ParamValue> params;
    bool operator==(const PluginUse&) const = default;
};

enum class RunMode { Expected, MonteCarlo, Both };

struct SimulationSettings {
    RunMode mode = RunMode::Expected;
    int replications = 200;
    std::vector<double> quantiles = {0.05, 0.5, 0.95};
    double discount_rate_annual = 0.06;
    int threads = 0; // 0: all cores
    bool operator==(const SimulationSettings&) const = default;
};

struct Scenario {
    int schema_version = kSchemaVersion;
    ScenarioInfo scenario;
    SizeClasses size_classes;
    GridSpec grid;
    CoreParameters parameters;
    std::vector<Program> programs;
    std::vector<Equipment> equipment;
    std::vector<Cluster> clusters;
    std::vector<Cohort> cohorts;
    Budget budget;
    std::vector<PluginUse> plugins;
    SimulationSettings simulation;
    bool operator==(const Scenario&) const = default;
};

} // namespace nk
