#include "panels/main_view.hpp"

#include "model/ui_text.hpp"

#include <imgui.h>

#include <algorithm>

namespace nk::gui {

namespace {

constexpr float kSplitterWidth = 6.0f;
constexpr float kMinEditorWidth = 260.0f;
constexpr float kMinViewWidth = 480.0f;
constexpr float kEditorShare = 0.28f; // of the window, until the user drags the splitter

} // namespace

void MainView::splitter(ViewState& view, float available) {
    ImGui::SameLine(0.0f, 0.0f);
    ImGui::InvisibleButton("##splitter", ImVec2(kSplitterWidth, -1.0f));
    if (ImGui::IsItemHovered() || ImGui::IsItemActive())
        ImGui::SetMouseCursor(ImGuiMouseCursor_ResizeEW);
    if (ImGui::IsItemActive()) view.editorWidth += ImGui::GetIO().MouseDelta.x;
    const float widest = std::max(kMinEditorWidth, available - kMinViewWidth);
    view.editorWidth = std::clamp(view.editorWidth, kMinEditorWidth, widest);
    const ImVec2 min = ImGui::GetItemRectMin();
    const ImVec2 max = ImGui::GetItemRectMax();
    ImGui::GetWindowDrawList()->AddRectFilled(
        ImVec2(min.x + 2.0f, min.y), ImVec2(max.x - 2.0f, max.y),
        ImGui::GetColorU32(ImGui::IsItemActive() ? ImGuiCol_SeparatorActive : ImGuiCol_Separator));
    ImGui::SameLine(0.0f, 0.0f);
}

void MainView::tabs(AppState& app, ViewState& view, const RunSnapshot& snapshot) {
    const Language language = app.settings().language;
    if (!ImGui::BeginTabBar("views")) return;
    const auto tab = [&](MainTab which, const char* label) {
        const ImGuiTabItemFlags flags =
            view.tabRequested && view.tab == which ? ImGuiTabItemFlags_SetSelected : 0;
        const bool open = ImGui::BeginTabItem(label, nullptr, flags);
        if (open && !view.tabRequested) view.tab = which;
        return open;
    };
    if (tab(MainTab::Results, tr(language, "Hasil###results", "Results###results"))) {
        m_monteCarlo.draw(app, snapshot);
        ImGui::Separator();
        if (snapshot.compiled && displayedResults(snapshot))
            m_results.draw(app, snapshot);
        else
            ImGui::TextWrapped(
                "%s", tr(language, "Skenario belum dapat dijalankan: lihat pemeriksaan di kiri.",
                         "The scenario cannot run yet: see the diagnostics on the left."));
        ImGui::EndTabItem();
    }
    if (tab(MainTab::Compare, tr(language, "Bandingkan###compare", "Compare###compare"))) {
        m_compare.draw(app, snapshot);
        ImGui::EndTabItem();
    }
    if (tab(MainTab::Equipment,
            tr(language, "Peralatan bersama###equipment", "Shared equipment###equipment"))) {
        m_equipment.draw(app, snapshot);
        ImGui::EndTabItem();
    }
    ImGui::EndTabBar();
    view.tabRequested = false;
}

void MainView::draw(AppState& app, ViewState& view) {
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->WorkPos);
    ImGui::SetNextWindowSize(viewport->WorkSize);
    ImGui::Begin("main", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                     ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus);
    const std::shared_ptr<const RunSnapshot> snapshot = app.runs().snapshot();
    if (view.showEditor) {
        const float available = ImGui::GetContentRegionAvail().x;
        if (view.editorWidth <= 0.0f)
            view.editorWidth = std::clamp(available * kEditorShare, 400.0f, 560.0f);
        view.editorWidth = std::clamp(view.editorWidth, kMinEditorWidth,
                                      std::max(kMinEditorWidth, available - kMinViewWidth));
        ImGui::BeginChild("editor", ImVec2(view.editorWidth, 0.0f), true);
        m_editor.draw(app, *snapshot);
        ImGui::EndChild();
        splitter(view, available);
    }
    ImGui::BeginChild("views", ImVec2(0.0f, 0.0f), false);
    const ImVec2 min = ImGui::GetWindowPos();
    const ImVec2 size = ImGui::GetWindowSize();
    view.viewArea[0] = min.x;
    view.viewArea[1] = min.y + ImGui::GetFrameHeightWithSpacing(); // below the tab bar
    view.viewArea[2] = min.x + size.x;
    view.viewArea[3] = min.y + size.y;
    tabs(app, view, *snapshot);
    ImGui::EndChild();
    ImGui::End();
}

} // namespace nk::gui
