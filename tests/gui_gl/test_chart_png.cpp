// A chart saved as PNG through OpenGL (gui/app/chart_png): a hidden GLFW window gives the
// GL context and ImGui's OpenGL 3 backend; the file is read back and must have the asked
// size, a mostly white background, several colours, and the series' own colour. Runs
// under xvfb-run (see CMakeLists.txt); exits non-zero on the first failed check.
#include "chart_png.hpp"

#include "chart/chart_model.hpp"

#include <GLFW/glfw3.h>
#include <backends/imgui_impl_glfw.h>
#include <backends/imgui_impl_opengl3.h>
#include <imgui.h>
#include <stb_image.h>

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <set>
#include <string>

namespace {

using nk::gui::chart::ChartKind;
using nk::gui::chart::ChartModel;
using nk::gui::chart::Color;

int g_failures = 0;

void check(bool ok, const std::string& what) {
    std::printf("%s: %s\n", ok ? "ok" : "FAILED", what.c_str());
    if (!ok) ++g_failures;
}

ChartModel sampleChart() {
    ChartModel m;
    m.kind = ChartKind::Band;
    m.title = "Usaha aktif";
    m.start = nk::gui::chart::YearMonth{2025, 1};
    for (std::size_t s = 0; s < 2; ++s) {
        nk::gui::chart::Series series;
        series.id = s == 0 ? "program" : "baseline";
        series.label = series.id;
        series.color = nk::gui::chart::paletteColor(s);
        nk::gui::chart::BandLayer band;
        for (int t = 0; t <= 36; ++t) {
            const double v = (s == 0 ? 60.0 : 30.0) * (1.0 - std::exp(-t / 10.0));
            series.values.push_back(v);
            band.lower.push_back(v * 0.8);
            band.upper.push_back(v * 1.2);
        }
        series.bands.push_back(band);
        m.series.push_back(series);
    }
    return m;
}

// Pixels within a small distance of `color` (packed as IM_COL32: red in the low byte).
bool near(const unsigned char* p, Color color) {
    const int r = static_cast<int>(color & 0xFF);
    const int g = static_cast<int>((color >> 8) & 0xFF);
    const int b = static_cast<int>((color >> 16) & 0xFF);
    return std::abs(p[0] - r) + std::abs(p[1] - g) + std::abs(p[2] - b) < 24;
}

void checkImage(const std::string& path, int width, int height, Color seriesColor) {
    int w = 0, h = 0, channels = 0;
    unsigned char* pixels = stbi_load(path.c_str(), &w, &h, &channels, 3);
    check(pixels != nullptr, "the PNG reads back");
    if (!pixels) return;
    check(w == width && h == height, "the PNG is " + std::to_string(width) + "x" +
                                         std::to_string(height) + " (got " + std::to_string(w) +
                                         "x" + std::to_string(h) + ")");
    std::set<unsigned> colours;
    std::size_t light = 0;
    std::size_t series = 0;
    const std::size_t count = static_cast<std::size_t>(w) * static_cast<std::size_t>(h);
    for (std::size_t i = 0; i < count; ++i) {
        const unsigned char* p = pixels + i * 3;
        colours.insert(static_cast<unsigned>(p[0]) << 16 | static_cast<unsigned>(p[1]) << 8 | p[2]);
        if (p[0] > 230 && p[1] > 230 && p[2] > 230) ++light;
        if (near(p, seriesColor)) ++series;
    }
    stbi_image_free(pixels);
    check(colours.size() >= 8, "several distinct colours (" + std::to_string(colours.size()) + ")");
    check(light * 2 > count, "mostly a light background (" + std::to_string(light) + " of " +
                                 std::to_string(count) + ")");
    check(series > 100, "the first series' colour is drawn (" + std::to_string(series) + " px)");
}

} // namespace

int main() {
    if (!glfwInit()) {
        std::fprintf(stderr, "cannot initialise GLFW (is there a display?)\n");
        return 1;
    }
    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 3);
    glfwWindowHint(GLFW_OPENGL_PROFILE, GLFW_OPENGL_CORE_PROFILE);
    glfwWindowHint(GLFW_VISIBLE, GLFW_FALSE);
    GLFWwindow* window = glfwCreateWindow(320, 240, "chart png test", nullptr, nullptr);
    if (!window) {
        std::fprintf(stderr, "cannot create a window with OpenGL 3.3\n");
        glfwTerminate();
        return 1;
    }
    glfwMakeContextCurrent(window);
    ImGui::CreateContext();
    ImGui::GetIO().IniFilename = nullptr;
    ImGui_ImplGlfw_InitForOpenGL(window, false);
    ImGui_ImplOpenGL3_Init("#version 330 core");

    const std::string dir = (std::filesystem::temp_directory_path() / "nk_chart_png_test").string();
    std::filesystem::create_directories(dir);
    const std::string path = dir + "/chart.png";
    std::filesystem::remove(path);
    std::string error;

    // Before any frame the font texture does not exist: a clear refusal, no crash.
    const bool early = nk::gui::saveChartPng(sampleChart(), path, error);
    check(!early && !error.empty(), "refused before the first frame: " + error);

    // As the app does it: a frame is rendered, then the chart is exported.
    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplGlfw_NewFrame();
    ImGui::NewFrame();
    ImGui::Render();
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());

    error.clear();
    const ChartModel model = sampleChart();
    const bool saved = nk::gui::saveChartPng(model, path, error);
    check(saved, "saved " + path + " " + error);
    checkImage(path, nk::gui::kChartPngWidth, nk::gui::kChartPngHeight, model.series[0].color);

    const std::string small = dir + "/small.png";
    const bool savedSmall = nk::gui::saveChartPng(model, small, error, 640, 360);
    check(savedSmall, "saved at 640x360 " + error);
    checkImage(small, 640, 360, model.series[0].color);

    const bool unwritable = nk::gui::saveChartPng(model, dir + "/missing/x.png", error);
    check(!unwritable && !error.empty(), "an unwritable path fails with a message: " + error);

    if (const char* keep = std::getenv("NK_KEEP_CHART_PNG")) // to look at it
        std::filesystem::copy_file(path, keep, std::filesystem::copy_options::overwrite_existing);
    std::filesystem::remove_all(dir);
    ImGui_ImplOpenGL3_Shutdown();
    ImGui_ImplGlfw_Shutdown();
    ImGui::DestroyContext();
    glfwDestroyWindow(window);
    glfwTerminate();
    std::printf("%s\n", g_failures == 0 ? "all checks passed" : "some checks failed");
    return g_failures == 0 ? 0 : 1;
}
