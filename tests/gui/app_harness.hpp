// The app without a window: an AppState over the builtin plugins whose settings and
// autosaves live in a temporary home, so no test writes to the user's home, and a
// headless ImGui (imgui_harness.hpp) of a chosen display size in which tests draw the
// real panels.
#pragma once

#include "model/app_state.hpp"

#include "imgui_harness.hpp"
#include "plugin_runs.hpp"
#include "temp_dir.hpp"

#include <doctest/doctest.h>
#include <imgui_internal.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <string>

namespace nk::gui::test {

class AppHarness {
public:
    explicit AppHarness(ImVec2 display = ImVec2(1280, 720)) : m_imgui(display) {
        // The autosaver reads XDG_STATE_HOME when the state is made.
        ::setenv("XDG_STATE_HOME", (m_home.path / "state").c_str(), 1);
        m_app = std::make_unique<AppState>(nk::test::builtinPlugins(),
                                           m_home.path / "config" / "settings.ini");
    }
    AppHarness(const AppHarness&) = delete;
    AppHarness& operator=(const AppHarness&) = delete;

    AppState& app() { return *m_app; }
    ImGuiHarness& imgui() { return m_imgui; }
    const std::filesystem::path& home() const { return m_home.path; }

    // Opens a file of scenarios/, which must open.
    void openScenario(const std::string& name) {
        const bool opened = m_app->open(std::string(NK_SCENARIO_DIR) + "/" + name);
        INFO(m_app->status());
        REQUIRE(opened);
    }

    // Waits for the runs and returns the latest snapshot.
    std::shared_ptr<const RunSnapshot> settled() {
        m_app->runs().waitIdle();
        return m_app->runs().snapshot();
    }

private:
    nk::test::TempDir m_home; // removed last: the app saves its settings into it
    ImGuiHarness m_imgui;
    std::unique_ptr<AppState> m_app;
};

// What the last frame drew: its vertices in all windows, and how far the widest child of
// the main window reaches beyond its width (0: nothing overflows).
struct FrameMeasure {
    int vertices = 0;
    float widestContent = 0;
};

inline FrameMeasure measureLastFrame() {
    FrameMeasure result;
    const ImDrawData* data = ImGui::GetDrawData();
    for (int i = 0; i < data->CmdListsCount; ++i)
        result.vertices += data->CmdLists[i]->VtxBuffer.Size;
    for (ImGuiWindow* window : ImGui::GetCurrentContext()->Windows)
        if (window->Active && std::string(window->Name).rfind("main", 0) == 0)
            result.widestContent =
                std::max(result.widestContent, window->ContentSize.x - window->Size.x);
    return result;
}

} // namespace nk::gui::test
