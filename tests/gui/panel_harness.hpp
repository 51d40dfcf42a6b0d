// A headless Dear ImGui for drawing whole panels: a context with its font atlas built
// (no GL texture), a display of a given size, and frames that draw a panel inside a
// window of a given size, as the app's left pane does. Time advances 1/60 s a frame.
// ImGui asserts through assert(), so a panel that breaks ImGui's rules aborts the test.
#pragma once

#include <imgui.h>

namespace nk::gui::test {

class PanelHarness {
public:
    PanelHarness(float displayWidth, float displayHeight)
        : m_context(ImGui::CreateContext()), m_display(displayWidth, displayHeight) {
        ImGuiIO& io = ImGui::GetIO();
        io.DisplaySize = m_display;
        io.DeltaTime = 1.0f / 60.0f;
        io.IniFilename = nullptr; // no imgui.ini next to the tests
        unsigned char* pixels = nullptr;
        int width = 0;
        int height = 0;
        io.Fonts->GetTexDataAsRGBA32(&pixels, &width, &height);
    }
    ~PanelHarness() { ImGui::DestroyContext(m_context); }
    PanelHarness(const PanelHarness&) = delete;
    PanelHarness& operator=(const PanelHarness&) = delete;

    // One frame: draw() runs inside a window of `width` x the display height at the
    // top left, as a left pane.
    template <typename Draw> void frame(float width, Draw&& draw) {
        ImGui::NewFrame();
        ImGui::SetNextWindowPos(ImVec2(0, 0));
        ImGui::SetNextWindowSize(ImVec2(width, m_display.y));
        ImGui::Begin("pane", nullptr, ImGuiWindowFlags_NoDecoration);
        draw();
        ImGui::End();
        ImGui::Render();
    }

    // The mouse for the next frame: where it is and whether the left button is down.
    void mouse(float x, float y, bool down) {
        ImGuiIO& io = ImGui::GetIO();
        io.MousePos = ImVec2(x, y);
        io.MouseDown[0] = down;
    }

private:
    ImGuiContext* m_context;
    ImVec2 m_display;
};

} // namespace nk::gui::test
