// Reading back what OpenGL drew and saving it as a PNG: shared by the window screenshot
// and the chart export. Needs the current GL context.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace nk::gui {

// The RGB pixels of the bound read framebuffer's `buffer` (GL_BACK, GL_COLOR_ATTACHMENT0),
// top row first as images store them (OpenGL's rows start at the bottom).
std::vector<std::uint8_t> readPixelsTopDown(unsigned buffer, int width, int height);

// Encodes RGB pixels as PNG and writes them by write-then-rename; false with `error`.
bool writePng(const std::string& path, const std::vector<std::uint8_t>& rgb, int width, int height,
              std::string& error);

} // namespace nk::gui
