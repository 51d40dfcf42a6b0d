#include "naikkelas/decision/designs.hpp"

#include "naikkelas/engine/random_stream.hpp"

#include <algorithm>
#include <numeric>

namespace nk::decision {

namespace {

// A uniform in [0, 1) from the draw of (stream, index, slot).
double uniform(const RandomStream& stream, std::uint64_t index, std::uint64_t slot) {
    return double(stream.bits(index, slot) >> 11) * 0x1.0p-53;
}

// A random permutation of 0..n-1 (Fisher-Yates on counter-based draws).
std::vector<int> permutation(int n, const RandomStream& stream, std::uint64_t slot) {
    std::vector<int> order(static_cast<std::size_t>(n));
    std::iota(order.begin(), order.end(), 0);
    for (int i = n - 1; i > 0; --i) {
        const auto j = static_cast<int>(uniform(stream, std::uint64_t(i), slot) * (i + 1));
        std::swap(order[i], order[std::min(j, i)]);
    }
    return order;
}

// Each design draws from its own streams: replication numbers per design kind.
constexpr std::uint64_t kLatinStreams = 1 << 16;
constexpr std::uint64_t kMorrisStreams = 2 << 16;
constexpr std::uint64_t kSaltelliStream = 3 << 16;
constexpr std::uint64_t kRandomSampleStream = 4 << 16;

} // namespace

Points latinHypercube(int n, int factors, std::uint64_t seed) {
    Points points(static_cast<std::size_t>(n), Point(static_cast<std::size_t>(factors)));
    for (int f = 0; f < factors; ++f) {
        const RandomStream stream(seed, kLatinStreams + std::uint64_t(f));
        const std::vector<int> strata = permutation(n, stream, 0);
        for (int i = 0; i < n; ++i)
            points[i][f] = (strata[i] + uniform(stream, std::uint64_t(i), 1)) / n;
    }
    return points;
}

Points oneAtATime(const Point& base) {
    Points points{base};
    for (std::size_t f = 0; f < base.size(); ++f)
        for (const double end : {0.0, 1.0}) {
            points.push_back(base);
            points.back()[f] = end;
        }
    return points;
}

Points grid(const std::vector<int>& levels) {
    Points points;
    std::size_t total = 1;
    for (const int n : levels) total *= static_cast<std::size_t>(n);
    for (std::size_t i = 0; i < total; ++i) {
        Point p(levels.size());
        std::size_t rest = i;
        for (std::size_t f = levels.size(); f-- > 0;) {
            const auto n = static_cast<std::size_t>(levels[f]);
            p[f] = double(rest % n) / double(n - 1);
            rest /= n;
        }
        points.push_back(std::move(p));
    }
    return points;
}

Points randomSample(int samples, int factors, std::uint64_t seed) {
    const RandomStream stream(seed, kRandomSampleStream);
    Points points(static_cast<std::size_t>(samples), Point(static_cast<std::size_t>(factors)));
    for (int i = 0; i < samples; ++i)
        for (int f = 0; f < factors; ++f)
            points[i][f] = uniform(stream, std::uint64_t(i), std::uint64_t(f));
    return points;
}

MorrisDesign morris(int trajectories, int factors, int levels, std::uint64_t seed) {
    MorrisDesign d{factors, trajectories, levels, {}, {}};
    const double delta = levels / (2.0 * (levels - 1));
    // Start levels are those from which +delta stays in the grid: 0 .. p/2 - 1.
    const int startLevels = std::max(1, levels / 2);
    for (int t = 0; t < trajectories; ++t) {
        const RandomStream stream(seed, kMorrisStreams + std::uint64_t(t));
        const std::uint64_t slot = 0;
        Point x(static_cast<std::size_t>(factors));
        std::vector<int> direction(static_cast<std::size_t>(factors));
        for (int f = 0; f < factors; ++f) {
            const auto start =
                static_cast<int>(uniform(stream, std::uint64_t(f), slot) * startLevels);
            x[f] = double(std::min(start, startLevels - 1)) / (levels - 1);
            // Half the factors step up from a low start, half down from its mirror.
            direction[f] = uniform(stream, std::uint64_t(f), slot + 1) < 0.5 ? 1 : -1;
            if (direction[f] < 0) x[f] += delta;
        }
        d.points.push_back(x);
        for (const int f : permutation(factors, stream, slot + 2)) {
            x[f] += direction[f] * delta;
            d.points.push_back(x);
            d.movedFactor.push_back(f);
        }
    }
    return d;
}

SaltelliDesign saltelli(int samples, int factors, std::uint64_t seed) {
    SaltelliDesign d{factors, samples, {}};
    const RandomStream stream(seed, kSaltelliStream);
    Points a(static_cast<std::size_t>(samples)), b(static_cast<std::size_t>(samples));
    for (int i = 0; i < samples; ++i)
        for (int f = 0; f < factors; ++f) {
            a[i].push_back(uniform(stream, std::uint64_t(i), std::uint64_t(f)));
            b[i].push_back(uniform(stream, std::uint64_t(i), std::uint64_t(factors + f)));
        }
    d.points = a;
    d.points.insert(d.points.end(), b.begin(), b.end());
    for (int f = 0; f < factors; ++f)
        for (int i = 0; i < samples; ++i) {
            Point ab = a[i];
            ab[f] = b[i][f];
            d.points.push_back(std::move(ab));
        }
    return d;
}

} // namespace nk::decision
