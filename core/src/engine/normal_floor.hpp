// floor(a + b·Z) for a standard normal Z taken from a 32-bit uniform draw, exactly as
// inverse-CDF sampling of the discretised normal would give it, without building a
// table per (a, b). Both discretisations of MODEL.md use this shape: a survivor's move
// d = floor(1/2 + (mu + sigma·Z)/Delta) (2.3) and a starter's bin
// k = floor((ln m + s·Z - l_0)/Delta) (2.1).
//
// The rule, shared with DiscreteSampler: with V = (u + 1) / 2^32, the outcome is the
// smallest n with V <= P(a + b·Z < n + 1). The 4096 slices of the draw's range have
// their normal quantiles precomputed once: in a slice that holds no boundary n + 1
// (nearly all of them) the outcome follows from one multiply-add; otherwise the few
// candidates are decided with the normal CDF itself.
#pragma once

#include <cmath>
#include <cstdint>

namespace nk::engine {

class NormalFloor {
public:
    static constexpr int kSliceBits = 12;
    // Outcomes are kept within +-kBound: the callers clamp to the grid, far narrower.
    static constexpr int kBound = 1024;

    // b >= 0; b = 0 gives floor(a).
    static int sample(double a, double b, std::uint32_t u) {
        const Slice& s = slices()[u >> (32 - kSliceBits)];
        const double low = std::floor(a + b * s.low);
        if (low == std::floor(a + b * s.high) && std::fabs(low) < kBound) [[likely]]
            return static_cast<int>(low);
        return exact(a, b, u);
    }

private:
    // Normal quantiles of the slice's edges, widened by a margin far above their
    // rounding error, so that a slice taken as boundary-free truly is one.
    struct Slice {
        double low;
        double high;
    };
    static const Slice* slices();
    static int exact(double a, double b, std::uint32_t u);
};

} // namespace nk::engine
