#include "cost_schedule.hpp"

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace nk::plugins::budget {

namespace {

const char* const kTooLarge =
    "the planned costs are too large to count (over Rp 9.2 x 10^18); check participants, "
    "unit costs and months for a typing error";

std::string indexed(const char* list, std::size_t i) {
    return std::string(list) + "[" + std::to_string(i) + "]";
}

// `amount` in each of `months` consecutive months from `first`, within 0..horizon.
void addRecurring(std::vector<CostItem>& out, const std::string& category,
                  const std::string& source, int first, std::int64_t months, std::int64_t amount,
                  int horizon) {
    if (amount == 0) return;
    // 64-bit bounds: first + months may pass INT_MAX for a long repeat.
    const std::int64_t end = std::min<std::int64_t>(first + months, std::int64_t(horizon) + 1);
    for (std::int64_t m = std::max<std::int64_t>(first, 0); m < end; ++m)
        out.push_back({static_cast<int>(m), category, source, amount});
}

void addCohorts(std::vector<CostItem>& out, const nk_scenario_view& s) {
    for (std::uint32_t i = 0; i < s.group_count; ++i) {
        const nk_group_view& g = s.groups[i];
        if (g.program < 0 || std::uint32_t(g.program) >= s.program_count) continue;
        const nk_program_view& p = s.programs[g.program];
        const std::string source = indexed("cohorts", i);
        const std::int64_t n = g.participants; // costs are per participant, not enterprise
        addRecurring(out, "training", source, g.entry_month, 1,
                     mulChecked(n, p.cost_per_participant), s.horizon);
        if (p.kit >= 0 && std::uint32_t(p.kit) < s.equipment_count)
            addRecurring(out, "kits", source, g.entry_month, 1,
                         mulChecked(n, s.equipment[p.kit].unit_cost), s.horizon);
        addRecurring(out, "mentoring", source, g.entry_month, p.mentoring_months,
                     mulChecked(n, p.mentoring_cost_per_month), s.horizon);
    }
}

// Shared equipment is bought when the cluster's first cohort enters (month 0 if none)
// and maintained for its lifetime within the horizon.
void addClusters(std::vector<CostItem>& out, const nk_scenario_view& s) {
    for (std::uint32_t i = 0; i < s.cluster_count; ++i) {
        const nk_cluster_view& cl = s.clusters[i];
        int install = -1;
        for (std::uint32_t g = 0; g < s.group_count; ++g)
            if (s.groups[g].cluster == int(i) && (install < 0 || s.groups[g].entry_month < install))
                install = s.groups[g].entry_month;
        install = std::max(install, 0);
        for (std::uint32_t j = 0; j < cl.equipment_count; ++j) {
            const nk_allocation_view& a = cl.equipment[j];
            if (a.equipment < 0 || std::uint32_t(a.equipment) >= s.equipment_count) continue;
            const nk_equipment_view& e = s.equipment[a.equipment];
            const std::string source = indexed("clusters", i) + indexed(".equipment", j);
            addRecurring(out, "shared_capex", source, install, 1, mulChecked(a.units, e.unit_cost),
                         s.horizon);
            addRecurring(out, "shared_maintenance", source, install, e.lifetime_months,
                         mulChecked(a.units, e.maintenance_monthly), s.horizon);
        }
    }
}

void addBudgetLines(std::vector<CostItem>& out, const nk_scenario_view& s) {
    for (std::uint32_t i = 0; i < s.budget_line_count; ++i) {
        const nk_budget_line_view& l = s.budget_lines[i];
        addRecurring(out, l.category ? l.category : "admin", indexed("budget.lines", i), l.month,
                     l.repeat_months, l.amount, s.horizon);
    }
}

// Amounts are at start-year prices; a cost paid y fiscal years later is (1 + e)^y of it.
void escalate(std::vector<CostItem>& items, const nk_scenario_view& s, double e) {
    if (e == 0.0) return;
    for (CostItem& item : items) {
        const int years = calendarYear(s, item.month) - s.start_year;
        if (years <= 0) continue;
        const double scaled = std::round(double(item.amount) * std::pow(1.0 + e, years));
        if (!(std::fabs(scaled) < 9.2e18)) throw std::overflow_error(kTooLarge);
        item.amount = static_cast<std::int64_t>(scaled);
    }
}

// One overhead line per month: the share of that month's (escalated) other costs.
void addOverhead(std::vector<CostItem>& items, double share, int horizon) {
    if (share == 0.0) return;
    std::vector<std::int64_t> direct(static_cast<std::size_t>(horizon) + 1, 0);
    for (const CostItem& item : items)
        direct[std::size_t(item.month)] = addChecked(direct[std::size_t(item.month)], item.amount);
    for (int m = 0; m <= horizon; ++m) {
        const double amount = std::round(share * double(direct[std::size_t(m)]));
        if (!(std::fabs(amount) < 9.2e18)) throw std::overflow_error(kTooLarge);
        if (amount != 0.0)
            items.push_back({m, kOverheadCategory, kOverheadSource, std::int64_t(amount)});
    }
}

} // namespace

std::int64_t addChecked(std::int64_t a, std::int64_t b) {
    std::int64_t sum = 0;
    if (__builtin_add_overflow(a, b, &sum)) throw std::overflow_error(kTooLarge);
    return sum;
}

std::int64_t mulChecked(std::int64_t a, std::int64_t b) {
    std::int64_t product = 0;
    if (__builtin_mul_overflow(a, b, &product)) throw std::overflow_error(kTooLarge);
    return product;
}

int calendarYear(const nk_scenario_view& s, int month) {
    return s.start_year + (s.start_month - 1 + month) / 12;
}

std::vector<CostItem> costSchedule(const nk_scenario_view& s, const Refinements& r) {
    std::vector<CostItem> items;
    if (s.horizon < 0) return items;
    addCohorts(items, s);
    addClusters(items, s);
    addBudgetLines(items, s);
    escalate(items, s, r.escalationAnnual);
    addOverhead(items, r.overheadShare, s.horizon);
    std::stable_sort(items.begin(), items.end(),
                     [](const CostItem& a, const CostItem& b) { return a.month < b.month; });
    return items;
}

} // namespace nk::plugins::budget
