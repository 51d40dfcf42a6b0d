#include "normal_floor.hpp"

#include "naikkelas/engine/grid.hpp"

#include <algorithm>
#include <array>
#include <limits>

namespace nk::engine {

namespace {

constexpr int kSlices = 1 << NormalFloor::kSliceBits;
constexpr double kMargin = 1e-9;

} // namespace

const NormalFloor::Slice* NormalFloor::slices() {
    static const auto table = [] {
        const double inf = std::numeric_limits<double>::infinity();
        std::array<double, kSlices + 1> edges{};
        edges[0] = -inf;
        edges[kSlices] = inf;
        for (int i = 1; i < kSlices; ++i) edges[i] = normalQuantile(double(i) / kSlices);
        std::array<Slice, kSlices> out{};
        for (int i = 0; i < kSlices; ++i)
            out[i] = {edges[i] - kMargin * (1.0 + std::fabs(edges[i])),
                      edges[i + 1] + kMargin * (1.0 + std::fabs(edges[i + 1]))};
        return out;
    }();
    return table.data();
}

int NormalFloor::exact(double a, double b, std::uint32_t u) {
    const double v = (double(u) + 1.0) / 4294967296.0;
    if (b <= 0.0)
        return static_cast<int>(std::clamp(std::floor(a), -double(kBound), double(kBound)));
    // The smallest n in [lo, hi] with v <= P(a + bZ < n + 1) = Phi((n + 1 - a) / b).
    const Slice& s = slices()[u >> (32 - kSliceBits)];
    auto bounded = [](double x) { return std::clamp(x, -double(kBound), double(kBound)); };
    int lo = static_cast<int>(bounded(std::isfinite(s.low) ? std::floor(a + b * s.low) : -kBound));
    int hi = static_cast<int>(bounded(std::isfinite(s.high) ? std::floor(a + b * s.high) : kBound));
    while (lo < hi) {
        const int mid = lo + (hi - lo) / 2;
        if (v <= normalCdf((mid + 1 - a) / b))
            hi = mid;
        else
            lo = mid + 1;
    }
    return lo;
}

} // namespace nk::engine
