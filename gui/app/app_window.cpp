#include "app_window.hpp"

#include "panels/app_menu.hpp"
#include "model/app_state.hpp"
#include "panels/editor_panel.hpp"
#include "panels/results_view.hpp"
#include "screenshot.hpp"

#include <GLFW/glfw3.h>
#include <backends/imgui_impl_glfw.h>
#include <backends/imgui_impl_opengl3.h>
#include <imgui.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <memory>

namespace nk::gui {

namespace {

// Frames drawn before a screenshot: ImGui lays windows out over the first frames.
constexpr int kScreenshotFrames = 4;

// DejaVu Sans (Debian fonts-dejavu-core) has the glyphs our text uses beyond ASCII and
// Latin-1: "–" for undefined values and "≥" in "≥ UMK". Without it, ImGui's built-in
// font shows them as "?".
constexpr const char* kFontFile = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";

void loadFont() {
    ImGuiIO& io = ImGui::GetIO();
    if (!std::filesystem::exists(kFontFile)) return; // the built-in font still works
    static ImVector<ImWchar> ranges;                 // must outlive the font atlas build
    ImFontGlyphRangesBuilder builder;
    builder.AddRanges(io.Fonts->GetGlyphRangesDefault());
    for (ImWchar c : {ImWchar(0x2013), ImWchar(0x2014), ImWchar(0x2264), ImWchar(0x2265),
                      ImWchar(0x00B1), ImWchar(0x00D7)})
        builder.AddChar(c);
    builder.BuildRanges(&ranges);
    io.Fonts->AddFontFromFileTTF(kFontFile, 16.0f, nullptr, ranges.Data);
}

void glfwError(int code, const char* description) {
    std::fprintf(stderr, "naikkelas-gui: GLFW error %d: %s\n", code, description);
}

class Window {
public:
    bool open(int width, int height) {
        glfwSetErrorCallback(glfwError);
        if (!glfwInit()) return false;
        m_initialised = true;
        glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
        glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 3);
        glfwWindowHint(GLFW_OPENGL_PROFILE, GLFW_OPENGL_CORE_PROFILE);
        m_window = glfwCreateWindow(width, height, "NaikKelas", nullptr, nullptr);
        if (!m_window) return false;
        glfwMakeContextCurrent(m_window);
        glfwSwapInterval(1);
        IMGUI_CHECKVERSION();
        ImGui::CreateContext();
        ImGui::GetIO().IniFilename = nullptr; // layout comes from code, not a file
        ImGui::StyleColorsDark();
        loadFont();
        m_imgui = ImGui_ImplGlfw_InitForOpenGL(m_window, true) &&
                  ImGui_ImplOpenGL3_Init("#version 330 core");
        return m_imgui;
    }
    ~Window() {
        if (m_imgui) {
            ImGui_ImplOpenGL3_Shutdown();
            ImGui_ImplGlfw_Shutdown();
        }
        if (ImGui::GetCurrentContext()) ImGui::DestroyContext();
        if (m_window) glfwDestroyWindow(m_window);
        if (m_initialised) glfwTerminate();
    }
    GLFWwindow* handle() const { return m_window; }

private:
    bool m_initialised = false;
    bool m_imgui = false;
    GLFWwindow* m_window = nullptr;
};

// Every plugin module of the search path (NAIKKELAS_PLUGIN_PATH, next to the executable).
std::unique_ptr<PluginRegistry> loadPlugins() {
    auto registry = std::make_unique<PluginRegistry>();
    registry->loadSearchPath();
    for (const auto& problem : registry->problems())
        std::fprintf(stderr, "naikkelas-gui: warning: %s\n", problem.c_str());
    return registry;
}

// Editor on the left, results on the right, filling the window below the menu bar.
void drawMain(AppState& app, ResultsView& results) {
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->WorkPos);
    ImGui::SetNextWindowSize(viewport->WorkSize);
    ImGui::Begin("main", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                     ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus);
    const std::shared_ptr<const RunSnapshot> snapshot = app.runs().snapshot();
    const float editorWidth = std::min(380.0f, viewport->WorkSize.x * 0.28f);
    ImGui::BeginChild("editor", ImVec2(editorWidth, 0.0f), true);
    drawEditorPanel(app, *snapshot);
    ImGui::EndChild();
    ImGui::SameLine();
    ImGui::BeginChild("results", ImVec2(0.0f, 0.0f), false);
    if (snapshot->compiled && snapshot->expected)
        results.draw(*snapshot->compiled, snapshot->expected, app.settings().language);
    ImGui::EndChild();
    ImGui::End();
}

} // namespace

int runApp(const AppOptions& options) {
    const auto registry = loadPlugins();
    AppState app(*registry, defaultSettingsPath());
    if (options.language) app.settings().language = *options.language;
    if (!options.file.empty() && !app.open(options.file)) {
        std::fprintf(stderr, "naikkelas-gui: %s\n", app.status().c_str());
        if (!options.screenshotDir.empty()) return 1;
    }
    const bool screenshot = !options.screenshotDir.empty();
    if (screenshot) app.runs().waitIdle(); // the charts must be there to be seen
    Window window;
    if (!window.open(screenshot ? 1600 : app.settings().windowWidth,
                     screenshot ? 900 : app.settings().windowHeight)) {
        std::fprintf(stderr, "naikkelas-gui: cannot create the window (is there a display?)\n");
        return 1;
    }
    ResultsView results;
    AppMenu menu;
    bool quit = false;
    for (int frame = 0; !quit; ++frame) {
        glfwPollEvents();
        if (glfwWindowShouldClose(window.handle())) {
            glfwSetWindowShouldClose(window.handle(), GLFW_FALSE);
            menu.requestQuit(app, quit); // asks first when there are unsaved changes
        }
        ImGui_ImplOpenGL3_NewFrame();
        ImGui_ImplGlfw_NewFrame();
        ImGui::NewFrame();
        menu.draw(app, quit);
        drawMain(app, results);
        app.tick();
        ImGui::Render();
        int width = 0, height = 0;
        glfwGetFramebufferSize(window.handle(), &width, &height);
        glViewport(0, 0, width, height);
        glClearColor(0.09f, 0.09f, 0.11f, 1.0f);
        glClear(GL_COLOR_BUFFER_BIT);
        ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
        if (screenshot && frame + 1 == kScreenshotFrames) {
            std::filesystem::create_directories(options.screenshotDir);
            const std::string path = options.screenshotDir + "/results.png";
            const ScreenshotResult shot = saveScreenshot(path, width, height);
            if (!shot.ok || shot.blank) {
                std::fprintf(stderr, "naikkelas-gui: %s\n",
                             shot.ok ? ("the screenshot " + path + " is blank").c_str()
                                     : shot.error.c_str());
                return 1;
            }
            std::printf("%s\n", path.c_str());
            return 0;
        }
        glfwSwapBuffers(window.handle());
    }
    int width = 0, height = 0;
    glfwGetWindowSize(window.handle(), &width, &height);
    app.settings().windowWidth = width;
    app.settings().windowHeight = height;
    return 0;
}

} // namespace nk::gui
