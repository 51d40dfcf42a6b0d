// A headless Dear ImGui: a context of a given display size with its font atlas built (no
// GL texture), optionally the app's font, and frames that draw into a full-display
// window, into a left pane of a given width, or without a window as the app's frame loop
// does. Time advances 1/60 s a frame; the mouse, keys and typed text can be set for the
// next frame. Nothing is rendered: tests read the draw lists and ImGui's windows. ImGui
// asserts through assert(), so a panel that breaks ImGui's rules aborts the test.
#pragma once

#include <imgui.h>

#include <filesystem>

namespace nk::gui::test {

class ImGuiHarness {
public:
    explicit ImGuiHarness(ImVec2 display = ImVec2(800, 600))
        : m_context(ImGui::CreateContext()), m_display(display) {
        ImGuiIO& io = ImGui::GetIO();
        io.DisplaySize = m_display;
        io.DeltaTime = 1.0f / 60.0f;
        io.IniFilename = nullptr; // no imgui.ini next to the tests
        buildFontAtlas();
    }
    ~ImGuiHarness() { ImGui::DestroyContext(m_context); }
    ImGuiHarness(const ImGuiHarness&) = delete;
    ImGuiHarness& operator=(const ImGuiHarness&) = delete;

    // The app's font (gui/app/app_window.cpp), so that text measures as in the app;
    // ImGui's built-in (smaller) font stays where it is not installed.
    void useAppFont() {
        constexpr const char* kFontFile = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";
        if (!std::filesystem::exists(kFontFile)) return;
        static const ImWchar ranges[] = {0x0020, 0x00FF, 0x2000, 0x206F, 0x2200, 0x22FF, 0};
        ImGuiIO& io = ImGui::GetIO();
        io.Fonts->Clear();
        io.Fonts->AddFontFromFileTTF(kFontFile, 16.0f, nullptr, ranges);
        buildFontAtlas();
    }

    // One frame with a window over the whole display; draw(list) runs inside it. Returns
    // the number of vertices draw added to the window's draw list.
    template <typename Draw> int frame(Draw&& draw) {
        ImGui::NewFrame();
        ImGui::SetNextWindowPos(ImVec2(0, 0));
        ImGui::SetNextWindowSize(m_display);
        ImGui::Begin("window", nullptr, ImGuiWindowFlags_NoDecoration);
        ImDrawList* list = ImGui::GetWindowDrawList();
        const int before = list->VtxBuffer.Size;
        draw(list);
        const int added = list->VtxBuffer.Size - before;
        ImGui::End();
        ImGui::Render();
        return added;
    }

    // One frame: draw() runs inside a window named "pane" of `width` x the display
    // height at the top left, as the app's left pane.
    template <typename Draw> void paneFrame(float width, Draw&& draw) {
        ImGui::NewFrame();
        ImGui::SetNextWindowPos(ImVec2(0, 0));
        ImGui::SetNextWindowSize(ImVec2(width, m_display.y));
        ImGui::Begin("pane", nullptr, ImGuiWindowFlags_NoDecoration);
        draw();
        ImGui::End();
        ImGui::Render();
    }

    // One frame without a window of its own: draw() makes its windows, as the app's frame
    // loop does with the menu bar and panels.
    template <typename Draw> void bareFrame(Draw&& draw) {
        ImGui::NewFrame();
        draw();
        ImGui::Render();
    }

    // The mouse for the next frame: where it is and whether the left button is down.
    void mouse(float x, float y, bool down) {
        ImGuiIO& io = ImGui::GetIO();
        io.MousePos = ImVec2(x, y);
        io.MouseDown[0] = down;
    }

    // A key of ImGui's own (ImGuiKey_Enter, ImGuiKey_Escape) held down or released for
    // the next frame; ImGui 1.86 reads keys through a map the backend fills, here 1:1.
    void key(ImGuiKey_ key, bool down) {
        ImGuiIO& io = ImGui::GetIO();
        io.KeyMap[key] = key;
        io.KeysDown[key] = down;
    }

    // Text typed into the focused field during the next frame.
    void type(const char* text) { ImGui::GetIO().AddInputCharactersUTF8(text); }

private:
    static void buildFontAtlas() {
        unsigned char* pixels = nullptr;
        int width = 0;
        int height = 0;
        ImGui::GetIO().Fonts->GetTexDataAsRGBA32(&pixels, &width, &height);
    }

    ImGuiContext* m_context;
    ImVec2 m_display;
};

} // namespace nk::gui::test
