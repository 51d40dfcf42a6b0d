#include "panels/editor_diagnostics.hpp"

#include "model/ui_text.hpp"

#include <imgui.h>

#include <algorithm>

namespace nk::gui {

std::optional<std::string> drawDiagnosticsList(const RunSnapshot& snapshot, Language language) {
    const auto& items = snapshot.diagnostics.items();
    ImGui::TextUnformatted(tr(language, "Pemeriksaan", "Diagnostics"));
    if (items.empty() && snapshot.error.empty())
        ImGui::TextDisabled("%s", tr(language, "Tidak ada masalah.", "No problems."));
    std::optional<std::string> clicked;
    for (std::size_t i = 0; i < items.size(); ++i) {
        const Diagnostic& d = items[i];
        const ImVec4 colour = d.severity == Severity::Error ? ImVec4(1.0f, 0.45f, 0.4f, 1.0f)
                                                            : ImVec4(0.95f, 0.8f, 0.3f, 1.0f);
        ImGui::PushID(static_cast<int>(i));
        ImGui::PushStyleColor(ImGuiCol_Text, colour);
        ImGui::TextWrapped("%s", formatDiagnostic(d).c_str());
        ImGui::PopStyleColor();
        if (!d.path.empty() && ImGui::IsItemHovered()) {
            ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
            ImGui::GetWindowDrawList()->AddRect(ImGui::GetItemRectMin(), ImGui::GetItemRectMax(),
                                                ImGui::GetColorU32(colour), 2.0f);
            ImGui::SetTooltip("%s",
                              tr(language, "Klik untuk ke isian ini", "Click to go to this field"));
            if (ImGui::IsMouseClicked(ImGuiMouseButton_Left)) clicked = d.path;
        }
        ImGui::PopID();
    }
    if (!snapshot.error.empty()) ImGui::TextWrapped("%s", snapshot.error.c_str());
    return clicked;
}

float diagnosticsListHeight(const RunSnapshot& snapshot) {
    const std::size_t lines =
        snapshot.diagnostics.items().size() * 2 + (snapshot.error.empty() ? 0 : 2) + 2;
    return static_cast<float>(std::min<std::size_t>(lines, 14)) *
               ImGui::GetTextLineHeightWithSpacing() +
           ImGui::GetStyle().WindowPadding.y * 2.0f;
}

} // namespace nk::gui
