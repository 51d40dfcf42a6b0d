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

namespace nk::decision {

namespace {

// The upper convex hull of the efficient points (cheapest first) by a monotone chain: a
// point leaves when the step to the next one buys more per rupiah than the step to it.
void markHull(std::vector<FrontierPoint>& points) {
    std::vector<FrontierPoint*> hull;
    const auto slope = [](const FrontierPoint* a, const FrontierPoint* b) {
        return (b->outcome - a->outcome) / (b->cost - a->cost);
    };
    for (FrontierPoint& p : points) {
        if (!p.efficient || (!hull.empty() && p.cost == hull.back()->cost)) continue;
        while (hull.size() >= 2 &&
               slope(hull[hull.size() - 2], hull.back()) <= slope(hull.back(), &p))
            hull.pop_back();
        hull.push_back(&p);
    }
    for (FrontierPoint* p : hull) p->hull = true;
}

void markGains(std::vector<FrontierPoint>& points) {
    const FrontierPoint* previous = nullptr;
    for (FrontierPoint& p : points) {
        if (!p.efficient) continue;
        if (previous && p.cost > previous->cost)
            p.gainPerRupiah = (p.outcome - previous->outcome) / (p.cost - previous->cost);
        if (!previous || p.cost > previous->cost) previous = &p;
    }
}

} // namespace

std::vector<FrontierPoint> budgetFrontier(const std::vector<std::string>& indicators,
                                          std::size_t stride, const std::string& outcome,
                                          const std::string& cost,
                                          const std::vector<std::vector<double>>& outputs) {
    const auto column = [&](const std::string& name) {
        const auto at = std::find(indicators.begin(), indicators.end(), name);
        return static_cast<std::size_t>(at - indicators.begin()) * stride;
    };
    const std::size_t c = column(cost), o = column(outcome);
    std::vector<double> costs, outcomes;
    for (const auto& row : outputs) {
        costs.push_back(row.at(c));
        outcomes.push_back(row.at(o));
    }
    const std::vector<bool> efficient = paretoEfficient(costs, outcomes);
    std::vector<FrontierPoint> points;
    for (std::size_t i = 0; i < outputs.size(); ++i)
        points.push_back({i, costs[i], outcomes[i], efficient[i]});
    std::stable_sort(points.begin(), points.end(),
                     [](const FrontierPoint& a, const FrontierPoint& b) {
                         // a point without a cost goes last
                         const auto key = [](double v) { return std::isnan(v) ? INFINITY : v; };
                         return key(a.cost) < key(b.cost);
                     });
    markGains(points);
    markHull(points);
    return points;
}

} // namespace nk::decision
