#include "screenshot.hpp"

#include <GL/gl.h>
#include <stb_image_write.h>

#include <cstdint>
#include <cstring>
#include <vector>

namespace nk::gui {

ScreenshotResult saveScreenshot(const std::string& path, int width, int height) {
    ScreenshotResult result;
    if (width <= 0 || height <= 0) {
        result.error = "the window has no pixels to read";
        return result;
    }
    const std::size_t row = static_cast<std::size_t>(width) * 3;
    std::vector<std::uint8_t> pixels(row * static_cast<std::size_t>(height));
    glPixelStorei(GL_PACK_ALIGNMENT, 1);
    glReadBuffer(GL_BACK);
    glReadPixels(0, 0, width, height, GL_RGB, GL_UNSIGNED_BYTE, pixels.data());
    // OpenGL's rows start at the bottom; PNG's at the top.
    std::vector<std::uint8_t> flipped(pixels.size());
    for (int y = 0; y < height; ++y)
        std::memcpy(flipped.data() + static_cast<std::size_t>(y) * row,
                    pixels.data() + static_cast<std::size_t>(height - 1 - y) * row, row);
    result.blank = true;
    for (std::size_t i = 3; i < flipped.size() && result.blank; ++i)
        result.blank = flipped[i] == flipped[i % 3];
    if (!stbi_write_png(path.c_str(), width, height, 3, flipped.data(), static_cast<int>(row))) {
        result.error = "cannot write " + path;
        return result;
    }
    result.ok = true;
    return result;
}

} // namespace nk::gui
