#include "panels/help_windows.hpp"

#include "model/ui_text.hpp"
#include "panels/embedded_docs.hpp"

#include "model/autosave.hpp"
#include "model/settings.hpp"
#include "naikkelas/version.hpp"

#include <imgui.h>

#include <string>

namespace nk::gui {

namespace {

constexpr const char* kAboutId = "##about";

std::string_view docsText(int page, Language language) {
    switch (page) {
    case kGuidePage:
        return language == Language::Indonesian ? guideIndonesianDocText() : guideEnglishDocText();
    case kModelPage:
        return modelDocText();
    case kFormatPage:
        return scenarioFormatDocText();
    default:
        return engineDocText();
    }
}

void drawTable(const MarkdownBlock& block, int index) {
    std::size_t columns = 0;
    for (const auto& row : block.rows) columns = std::max(columns, row.size());
    if (columns == 0) return;
    ImGui::PushID(index);
    if (ImGui::BeginTable("table", static_cast<int>(columns),
                          ImGuiTableFlags_Borders | ImGuiTableFlags_RowBg |
                              ImGuiTableFlags_SizingStretchProp)) {
        for (std::size_t r = 0; r < block.rows.size(); ++r) {
            ImGui::TableNextRow(r == 0 ? ImGuiTableRowFlags_Headers : ImGuiTableRowFlags_None);
            for (const auto& cell : block.rows[r]) {
                ImGui::TableNextColumn();
                ImGui::TextWrapped("%s", cell.c_str());
            }
        }
        ImGui::EndTable();
    }
    ImGui::PopID();
}

} // namespace

void drawMarkdown(const std::vector<MarkdownBlock>& blocks) {
    const ImVec4 heading = ImGui::GetStyleColorVec4(ImGuiCol_PlotLinesHovered);
    for (std::size_t i = 0; i < blocks.size(); ++i) {
        const MarkdownBlock& b = blocks[i];
        switch (b.kind) {
        case MarkdownBlockKind::Heading:
            if (i > 0) ImGui::Spacing();
            ImGui::PushStyleColor(ImGuiCol_Text, heading);
            ImGui::TextWrapped("%s", b.text.c_str());
            ImGui::PopStyleColor();
            if (b.level <= 2) ImGui::Separator();
            break;
        case MarkdownBlockKind::Paragraph:
            ImGui::TextWrapped("%s", b.text.c_str());
            ImGui::Spacing();
            break;
        case MarkdownBlockKind::Bullet:
            ImGui::Indent(static_cast<float>(b.level) * 16.0f);
            ImGui::Bullet();
            ImGui::TextWrapped("%s", b.text.c_str());
            ImGui::Unindent(static_cast<float>(b.level) * 16.0f);
            break;
        case MarkdownBlockKind::Code:
            ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
            ImGui::TextUnformatted(b.text.c_str());
            ImGui::PopStyleColor();
            ImGui::Spacing();
            break;
        case MarkdownBlockKind::Table:
            drawTable(b, static_cast<int>(i));
            ImGui::Spacing();
            break;
        }
    }
}

void HelpWindows::draw(AppState& app, ViewState& view) {
    if (view.showDocs) docsWindow(view, app.settings().language);
    aboutPopup(app, view);
}

void HelpWindows::docsWindow(ViewState& view, Language language) {
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowSize(
        ImVec2(std::min(900.0f, viewport->WorkSize.x * 0.8f), viewport->WorkSize.y * 0.8f),
        ImGuiCond_Appearing);
    ImGui::SetNextWindowPos(ImVec2(viewport->WorkPos.x + viewport->WorkSize.x * 0.5f,
                                   viewport->WorkPos.y + viewport->WorkSize.y * 0.5f),
                            ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
    const std::string title = std::string(tr(language, "Dokumentasi", "Documentation")) + "###docs";
    if (!ImGui::Begin(title.c_str(), &view.showDocs)) {
        ImGui::End();
        return;
    }
    const char* titles[kDocsPageCount] = {
        tr(language, "Panduan pengguna", "User guide"), tr(language, "Model", "The model"),
        tr(language, "Format berkas skenario", "Scenario file format"),
        tr(language, "Untuk pengembang: mesin", "For developers: the engine")};
    const int lang = language == Language::Indonesian ? 0 : 1;
    if (ImGui::BeginTabBar("pages")) {
        for (int p = 0; p < kDocsPageCount; ++p) {
            const bool requested = view.docsPage == p && ImGui::IsWindowAppearing();
            // The label's ### part keeps the tab when the language changes.
            const std::string label = std::string(titles[p]) + "###page" + std::to_string(p);
            if (ImGui::BeginTabItem(label.c_str(), nullptr,
                                    requested ? ImGuiTabItemFlags_SetSelected : 0)) {
                std::vector<MarkdownBlock>& page = m_pages[p][lang];
                if (page.empty()) page = parseMarkdown(docsText(p, language));
                if (p != kGuidePage && language == Language::Indonesian)
                    ImGui::TextDisabled("Dokumen ini tersedia dalam bahasa Inggris.");
                ImGui::BeginChild("page");
                drawMarkdown(page);
                ImGui::EndChild();
                ImGui::EndTabItem();
            }
        }
        ImGui::EndTabBar();
    }
    ImGui::End();
}

void HelpWindows::aboutPopup(AppState& app, ViewState& view) {
    const Language language = app.settings().language;
    if (view.openAbout) {
        ImGui::OpenPopup(kAboutId);
        view.openAbout = false;
    }
    if (!ImGui::BeginPopupModal(kAboutId, nullptr, ImGuiWindowFlags_AlwaysAutoResize)) return;
    ImGui::Text("NaikKelas %s", std::string(versionString()).c_str());
    ImGui::TextUnformatted(tr(language,
                              "Perencanaan program pengembangan UMKM: apa yang dibeli anggaran.",
                              "Planning UMKM development programs: what a budget buys."));
    ImGui::Separator();
    ImGui::TextUnformatted(tr(language, "Plugin yang dimuat:", "Plugins loaded:"));
    for (const auto& module : app.registry().modules())
        ImGui::BulletText("%s %s  (%s)", module->id.c_str(), module->version.c_str(),
                          module->path.c_str());
    if (app.registry().modules().empty())
        ImGui::TextDisabled("%s", tr(language, "(tidak ada)", "(none)"));
    ImGui::Separator();
    ImGui::Text("%s %s", tr(language, "Pengaturan:", "Settings:"),
                defaultSettingsPath().string().c_str());
    ImGui::Text("%s %s", tr(language, "Simpan otomatis:", "Autosaves:"),
                defaultAutosaveFolder().string().c_str());
    ImGui::Separator();
    ImGui::TextUnformatted(tr(language, "Pintasan papan ketik:", "Keyboard shortcuts:"));
    const char* keys[][2] = {
        {"Ctrl+N / Ctrl+O", tr(language, "baru / buka", "new / open")},
        {"Ctrl+S / Ctrl+Shift+S", tr(language, "simpan / simpan sebagai", "save / save as")},
        {"Ctrl+Z / Ctrl+Y", tr(language, "batalkan / ulangi", "undo / redo")},
        {"Ctrl+1 / 2 / 3",
         tr(language, "hasil / bandingkan / peralatan", "results / compare / equipment")},
        {"F1", tr(language, "dokumentasi", "documentation")},
        {"Ctrl+Q", tr(language, "keluar", "quit")}};
    for (const auto& [key, what] : keys) ImGui::BulletText("%s: %s", key, what);
    if (ImGui::Button(tr(language, "Tutup", "Close")) ||
        ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape)))
        ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
}

} // namespace nk::gui
