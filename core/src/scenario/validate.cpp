// Semantic checks of a Scenario. Each finding names the key path and says what would be
// valid. The ranges of single values come from the schema (scenario/schema.hpp); what is
// here are the checks that involve more than one key: references, ascending lists, bounds
// that depend on other keys, duplicates and the countability of costs.
#include "naikkelas/scenario/validate.hpp"

#include "naikkelas/scenario/schema.hpp"
#include "naikkelas/units/rupiah.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <stdexcept>
#include <unordered_map>

namespace nk {

namespace {

using schema::FieldInfo;
using schema::formatNumber;

// The cost plan sums int64 rupiah; stay well below 9.2e18 so no sum can overflow.
constexpr long double kMaxCountableCost = 1e18L;
// PP 7/2021 and UU 20/2008 upper bounds of the first class (mikro), annual sales in Rp.
constexpr Rupiah kMikroPp7 = 2'000'000'000;
constexpr Rupiah kMikroUu20 = 300'000'000;

// Rp 1,250,000: the diagnostics are in English.
std::string rupiah(Rupiah amount) {
    return formatRupiah(amount, Language::English);
}

bool isDigit(char c) {
    return c >= '0' && c <= '9';
}

// "YYYY-MM", year from 1900, month 01..12.
bool isStartMonth(const std::string& start) {
    if (start.size() != 7 || start[4] != '-') return false;
    for (const std::size_t i : {0u, 1u, 2u, 3u, 5u, 6u})
        if (!isDigit(start[i])) return false;
    const int year = std::stoi(start.substr(0, 4));
    const int month = std::stoi(start.substr(5, 2));
    return year >= 1900 && month >= 1 && month <= 12;
}

std::string quoted(const std::string& id) {
    return "`" + id + "`";
}

std::string at(const std::string& list, std::size_t index) {
    return list + "[" + std::to_string(index) + "]";
}

template <class T> std::vector<std::string> idsOf(const std::vector<T>& items) {
    std::vector<std::string> ids;
    for (const auto& item : items) ids.push_back(item.id);
    return ids;
}

template <class T> const T* findById(const std::vector<T>& items, const std::string& id) {
    for (const auto& item : items)
        if (item.id == id) return &item;
    return nullptr;
}

// The schema's row of a member: `infoOf(&GridSpec::r_max)`.
template <class T, class M> const FieldInfo& infoOf(M T::*member) {
    for (const auto& f : schema::fieldsOf<T>())
        if (const auto* m = std::get_if<M T::*>(&f.member); m && *m == member) return f.info;
    throw std::logic_error("a member without a schema row"); // a programming error
}

template <class M> std::string shown(const FieldInfo& info, M value) {
    if constexpr (std::is_same_v<M, double>)
        return formatNumber(value);
    else if (info.kind == schema::Kind::Rupiah || info.kind == schema::Kind::RupiahList)
        return rupiah(static_cast<Rupiah>(value));
    else
        return std::to_string(value);
}

class Checker {
public:
    explicit Checker(const Scenario& s) : m_s(s) {}

    Diagnostics run() {
        checkInfo();
        checkSizeClasses();
        checkGrid();
        checkParameters();
        checkPrograms();
        checkEquipment();
        checkClusters();
        checkCohorts();
        checkBudget();
        checkPlugins();
        checkSimulation();
        // Costs of a scenario with broken references or out-of-range values would mislead
        // (and could overflow): they are checked once everything else is right.
        if (!m_d.hasErrors()) checkCosts();
        return std::move(m_d);
    }

private:
    void error(const std::string& path, std::string message, std::string hint = {}) {
        m_d.error(path, std::move(message), std::move(hint));
    }
    void warning(const std::string& path, std::string message, std::string hint = {}) {
        m_d.warning(path, std::move(message), std::move(hint));
    }

    // --- single values: the schema's ranges ---

    template <class M> bool inRange(const std::string& path, const FieldInfo& info, M value) {
        const auto problem =
            schema::checkRange(info, static_cast<double>(value), shown(info, value));
        if (problem) error(path, problem->message, problem->hint);
        return !problem;
    }

    template <class T, class M>
    bool inRange(const std::string& path, const T& object, M T::*member) {
        return inRange(path, infoOf(member), object.*member);
    }

    template <class T, class E>
    bool eachInRange(const std::string& path, const T& object, std::vector<E> T::*member) {
        bool ok = true;
        for (std::size_t i = 0; i < (object.*member).size(); ++i)
            ok = inRange(at(path, i), infoOf(member), (object.*member)[i]) && ok;
        return ok;
    }

    // Every number of one section or entry, but those whose bound depends on other keys
    // (FieldInfo::crossBound), which the section's check tests by hand.
    template <class T> void ranges(const std::string& prefix, const T& object) {
        for (const auto& f : schema::fieldsOf<T>()) {
            if (!f.info.crossBound.empty()) continue;
            const std::string path = prefix + "." + std::string(f.info.key);
            std::visit(
                [&](auto member) {
                    using M = std::remove_cvref_t<decltype(object.*member)>;
                    if constexpr (schema::NumberValue<M>)
                        inRange(path, f.info, object.*member);
                    else if constexpr (schema::NumberListValue<M>)
                        eachInRange(path, object, member);
                },
                f.member);
        }
    }

    void idPresent(const std::string& path, const std::string& id) {
        if (id.empty())
            error(path + ".id", "the id is empty", "a short unique name, e.g. batch_2025");
    }

    template <class T> void uniqueIds(const std::vector<T>& items, const std::string& list) {
        std::unordered_map<std::string, std::size_t> first;
        for (std::size_t i = 0; i < items.size(); ++i) {
            if (items[i].id.empty()) continue;
            const auto [it, inserted] = first.emplace(items[i].id, i);
            if (!inserted)
                error(at(list, i) + ".id",
                      "duplicate id " + quoted(items[i].id) + ", already used by " +
                          at(list, it->second),
                      "ids must be unique within " + list);
        }
    }

    // Hint for an id that does not resolve: a close match, else what exists.
    static std::string unknownHint(const std::string& id, const std::vector<std::string>& known,
                                   const std::string& list) {
        if (known.empty()) return "no " + list + " are defined";
        const std::string close = closestMatch(id, known);
        if (!close.empty()) return "did you mean `" + close + "`?";
        std::string out = "known " + list + ": ";
        for (std::size_t i = 0; i < known.size(); ++i) out += (i ? ", " : "") + known[i];
        return out;
    }

    // --- sections ---

    void checkInfo() {
        const ScenarioInfo& info = m_s.scenario;
        ranges("scenario", info);
        if (!isStartMonth(info.start))
            error("scenario.start", quoted(info.start) + " is not a start month",
                  "YYYY-MM with a year from 1900 and a month from 01 to 12, e.g. 2025-01");
    }

    Rupiah firstClassBound() const {
        switch (m_s.size_classes.scheme) {
        case SizeScheme::Pp7_2021:
            return kMikroPp7;
        case SizeScheme::Uu20_2008:
            return kMikroUu20;
        case SizeScheme::Custom:
            break;
        }
        const auto& t = m_s.size_classes.thresholds;
        return t.empty() ? 0 : t.front();
    }

    // Each in range and strictly ascending; false if not.
    bool ascendingAmounts(std::vector<Rupiah> SizeClasses::*member, const std::string& list) {
        bool ok = eachInRange(list, m_s.size_classes, member);
        const std::vector<Rupiah>& values = m_s.size_classes.*member;
        for (std::size_t i = 1; i < values.size(); ++i) {
            if (values[i] > 0 && values[i - 1] > 0 && values[i] <= values[i - 1]) {
                error(at(list, i),
                      rupiah(values[i]) + " is not above the previous bound " +
                          rupiah(values[i - 1]),
                      "bounds ascend, smallest first");
                ok = false;
            }
        }
        return ok;
    }

    void checkSizeClasses() {
        const SizeClasses& sc = m_s.size_classes;
        const bool custom = sc.scheme == SizeScheme::Custom;
        if (custom) {
            if (sc.thresholds.empty())
                error("size_classes.thresholds", "a custom scheme needs at least one threshold",
                      "upper bounds of annual sales (Rp) of every class but the last, e.g. "
                      "[300000000, 2500000000]");
            ascendingAmounts(&SizeClasses::thresholds, "size_classes.thresholds");
            if (sc.names.size() != sc.thresholds.size() + 1)
                error("size_classes.names",
                      std::to_string(sc.names.size()) + " names for " +
                          std::to_string(sc.thresholds.size() + 1) + " classes",
                      "one name per class: the number of thresholds + 1");
        } else {
            if (!sc.thresholds.empty())
                warning("size_classes.thresholds", "ignored: thresholds apply to scheme `custom`");
            if (!sc.names.empty())
                warning("size_classes.names", "ignored: names apply to scheme `custom`");
        }
        if (!ascendingAmounts(&SizeClasses::micro_bands, "size_classes.micro_bands")) return;
        const Rupiah bound = firstClassBound();
        if (!sc.micro_bands.empty() && bound > 0 && sc.micro_bands.back() >= bound)
            error(at("size_classes.micro_bands", sc.micro_bands.size() - 1),
                  rupiah(sc.micro_bands.back()) + " is not below the first class bound " +
                      rupiah(bound),
                  "micro bands split the first class (mikro), so each is below its bound");
    }

    void checkGrid() {
        const GridSpec& g = m_s.grid;
        const std::size_t before = m_d.items().size();
        ranges("grid", g);
        // r_max above r_min (so above 0 as well); an infinite r_max is the schema's finding
        if (!std::isfinite(g.r_max))
            inRange("grid.r_max", g, &GridSpec::r_max);
        else if (std::isfinite(g.r_min) && g.r_max <= g.r_min)
            error("grid.r_max",
                  formatNumber(g.r_max) + " is not above r_min " + formatNumber(g.r_min),
                  "the largest revenue of the grid, Rp per month, above r_min");
        if (m_d.items().size() != before) return;
        const double bins = std::round(g.bins_per_decade * std::log10(g.r_max / g.r_min));
        if (bins < 2 || bins > 250)
            error("grid.bins_per_decade",
                  "the grid would have " + formatNumber(bins) + " bins, outside 2 to 250",
                  "bins = bins_per_decade x decades from r_min to r_max; change either");
    }

    void checkParameters() { ranges("parameters", m_s.parameters); }

    void checkPrograms() {
        const std::vector<std::string> equipmentIds = idsOf(m_s.equipment);
        for (std::size_t i = 0; i < m_s.programs.size(); ++i) {
            const Program& p = m_s.programs[i];
            const std::string path = at("programs", i);
            idPresent(path, p.id);
            ranges(path, p);
            if (p.kit.empty()) continue;
            const Equipment* kit = findById(m_s.equipment, p.kit);
            if (!kit) {
                m_brokenReference = true;
                error(path + ".kit", "unknown equipment " + quoted(p.kit),
                      unknownHint(p.kit, equipmentIds, "equipment"));
            } else if (kit->kind != EquipmentKind::Individual) {
                m_brokenReference = true;
                error(path + ".kit", quoted(p.kit) + " is shared equipment; a kit is individual",
                      "give the kit an equipment of kind `individual`; shared equipment goes "
                      "to a cluster");
            }
        }
        uniqueIds(m_s.programs, "programs");
    }

    void checkEquipment() {
        for (std::size_t i = 0; i < m_s.equipment.size(); ++i) {
            const Equipment& e = m_s.equipment[i];
            const std::string path = at("equipment", i);
            idPresent(path, e.id);
            ranges(path, e);
        }
        uniqueIds(m_s.equipment, "equipment");
    }

    void checkClusters() {
        const std::vector<std::string> equipmentIds = idsOf(m_s.equipment);
        for (std::size_t i = 0; i < m_s.clusters.size(); ++i) {
            const Cluster& c = m_s.clusters[i];
            const std::string path = at("clusters", i);
            idPresent(path, c.id);
            for (std::size_t j = 0; j < c.equipment.size(); ++j) {
                const EquipmentAllocation& a = c.equipment[j];
                const std::string sub = at(path + ".equipment", j);
                ranges(sub, a);
                const Equipment* e = findById(m_s.equipment, a.equipment);
                if (!e) {
                    m_brokenReference = true;
                    error(sub + ".equipment", "unknown equipment " + quoted(a.equipment),
                          unknownHint(a.equipment, equipmentIds, "equipment"));
                } else if (e->kind != EquipmentKind::Shared) {
                    m_brokenReference = true;
                    error(sub + ".equipment",
                          quoted(a.equipment) + " is individual equipment; a cluster holds "
                                                "shared equipment",
                          "use an equipment of kind `shared`; individual items are program kits");
                }
            }
        }
        uniqueIds(m_s.clusters, "clusters");
    }

    void checkCohorts() {
        const int horizon = m_s.scenario.horizon_months;
        const std::vector<std::string> programIds = idsOf(m_s.programs);
        const std::vector<std::string> clusterIds = idsOf(m_s.clusters);
        for (std::size_t i = 0; i < m_s.cohorts.size(); ++i) {
            const Cohort& c = m_s.cohorts[i];
            const std::string path = at("cohorts", i);
            idPresent(path, c.id);
            ranges(path, c);
            if (!c.program.empty() && !findById(m_s.programs, c.program)) {
                m_brokenReference = true;
                error(path + ".program", "unknown program " + quoted(c.program),
                      unknownHint(c.program, programIds, "programs") +
                          ". An empty program makes a comparison group");
            }
            if (!c.cluster.empty() && !findById(m_s.clusters, c.cluster)) {
                m_brokenReference = true;
                error(path + ".cluster", "unknown cluster " + quoted(c.cluster),
                      unknownHint(c.cluster, clusterIds, "clusters"));
            }
            entryMonth(path + ".entry_month", c.entry_month, horizon);
            if (c.target_group.empty())
                error(path + ".target_group", "the target group is empty",
                      "a tag such as umum, perempuan, pmks, eks_lokalisasi");
            if (!inRange(path + ".kube_size", c, &Cohort::kube_size)) continue;
            if (c.participants >= 1 && c.kube_size > c.participants)
                error(path + ".kube_size",
                      "a KUBE of " + std::to_string(c.kube_size) + " is larger than the " +
                          std::to_string(c.participants) + " participants",
                      "1 to " + std::to_string(c.participants));
        }
        uniqueIds(m_s.cohorts, "cohorts");
    }

    // From the start to the month before the horizon (the schema's bound is the longest
    // horizon's).
    void entryMonth(const std::string& path, int month, int horizon) {
        const std::string valid = "0 to " + std::to_string(horizon - 1) + " months after the start";
        if (month < 0)
            error(path, "entry month " + std::to_string(month) + " is before the scenario start",
                  valid);
        else if (horizon >= 1 && month >= horizon)
            error(path,
                  "entry month " + std::to_string(month) + " is beyond the horizon of " +
                      std::to_string(horizon) + " months",
                  valid);
    }

    void checkBudget() {
        const Budget& b = m_s.budget;
        ranges("budget", b);
        std::unordered_map<int, std::size_t> years;
        for (std::size_t i = 0; i < b.fiscal_years.size(); ++i) {
            const FiscalYearLimit& y = b.fiscal_years[i];
            const std::string path = at("budget.fiscal_years", i);
            ranges(path, y);
            const auto [it, inserted] = years.emplace(y.year, i);
            if (!inserted)
                error(path + ".year",
                      "fiscal year " + std::to_string(y.year) + " is listed twice, first at " +
                          at("budget.fiscal_years", it->second),
                      "one limit per year");
            else
                fiscalYearInHorizon(path + ".year", y.year);
        }
        const FieldInfo& month = infoOf(&BudgetLine::month);
        for (std::size_t i = 0; i < b.lines.size(); ++i) {
            const BudgetLine& l = b.lines[i];
            const std::string path = at("budget.lines", i);
            if (l.category.empty())
                error(path + ".category", "the category is empty",
                      "e.g. admin, marketing, training");
            ranges(path, l);
            if (l.month > m_s.scenario.horizon_months && month.range.contains(l.month))
                warning(path + ".month", "month " + std::to_string(l.month) +
                                             " is beyond the horizon of " +
                                             std::to_string(m_s.scenario.horizon_months) +
                                             " months; the line is not counted");
        }
    }

    // A limit for a year the projection never reaches is never checked: most likely a
    // typing slip (2034 for 2024), so the user is told which years count.
    void fiscalYearInHorizon(const std::string& path, int year) {
        const int horizon = m_s.scenario.horizon_months;
        if (!isStartMonth(m_s.scenario.start) ||
            !infoOf(&ScenarioInfo::horizon_months).range.contains(horizon))
            return;
        if (!infoOf(&FiscalYearLimit::year).range.contains(year)) return; // already an error
        const int startYear = std::stoi(m_s.scenario.start.substr(0, 4));
        const int startMonth = std::stoi(m_s.scenario.start.substr(5, 2)) - 1;
        const int lastYear = startYear + (startMonth + horizon - 1) / 12;
        if (year >= startYear && year <= lastYear) return;
        const std::string valid =
            startYear == lastYear ? std::to_string(startYear)
                                  : std::to_string(startYear) + " to " + std::to_string(lastYear);
        warning(path,
                "fiscal year " + std::to_string(year) + " is outside the horizon (" + valid +
                    "); its limit is never checked",
                "a year from " + valid);
    }

    void checkPlugins() {
        std::unordered_map<std::string, std::size_t> first;
        for (std::size_t i = 0; i < m_s.plugins.size(); ++i) {
            const PluginUse& p = m_s.plugins[i];
            const std::string path = at("plugins", i);
            if (p.id.empty()) error(path + ".id", "the plugin id is empty", "e.g. cohort_outcomes");
            // the plugin's own ranges are the registry's; finiteness is everyone's
            for (const auto& [name, value] : p.params)
                if (const double* d = std::get_if<double>(&value); d && !std::isfinite(*d))
                    error(path + ".params." + name, "not a finite number",
                          "write a number such as 0.5; .nan and .inf are not allowed");
            if (p.id.empty()) continue;
            const auto [it, inserted] = first.emplace(p.id, i);
            if (!inserted)
                error(path + ".id",
                      "plugin " + quoted(p.id) + " is listed twice, first at " +
                          at("plugins", it->second),
                      "list each plugin once, with all its parameters");
        }
    }

    void checkSimulation() {
        const SimulationSettings& s = m_s.simulation;
        ranges("simulation", s);
        for (std::size_t i = 1; i < s.quantiles.size(); ++i) {
            const double q = s.quantiles[i];
            const double previous = s.quantiles[i - 1];
            const schema::Range& valid = infoOf(&SimulationSettings::quantiles).range;
            if (valid.contains(q) && valid.contains(previous) && q <= previous)
                error(at("simulation.quantiles", i),
                      formatNumber(q) + " is not above the previous quantile " +
                          formatNumber(previous),
                      "quantiles ascend, e.g. [0.05, 0.5, 0.95]");
        }
    }

    // --- costs must stay countable ---

    // An upper bound of every cost the plan could hold, in long double so it cannot overflow.
    long double costUpperBound() const {
        long double total = 0;
        for (const Cohort& c : m_s.cohorts) {
            const Program* p = findById(m_s.programs, c.program);
            if (!p) continue;
            const Equipment* kit = findById(m_s.equipment, p->kit);
            total += static_cast<long double>(c.participants) *
                     (static_cast<long double>(p->cost_per_participant) +
                      (kit ? static_cast<long double>(kit->unit_cost) : 0.0L) +
                      static_cast<long double>(p->mentoring_months) *
                          static_cast<long double>(p->mentoring_cost_per_month));
        }
        for (const Cluster& cl : m_s.clusters)
            for (const EquipmentAllocation& a : cl.equipment)
                if (const Equipment* e = findById(m_s.equipment, a.equipment))
                    total += static_cast<long double>(a.units) *
                             (static_cast<long double>(e->unit_cost) +
                              static_cast<long double>(e->lifetime_months) *
                                  static_cast<long double>(e->maintenance_monthly));
        for (const BudgetLine& l : m_s.budget.lines)
            total += static_cast<long double>(l.amount) * static_cast<long double>(l.repeat_months);
        return total;
    }

    // Costs themselves are the budget plugin's; the core only makes sure they can be
    // counted in whole rupiah without overflow.
    void checkCosts() {
        if (m_brokenReference) return;
        if (costUpperBound() > kMaxCountableCost)
            error("budget", "the planned costs are too large to count (over Rp 10^18)",
                  "check participants, unit costs and months for a typing error");
    }

    const Scenario& m_s;
    Diagnostics m_d;
    bool m_brokenReference = false;
};

} // namespace

Diagnostics validateScenario(const Scenario& scenario) {
    return Checker(scenario).run();
}

} // namespace nk
