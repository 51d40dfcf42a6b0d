// The whole app without a window: an AppState whose settings and autosaves live in a
// temporary folder, the builtin plugins, and a headless ImGui context of a chosen display
// size in which tests draw the real menu bar and panels frame by frame.
#pragma once

#include "model/app_state.hpp"

#include "plugin_runs.hpp"
#include "temp_dir.hpp"

#include <imgui.h>

#include <cstdlib>
#include <memory>

namespace nk::gui::test {

class AppHarness {
public:
    explicit AppHarness(ImVec2 display = ImVec2(1280, 720)) : m_context(ImGui::CreateContext()) {
        // The autosaver reads XDG_STATE_HOME when the state is made.
        ::setenv("XDG_STATE_HOME", (m_home.path / "state").c_str(), 1);
        m_app = std::make_unique<AppState>(nk::test::builtinPlugins(),
                                           m_home.path / "config" / "settings.ini");
        ImGuiIO& io = ImGui::GetIO();
        io.DisplaySize = display;
        io.DeltaTime = 1.0f / 60.0f;
        io.IniFilename = nullptr;
        unsigned char* pixels = nullptr;
        int width = 0, height = 0;
        io.Fonts->GetTexDataAsRGBA32(&pixels, &width, &height);
    }
    ~AppHarness() {
        m_app.reset();
        ImGui::DestroyContext(m_context);
    }
    AppHarness(const AppHarness&) = delete;
    AppHarness& operator=(const AppHarness&) = delete;

    AppState& app() { return *m_app; }
    const std::filesystem::path& home() const { return m_home.path; }

    // One frame: draw() calls the panels as the app's frame loop does.
    template <typename Draw> void frame(Draw&& draw) {
        ImGui::NewFrame();
        draw();
        ImGui::Render();
    }

private:
    nk::test::TempDir m_home;
    ImGuiContext* m_context;
    std::unique_ptr<AppState> m_app;
};

} // namespace nk::gui::test
