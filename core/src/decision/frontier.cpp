#include "naikkelas/decision/frontier.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace nk::decision {

std::vector<bool> paretoEfficient(const std::vector<double>& cost,
                                  const std::vector<double>& outcome) {
    const std::size_t n = cost.size();
    std::vector<std::size_t> order;
    for (std::size_t i = 0; i < n; ++i)
        if (std::isfinite(cost[i]) && std::isfinite(outcome[i])) order.push_back(i);
    // Cheapest first, and among equal costs the best outcome first: a point is efficient
    // when it beats every outcome seen so far, or equals the best at the same cost.
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return cost[a] != cost[b] ? cost[a] < cost[b] : outcome[a] > outcome[b];
    });
    std::vector<bool> efficient(n, false);
    double best = -std::numeric_limits<double>::infinity();
    double bestCost = std::numeric_limits<double>::quiet_NaN();
    for (std::size_t i : order) {
        if (outcome[i] > best) {
            efficient[i] = true;
            best = outcome[i];
            bestCost = cost[i];
        } else if (outcome[i] == best && cost[i] == bestCost) {
            efficient[i] = true; // the same plan twice: neither beats the other
        }
    }
    return efficient;
}

} // namespace nk::decision
