#include "panels/editor_focus.hpp"

#include <imgui.h>

#include <algorithm>

namespace nk::gui {

void EditorFocus::request(const std::string& keyPath) {
    m_location = locateKeyPath(keyPath);
    m_candidates = enclosingPaths(keyPath);
    m_stage = Stage::Opening;
    m_target.clear();
    m_scrollPending = m_keyboardPending = false;
}

void EditorFocus::beginFrame() {
    m_drawn.clear();
    if (m_stage == Stage::Opening) m_stage = Stage::Resolving;
}

void EditorFocus::endFrame() {
    m_drawnLast = m_drawn;
    // The frame that opened the sections has drawn the widgets that can be gone to.
    if (m_stage != Stage::Resolving) return;
    m_stage = Stage::Idle;
    for (const std::string& candidate : m_candidates)
        if (m_drawn.count(candidate)) {
            m_target = candidate;
            m_scrollPending = m_keyboardPending = true;
            return;
        }
}

bool EditorFocus::opens(EditorSection section) const {
    return m_stage == Stage::Resolving && m_location && m_location->section == section;
}

bool EditorFocus::opensGroup(const std::string& group) const {
    return m_stage == Stage::Resolving && m_location && m_location->group == group;
}

bool EditorFocus::opensRow(const std::string& table, std::size_t row) const {
    return m_stage == Stage::Resolving && m_location && m_location->table == table &&
           m_location->row == row;
}

void EditorFocus::before(const std::string& keyPath, bool input) {
    if (keyPath != m_target) return;
    if (m_scrollPending) {
        ImGui::SetScrollHereY(0.3f);
        m_highlightUntil = ImGui::GetTime() + kHighlightSeconds;
        m_scrollPending = false;
    }
    if (m_keyboardPending && input) ImGui::SetKeyboardFocusHere();
    m_keyboardPending = false;
}

void EditorFocus::after(const std::string& keyPath) {
    m_drawn.insert(keyPath);
    if (keyPath != m_target) return;
    const double left = m_highlightUntil - ImGui::GetTime();
    if (left <= 0.0) {
        m_target.clear();
        return;
    }
    // Fades out over the last half second.
    const float alpha = static_cast<float>(std::min(1.0, left / 0.5));
    const ImVec2 pad(3.0f, 2.0f);
    const ImVec2 min = ImGui::GetItemRectMin();
    const ImVec2 max = ImGui::GetItemRectMax();
    ImGui::GetWindowDrawList()->AddRect(
        ImVec2(min.x - pad.x, min.y - pad.y), ImVec2(max.x + pad.x, max.y + pad.y),
        ImGui::GetColorU32(ImVec4(1.0f, 0.65f, 0.1f, alpha)), 3.0f, 0, 2.0f);
}

} // namespace nk::gui
