#include "app_window.hpp"

#include "results_view.hpp"
#include "screenshot.hpp"

#include <GLFW/glfw3.h>
#include <backends/imgui_impl_glfw.h>
#include <backends/imgui_impl_opengl3.h>
#include <imgui.h>

#include <cstdio>
#include <filesystem>

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

void drawMenu(Language& language, bool& quit) {
    if (!ImGui::BeginMainMenuBar()) return;
    if (ImGui::BeginMenu("File")) {
        if (ImGui::MenuItem(language == Language::Indonesian ? "Keluar" : "Quit", "Ctrl+Q"))
            quit = true;
        ImGui::EndMenu();
    }
    if (ImGui::BeginMenu(language == Language::Indonesian ? "Bahasa" : "Language")) {
        if (ImGui::MenuItem("Bahasa Indonesia", nullptr, language == Language::Indonesian))
            language = Language::Indonesian;
        if (ImGui::MenuItem("English", nullptr, language == Language::English))
            language = Language::English;
        ImGui::EndMenu();
    }
    ImGui::EndMainMenuBar();
}

} // namespace

int runApp(const AppOptions& options) {
    const RunSnapshot snapshot = loadAndRun(options.file);
    if (!snapshot.scenario) {
        std::fprintf(stderr, "%s", snapshot.error.c_str());
        if (!options.screenshotDir.empty()) return 1;
    }
    Window window;
    if (!window.open(1600, 900)) {
        std::fprintf(stderr, "naikkelas-gui: cannot create the window (is there a display?)\n");
        return 1;
    }
    Language language = options.language;
    ResultsView results;
    bool quit = false;
    for (int frame = 0; !quit && !glfwWindowShouldClose(window.handle()); ++frame) {
        glfwPollEvents();
        ImGui_ImplOpenGL3_NewFrame();
        ImGui_ImplGlfw_NewFrame();
        ImGui::NewFrame();
        // ImGui 1.86 with the GLFW backend indexes keys by GLFW key codes.
        if (ImGui::GetIO().KeyCtrl && ImGui::IsKeyPressed(GLFW_KEY_Q)) quit = true;
        drawMenu(language, quit);
        const ImGuiViewport* viewport = ImGui::GetMainViewport();
        ImGui::SetNextWindowPos(viewport->WorkPos);
        ImGui::SetNextWindowSize(viewport->WorkSize);
        ImGui::Begin("results", nullptr,
                     ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                         ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus);
        results.draw(snapshot, language);
        ImGui::End();
        ImGui::Render();
        int width = 0, height = 0;
        glfwGetFramebufferSize(window.handle(), &width, &height);
        glViewport(0, 0, width, height);
        glClearColor(0.09f, 0.09f, 0.11f, 1.0f);
        glClear(GL_COLOR_BUFFER_BIT);
        ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
        if (!options.screenshotDir.empty() && frame + 1 == kScreenshotFrames) {
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
    return 0;
}

} // namespace nk::gui
