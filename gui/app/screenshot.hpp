// Saving what the window shows as a PNG (glReadPixels + stb_image_write), for the
// screenshot mode the Xvfb test uses and for looking at the app as a user does.
#pragma once

#include <string>

namespace nk::gui {

struct ScreenshotResult {
    bool ok = false;
    bool blank = false; // every pixel the same colour: nothing was drawn
    std::string error;
};

// Reads the current framebuffer (width x height) and writes it to `path` as PNG.
ScreenshotResult saveScreenshot(const std::string& path, int width, int height);

} // namespace nk::gui
