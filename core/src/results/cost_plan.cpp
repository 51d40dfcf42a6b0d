#include "naikkelas/results/cost_plan.hpp"

#include <algorithm>

namespace nk {

Rupiah CostPlan::total(Arm arm) const {
    Rupiah sum = 0;
    for (const auto& e : entries)
        if (e.arm == arm) sum += e.amount;
    return sum;
}

std::vector<std::string> CostPlan::categories() const {
    std::vector<std::string> out;
    for (const auto& e : entries)
        if (std::find(out.begin(), out.end(), e.category) == out.end()) out.push_back(e.category);
    return out;
}

std::vector<Rupiah> CostPlan::byMonth(int horizonMonths, Arm arm,
                                      const std::string& category) const {
    std::vector<Rupiah> out(static_cast<std::size_t>(horizonMonths) + 1, 0);
    for (const auto& e : entries)
        if (e.arm == arm && e.month >= 0 && e.month <= horizonMonths &&
            (category.empty() || e.category == category))
            out[e.month] += e.amount;
    return out;
}

} // namespace nk
