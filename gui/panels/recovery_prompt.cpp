#include "panels/recovery_prompt.hpp"

#include "model/ui_text.hpp"

#include <imgui.h>

#include <string>

namespace nk::gui {

namespace {

constexpr const char* kPopupId = "##recover";

} // namespace

void RecoveryPrompt::check(AppState& app) {
    m_found = app.recoverable();
    m_open = !m_found.empty();
}

void RecoveryPrompt::draw(AppState& app) {
    const Language language = app.settings().language;
    if (m_open) {
        ImGui::OpenPopup(kPopupId);
        m_open = false;
    }
    if (!ImGui::BeginPopupModal(kPopupId, nullptr, ImGuiWindowFlags_AlwaysAutoResize)) return;
    ImGui::TextUnformatted(tr(language, "Ada perubahan yang belum disimpan dari sesi sebelumnya.",
                              "An earlier session left unsaved changes."));
    ImGui::Separator();
    bool close = false;
    for (std::size_t i = 0; i < m_found.size() && !close; ++i) {
        const RecoverableAutosave& autosave = m_found[i];
        ImGui::PushID(static_cast<int>(i));
        const std::string name = autosave.originalPath.empty()
                                     ? tr(language, "(tanpa judul)", "(untitled)")
                                     : autosave.originalPath;
        ImGui::Text("%s", name.c_str());
        ImGui::TextDisabled("%s %s", tr(language, "disimpan otomatis", "autosaved"),
                            autosave.savedAt.c_str());
        if (ImGui::Button(tr(language, "Pulihkan", "Recover")) && app.recover(autosave))
            close = true; // one document at a time: the others are offered next start
        ImGui::SameLine();
        if (!close && ImGui::Button(tr(language, "Buang", "Discard"))) {
            app.discardRecoverable(autosave);
            m_found.erase(m_found.begin() + static_cast<std::ptrdiff_t>(i));
            close = m_found.empty();
        }
        ImGui::PopID();
        ImGui::Spacing();
    }
    if (!app.status().empty()) ImGui::TextWrapped("%s", app.status().text(language).c_str());
    ImGui::Separator();
    if (!close && ImGui::Button(tr(language, "Nanti", "Later"))) close = true;
    if (close) {
        m_found.clear();
        ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
}

} // namespace nk::gui
