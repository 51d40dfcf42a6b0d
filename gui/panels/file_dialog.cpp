#include "panels/file_dialog.hpp"

#include "model/ui_text.hpp"

#include <imgui.h>
#include <imgui_stdlib.h>

namespace nk::gui {

void FileDialog::ask(const FileDialogRequest& request, const FileChooser& chooser) {
    if (active()) return;
    m_request = request;
    m_error.clear();
    m_openPopup = true;
    m_process = chooser.start(request, m_error);
    m_prompting = m_process == nullptr;
    m_path = request.initialPath;
}

std::optional<std::string> FileDialog::draw(Language language) {
    if (m_process) return drawWaiting(language);
    if (m_prompting) return drawPrompt(language);
    return std::nullopt;
}

std::optional<std::string> FileDialog::drawWaiting(Language language) {
    const std::string label = m_request.title + "###file_dialog_waiting";
    if (m_openPopup) {
        ImGui::OpenPopup(label.c_str());
        m_openPopup = false;
    }
    std::optional<std::string> chosen;
    const DialogOutcome outcome = m_process->poll();
    if (outcome == DialogOutcome::Chosen) chosen = m_process->path();
    if (outcome == DialogOutcome::Failed) {
        m_error = m_process->error();
        m_prompting = true; // the prompt still lets the user go on
        m_openPopup = true;
        m_path = m_request.initialPath;
    }
    if (ImGui::BeginPopupModal(label.c_str(), nullptr, ImGuiWindowFlags_AlwaysAutoResize)) {
        ImGui::TextUnformatted(tr(language, "Pilih berkas di jendela dialog.",
                                  "Choose the file in the dialog window."));
        if (ImGui::Button(tr(language, "Batal", "Cancel"))) m_process->cancel();
        if (outcome != DialogOutcome::Running) ImGui::CloseCurrentPopup();
        ImGui::EndPopup();
    }
    if (outcome != DialogOutcome::Running) m_process.reset();
    return chosen;
}

std::optional<std::string> FileDialog::drawPrompt(Language language) {
    const std::string label = m_request.title + "###file_dialog_prompt";
    if (m_openPopup) {
        ImGui::OpenPopup(label.c_str());
        m_openPopup = false;
    }
    if (!ImGui::BeginPopupModal(label.c_str(), nullptr, ImGuiWindowFlags_AlwaysAutoResize)) {
        m_prompting = false; // closed some other way (never left open unseen)
        return std::nullopt;
    }
    ImGui::TextUnformatted(m_request.filterName.c_str());
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 34.0f);
    if (ImGui::IsWindowAppearing()) ImGui::SetKeyboardFocusHere();
    const bool entered = ImGui::InputText("##path", &m_path, ImGuiInputTextFlags_EnterReturnsTrue);
    if (!m_error.empty()) ImGui::TextDisabled("%s", m_error.c_str());
    ImGui::BeginDisabled(m_path.empty());
    const char* action = m_request.mode == FileDialogMode::Open ? tr(language, "Buka", "Open")
                                                                : tr(language, "Simpan", "Save");
    const bool submit = (ImGui::Button(action) || entered) && !m_path.empty();
    ImGui::EndDisabled();
    ImGui::SameLine();
    const bool cancel = ImGui::Button(tr(language, "Batal", "Cancel")) ||
                        ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape));
    std::optional<std::string> chosen;
    if (submit) chosen = m_path;
    if (submit || cancel) {
        m_prompting = false;
        ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
    return chosen;
}

} // namespace nk::gui
