#include "naikkelas/scenario/cost_plan.hpp"

#include <algorithm>
#include <charconv>

namespace nk {

Rupiah CostPlan::total() const {
    Rupiah sum = 0;
    for (const auto& e : entries) sum += e.amount;
    return sum;
}

std::vector<std::string> CostPlan::categories() const {
    std::vector<std::string> out;
    for (const auto& e : entries)
        if (std::find(out.begin(), out.end(), e.category) == out.end()) out.push_back(e.category);
    return out;
}

std::vector<Rupiah> CostPlan::byMonth(int horizonMonths, const std::string& category) const {
    std::vector<Rupiah> out(static_cast<std::size_t>(horizonMonths) + 1, 0);
    for (const auto& e : entries)
        if (e.month >= 0 && e.month <= horizonMonths &&
            (category.empty() || e.category == category))
            out[e.month] += e.amount;
    return out;
}

int enterprisesOf(const Cohort& cohort) {
    const int k = std::max(1, cohort.kube_size);
    return (std::max(0, cohort.participants) + k - 1) / k;
}

namespace {

template <class T> const T* findById(const std::vector<T>& items, const std::string& id) {
    for (const auto& item : items)
        if (item.id == id) return &item;
    return nullptr;
}

void addRecurring(CostPlan& plan, const std::string& category, const std::string& source,
                  int firstMonth, int months, Rupiah amount, int horizon) {
    for (int m = firstMonth; m < firstMonth + months && m <= horizon; ++m)
        if (m >= 0 && amount != 0) plan.entries.push_back({category, source, m, amount});
}

} // namespace

CostPlan buildCostPlan(const Scenario& s) {
    CostPlan plan;
    const int horizon = s.scenario.horizon_months;
    for (std::size_t i = 0; i < s.cohorts.size(); ++i) {
        const Cohort& c = s.cohorts[i];
        const Program* p = findById(s.programs, c.program);
        if (!p) continue;
        const std::string source = "cohorts[" + std::to_string(i) + "]";
        const Rupiah n = c.participants;
        addRecurring(plan, "training", source, c.entry_month, 1, n * p->cost_per_participant,
                     horizon);
        if (const Equipment* kit = findById(s.equipment, p->kit))
            addRecurring(plan, "kits", source, c.entry_month, 1, n * kit->unit_cost, horizon);
        addRecurring(plan, "mentoring", source, c.entry_month, p->mentoring_months,
                     n * p->mentoring_cost_per_month, horizon);
    }
    // Shared equipment is bought when the cluster's first cohort enters (month 0 if none)
    // and maintained for its lifetime within the horizon.
    for (std::size_t i = 0; i < s.clusters.size(); ++i) {
        const Cluster& cl = s.clusters[i];
        int installMonth = -1;
        for (const auto& c : s.cohorts)
            if (c.cluster == cl.id && (installMonth < 0 || c.entry_month < installMonth))
                installMonth = c.entry_month;
        installMonth = std::max(installMonth, 0);
        for (std::size_t j = 0; j < cl.equipment.size(); ++j) {
            const Equipment* e = findById(s.equipment, cl.equipment[j].equipment);
            if (!e) continue;
            const std::string source =
                "clusters[" + std::to_string(i) + "].equipment[" + std::to_string(j) + "]";
            const Rupiah units = cl.equipment[j].units;
            addRecurring(plan, "shared_capex", source, installMonth, 1, units * e->unit_cost,
                         horizon);
            addRecurring(plan, "shared_maintenance", source, installMonth, e->lifetime_months,
                         units * e->maintenance_monthly, horizon);
        }
    }
    for (std::size_t i = 0; i < s.budget.lines.size(); ++i) {
        const BudgetLine& l = s.budget.lines[i];
        addRecurring(plan, l.category, "budget.lines[" + std::to_string(i) + "]", l.month,
                     l.repeat_months, l.amount, horizon);
    }
    std::stable_sort(plan.entries.begin(), plan.entries.end(),
                     [](const CostEntry& a, const CostEntry& b) { return a.month < b.month; });
    return plan;
}

int calendarYearOf(const std::string& start, int month) {
    int year = 0, mon = 0;
    if (start.size() != 7 || start[4] != '-') return 0;
    if (std::from_chars(start.data(), start.data() + 4, year).ec != std::errc{}) return 0;
    if (std::from_chars(start.data() + 5, start.data() + 7, mon).ec != std::errc{}) return 0;
    if (mon < 1 || mon > 12) return 0;
    return year + (mon - 1 + month) / 12;
}

} // namespace nk
