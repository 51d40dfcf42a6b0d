#include "screenshot.hpp"

#include "gl_pixels.hpp"

#include <GL/gl.h>

#include <algorithm>
#include <cstdint>
#include <unordered_map>
#include <vector>

namespace nk::gui {

namespace {

constexpr double kMinContentShare = 0.005;

// Share of the region's pixels that differ from its most common colour.
double contentShare(const std::vector<std::uint8_t>& rgb, int width, int height, PixelRegion r) {
    r.x0 = std::clamp(r.x0, 0, width);
    r.x1 = std::clamp(r.x1, r.x0, width);
    r.y0 = std::clamp(r.y0, 0, height);
    r.y1 = std::clamp(r.y1, r.y0, height);
    std::unordered_map<std::uint32_t, std::size_t> counts;
    std::size_t total = 0;
    for (int y = r.y0; y < r.y1; ++y)
        for (int x = r.x0; x < r.x1; ++x) {
            const std::uint8_t* p =
                rgb.data() + (static_cast<std::size_t>(y) * static_cast<std::size_t>(width) +
                              static_cast<std::size_t>(x)) *
                                 3;
            ++counts[(std::uint32_t(p[0]) << 16) | (std::uint32_t(p[1]) << 8) | p[2]];
            ++total;
        }
    if (total == 0) return 0.0;
    std::size_t most = 0;
    for (const auto& [colour, n] : counts) most = std::max(most, n);
    return static_cast<double>(total - most) / static_cast<double>(total);
}

} // namespace

ScreenshotResult saveScreenshot(const std::string& path, int width, int height, PixelRegion probe) {
    ScreenshotResult result;
    if (width <= 0 || height <= 0) {
        result.error = "the window has no pixels to read";
        return result;
    }
    const std::vector<std::uint8_t> pixels = readPixelsTopDown(GL_BACK, width, height);
    result.blank = contentShare(pixels, width, height, probe) < kMinContentShare;
    if (!writePng(path, pixels, width, height, result.error)) return result;
    result.ok = true;
    return result;
}

} // namespace nk::gui
