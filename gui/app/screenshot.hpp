// Saving what the window shows as a PNG (glReadPixels + stb_image_write), for the
// screenshot mode the Xvfb test uses and for looking at the app as a user does.
#pragma once

#include <string>

namespace nk::gui {

// A rectangle of the window in pixels, top-left origin.
struct PixelRegion {
    int x0 = 0, y0 = 0, x1 = 0, y1 = 0;
};

struct ScreenshotResult {
    bool ok = false;
    // Under 0.5 % of the probed region's pixels differ from its most common colour:
    // the view there drew (next to) nothing.
    bool blank = false;
    std::string error;
};

// Reads the current framebuffer (width x height), writes it to `path` as PNG and checks
// `probe` (clipped to the window) for content.
ScreenshotResult saveScreenshot(const std::string& path, int width, int height, PixelRegion probe);

} // namespace nk::gui
