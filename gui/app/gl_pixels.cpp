#include "gl_pixels.hpp"

#include "naikkelas/io/atomic_file.hpp"

#include <GL/gl.h>
#include <stb_image_write.h>

#include <cstring>

namespace nk::gui {

namespace {

void appendBytes(void* context, void* data, int size) {
    static_cast<std::string*>(context)->append(static_cast<const char*>(data),
                                               static_cast<std::size_t>(size));
}

} // namespace

std::vector<std::uint8_t> readPixelsTopDown(unsigned buffer, int width, int height) {
    const std::size_t row = static_cast<std::size_t>(width) * 3;
    std::vector<std::uint8_t> pixels(row * static_cast<std::size_t>(height));
    glPixelStorei(GL_PACK_ALIGNMENT, 1);
    glReadBuffer(static_cast<GLenum>(buffer));
    glReadPixels(0, 0, width, height, GL_RGB, GL_UNSIGNED_BYTE, pixels.data());
    std::vector<std::uint8_t> flipped(pixels.size());
    for (int y = 0; y < height; ++y)
        std::memcpy(flipped.data() + static_cast<std::size_t>(y) * row,
                    pixels.data() + static_cast<std::size_t>(height - 1 - y) * row, row);
    return flipped;
}

bool writePng(const std::string& path, const std::vector<std::uint8_t>& rgb, int width, int height,
              std::string& error) {
    std::string png;
    if (!stbi_write_png_to_func(appendBytes, &png, width, height, 3, rgb.data(), width * 3)) {
        error = "cannot encode the PNG image " + path;
        return false;
    }
    return io::writeFileAtomically(path, png, error);
}

} // namespace nk::gui
