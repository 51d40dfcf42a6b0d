#include "app_window.hpp"

#include "chart_png.hpp"
#include "model/app_state.hpp"
#include "panels/app_menu.hpp"
#include "panels/help_windows.hpp"
#include "panels/main_view.hpp"
#include "panels/recovery_prompt.hpp"
#include "screenshot_tour.hpp"

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

// DejaVu Sans (Debian fonts-dejavu-core) has the glyphs our text uses beyond Latin-1:
// "–" for undefined values, "≥" in "≥ UMK", and the Greek letters, arrows and operators
// of the model documentation (Φ, μ, σ, →, −, ≤). Without it, ImGui's built-in font
// shows them as "?".
constexpr const char* kFontFile = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";

void loadFont() {
    ImGuiIO& io = ImGui::GetIO();
    if (!std::filesystem::exists(kFontFile)) return; // the built-in font still works
    static const ImWchar ranges[] = {
        0x0020, 0x00FF, // Basic Latin, Latin-1
        0x0370, 0x03FF, // Greek
        0x2000, 0x206F, // punctuation: dashes, quotes, bullets
        0x2070, 0x209F, // superscripts and subscripts
        0x2190, 0x21FF, // arrows
        0x2200, 0x22FF, // mathematical operators
        0,
    };
    io.Fonts->AddFontFromFileTTF(kFontFile, 16.0f, nullptr, ranges);
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

// Files given with --compare; false (after a message) when one cannot be added.
bool addCompareFiles(MainView& main, const std::vector<std::string>& files) {
    bool ok = true;
    for (const std::string& file : files) {
        std::string error;
        if (!main.compare().session().add(file, error)) {
            std::fprintf(stderr, "naikkelas-gui: --compare: %s\n", error.c_str());
            ok = false;
        }
    }
    return ok;
}

// The title names the document and marks unsaved changes, as desktop apps do.
void showTitle(Window& window, AppState& app, std::string& shownTitle) {
    const std::string title =
        app.document().displayName() + (app.document().dirty() ? " *" : "") + " - NaikKelas";
    if (title == shownTitle) return;
    glfwSetWindowTitle(window.handle(), title.c_str());
    shownTitle = title;
}

// Renders the frame ImGui built; returns the framebuffer's size.
std::pair<int, int> renderFrame(Window& window) {
    ImGui::Render();
    int width = 0, height = 0;
    glfwGetFramebufferSize(window.handle(), &width, &height);
    glViewport(0, 0, width, height);
    glClearColor(0.09f, 0.09f, 0.11f, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    return {width, height};
}

} // namespace

int runApp(const AppOptions& options) {
    const auto registry = loadPlugins();
    AppState app(*registry, defaultSettingsPath());
    if (options.language) app.settings().language = *options.language;
    const bool screenshot = !options.screenshotDir.empty();
    AppMenu menu;
    if (!options.file.empty()) {
        menu.open(app, options.file); // a file that cannot be opened gets a message
        if (!app.status().empty()) {
            std::fprintf(stderr, "naikkelas-gui: %s\n",
                         app.status().text(Language::English).c_str());
            if (screenshot) return 1;
        }
    }
    if (screenshot) app.runs().waitIdle(); // the charts must be there to be seen
    Window window;
    const std::pair<int, int> size = options.windowSize.value_or(
        screenshot ? std::pair{1600, 900}
                   : std::pair{app.settings().windowWidth, app.settings().windowHeight});
    if (!window.open(size.first, size.second)) {
        std::fprintf(stderr, "naikkelas-gui: cannot create the window (is there a display?)\n");
        return 1;
    }
    MainView main(*registry);
    menu.setCompareSession(&main.compare().session());
    if (!addCompareFiles(main, options.compareFiles) && screenshot) return 1;
    ViewState view;
    HelpWindows help;
    RecoveryPrompt recovery;
    if (!screenshot) recovery.check(app);
    ScreenshotTour tour(options.screenshotDir);
    bool quit = false;
    std::string shownTitle;
    while (!quit) {
        glfwPollEvents();
        if (glfwWindowShouldClose(window.handle())) {
            glfwSetWindowShouldClose(window.handle(), GLFW_FALSE);
            menu.requestQuit(app, quit); // asks first when there are unsaved changes
        }
        ImGui_ImplOpenGL3_NewFrame();
        ImGui_ImplGlfw_NewFrame();
        ImGui::NewFrame();
        if (screenshot) tour.prepare(app, view, main);
        menu.draw(app, view, quit);
        main.draw(app, view);
        help.draw(app, view);
        recovery.draw(app);
        app.tick();
        showTitle(window, app, shownTitle);
        const auto [width, height] = renderFrame(window);
        if (auto request = main.results().takeExportRequest()) { // needs GL: after the frame
            std::string error;
            const bool saved = saveChartPng(request->model, request->path, error);
            main.results().exportFinished(request->path, saved ? std::string() : error);
        }
        if (screenshot) {
            if (!tour.capture(view, width, height)) {
                std::fprintf(stderr, "naikkelas-gui: %s\n", tour.error().c_str());
                return 1;
            }
            if (tour.done()) return 0;
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
