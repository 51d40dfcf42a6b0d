// A headless Dear ImGui: a context with its font atlas built (no GL texture), and frames
// that give the test a window draw list. Nothing is rendered; tests read the draw lists.
#pragma once

#include <imgui.h>

namespace nk::gui::chart::test {

class ImGuiHarness {
public:
    ImGuiHarness() : m_context(ImGui::CreateContext()) {
        ImGuiIO& io = ImGui::GetIO();
        io.DisplaySize = ImVec2(800, 600);
        io.DeltaTime = 1.0f / 60.0f;
        io.IniFilename = nullptr; // no imgui.ini next to the tests
        unsigned char* pixels = nullptr;
        int width = 0;
        int height = 0;
        io.Fonts->GetTexDataAsRGBA32(&pixels, &width, &height);
    }
    ~ImGuiHarness() { ImGui::DestroyContext(m_context); }
    ImGuiHarness(const ImGuiHarness&) = delete;
    ImGuiHarness& operator=(const ImGuiHarness&) = delete;

    // One frame with a full-screen window; draw(list) runs inside it. Returns the number
    // of vertices draw added to the window's draw list.
    template <typename Draw> int frame(Draw&& draw) {
        ImGui::NewFrame();
        ImGui::SetNextWindowPos(ImVec2(0, 0));
        ImGui::SetNextWindowSize(ImVec2(800, 600));
        ImGui::Begin("chart", nullptr, ImGuiWindowFlags_NoDecoration);
        ImDrawList* list = ImGui::GetWindowDrawList();
        const int before = list->VtxBuffer.Size;
        draw(list);
        const int added = list->VtxBuffer.Size - before;
        ImGui::End();
        ImGui::Render();
        return added;
    }

private:
    ImGuiContext* m_context;
};

} // namespace nk::gui::chart::test
