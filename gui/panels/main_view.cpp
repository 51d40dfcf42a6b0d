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

std::string projectionPausedText(const RunSnapshot& snapshot, const std::string& file,
                                 Language language) {
    std::size_t errors = 0;
    for (const Diagnostic& d : snapshot.diagnostics.items())
        errors += d.severity == Severity::Error ? 1 : 0;
    const std::string count = std::to_string(errors);
    const bool one = errors == 1;
    if (snapshot.heldBack > 0)
        return tr(language, "Proyeksi dijeda: ", "The projection is paused: ") + file +
               tr(language, " memuat ", " has ") + count +
               tr(language, " masalah", one ? " problem" : " problems") +
               tr(language,
                  ". Penyunting memuat apa yang dapat dibaca; nilai yang tidak terbaca memakai "
                  "nilai bawaan. Perbaiki setiap isian yang disebut di Pemeriksaan (klik untuk "
                  "ke isiannya); proyeksi berjalan lagi setelah semuanya benar.",
                  ". The editor holds what could be read; a value that could not be read shows "
                  "its default. Fix each field named under Diagnostics (click one to go to "
                  "it); the projection resumes once all are right.");
    if (errors > 0)
        return tr(language, "Proyeksi dijeda sampai skenario valid: ",
                  "The projection is paused until the scenario is valid: ") +
               count + tr(language, " kesalahan", one ? " error" : " errors") +
               tr(language, ", tercantum di Pemeriksaan di kiri.",
                  ", listed under Diagnostics on the left.");
    if (!snapshot.error.empty())
        return tr(language, "Proyeksi gagal: ", "The projection failed: ") + snapshot.error;
    return tr(language, "Menghitung proyeksi\u2026", "Computing the projection\u2026");
}

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
                "%s",
                projectionPausedText(snapshot, app.document().displayName(), language).c_str());
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
    if (tab(MainTab::Decide, tr(language, "Putuskan###decide", "Decide###decide"))) {
        m_decide.draw(app, snapshot);
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
