#include "panels/editor_fields.hpp"

#include "model/field_schema.hpp"
#include "model/ui_text.hpp"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <cmath>

namespace nk::gui {

namespace {

std::string hiddenId(const std::string& keyPath) {
    return "##" + keyPath;
}

// A drag or a typing session is one gesture: all its edits form one undo step. Called
// after the widget, with whether it changed the value this frame.
template <class Commit>
void finish(EditorContext& c, const std::string& keyPath, bool changed, Commit&& commit) {
    if (ImGui::IsItemActivated()) c.app.beginGesture();
    if (changed) commit();
    if (ImGui::IsItemDeactivated()) c.app.endGesture();
    varyInAnalysisMenu(c, keyPath);
    c.focus.after(keyPath);
}

template <class T>
void commitValue(EditorContext& c, const char* label, const std::string& keyPath, T value,
                 const Setter<T>& set) {
    c.app.edit(label, keyPath, [value, set](Scenario& s) { set(s, value); });
}

// How far a drag moves per pixel: a small part of the range, or of the value.
double dragSpeed(double value, double min, double max) {
    if (std::isfinite(min) && std::isfinite(max) && max > min) return (max - min) / 400.0;
    return std::max(std::abs(value) * 0.005, 0.001);
}

} // namespace

bool beginForm(const char* id) {
    if (!ImGui::BeginTable(id, 2, ImGuiTableFlags_SizingStretchProp)) return false;
    ImGui::TableSetupColumn("label", ImGuiTableColumnFlags_WidthStretch, 0.42f);
    ImGui::TableSetupColumn("value", ImGuiTableColumnFlags_WidthStretch, 0.58f);
    return true;
}

void endForm() {
    ImGui::EndTable();
}

void formLabel(const char* label, const char* tooltip) {
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::AlignTextToFramePadding();
    ImGui::TextWrapped("%s", label); // a long label takes two lines in a narrow pane
    if (tooltip && *tooltip && ImGui::IsItemHovered()) {
        ImGui::BeginTooltip();
        ImGui::PushTextWrapPos(ImGui::GetFontSize() * 24.0f);
        ImGui::TextUnformatted(tooltip);
        ImGui::PopTextWrapPos();
        ImGui::EndTooltip();
    }
    ImGui::TableNextColumn();
}

void schemaLabel(const std::string& keyPath, Language language) {
    const std::string label(fieldLabel(keyPath, language));
    const std::string help(fieldHelp(keyPath, language));
    formLabel(label.c_str(), help.c_str());
}

void varyInAnalysisMenu(EditorContext& c, const std::string& keyPath) {
    if (!ImGui::BeginPopupContextItem(("vary" + keyPath).c_str())) return;
    AnalysisFactors& factors = c.app.factors();
    const auto& list = factors.factors();
    const auto at = std::find_if(list.begin(), list.end(),
                                 [&](const decision::Factor& f) { return f.path == keyPath; });
    if (at != list.end()) {
        if (ImGui::MenuItem(tr(c.language, "Berhenti memvariasikan", "Stop varying")))
            factors.remove(static_cast<std::size_t>(at - list.begin()));
    } else if (const auto factor = defaultFactor(c.scenario, keyPath)) {
        if (ImGui::MenuItem(tr(c.language, "Variasikan dalam analisis", "Vary in analysis")))
            factors.add(*factor);
    } else {
        ImGui::TextDisabled("%s", tr(c.language, "Nilai ini tidak dapat divariasikan",
                                     "This value cannot be varied"));
    }
    ImGui::EndPopup();
}

void dimmedText(const std::string& text) {
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
    ImGui::TextWrapped("%s", text.c_str());
    ImGui::PopStyleColor();
}

void textField(EditorContext& c, const char* label, const std::string& keyPath,
               const std::string& value, const Setter<std::string>& set, const char* hint) {
    c.focus.before(keyPath, true);
    std::string edited = value;
    ImGui::SetNextItemWidth(-FLT_MIN);
    const bool changed =
        ImGui::InputTextWithHint(hiddenId(keyPath).c_str(), hint ? hint : "", &edited);
    // A text longer than its input is shown whole while the mouse rests on it.
    const float shown = ImGui::GetItemRectSize().x - ImGui::GetStyle().FramePadding.x * 2.0f;
    if (ImGui::IsItemHovered() && !ImGui::IsItemActive() &&
        ImGui::CalcTextSize(value.c_str()).x > shown)
        ImGui::SetTooltip("%s", value.c_str());
    finish(c, keyPath, changed, [&] { commitValue(c, label, keyPath, edited, set); });
}

void intField(EditorContext& c, const char* label, const std::string& keyPath, int value, int min,
              int max, const Setter<int>& set) {
    c.focus.before(keyPath, true);
    int edited = value;
    ImGui::SetNextItemWidth(-FLT_MIN);
    const float speed = static_cast<float>(std::max(0.05, std::abs(value) * 0.01));
    const bool changed = ImGui::DragInt(hiddenId(keyPath).c_str(), &edited, speed, min, max, "%d",
                                        ImGuiSliderFlags_AlwaysClamp);
    finish(c, keyPath, changed, [&] { commitValue(c, label, keyPath, edited, set); });
}

void intField(EditorContext& c, const char* label, const std::string& keyPath, int value,
              const Setter<int>& set) {
    const FieldBounds b = fieldBounds(keyPath);
    intField(c, label, keyPath, value, static_cast<int>(b.min), static_cast<int>(b.max), set);
}

void seedField(EditorContext& c, const char* label, const std::string& keyPath, std::uint64_t value,
               const Setter<std::uint64_t>& set) {
    c.focus.before(keyPath, true);
    std::uint64_t edited = value;
    ImGui::SetNextItemWidth(-FLT_MIN);
    const bool changed = ImGui::InputScalar(hiddenId(keyPath).c_str(), ImGuiDataType_U64, &edited);
    finish(c, keyPath, changed, [&] { commitValue(c, label, keyPath, edited, set); });
}

void numberField(EditorContext& c, const char* label, const std::string& keyPath, double value,
                 double min, double max, const char* format, const Setter<double>& set) {
    c.focus.before(keyPath, true);
    double edited = value;
    const double* low = std::isfinite(min) ? &min : nullptr;
    const double* high = std::isfinite(max) ? &max : nullptr;
    ImGui::SetNextItemWidth(-FLT_MIN);
    const bool changed =
        ImGui::DragScalar(hiddenId(keyPath).c_str(), ImGuiDataType_Double, &edited,
                          static_cast<float>(dragSpeed(value, min, max)), low, high, format,
                          low && high ? ImGuiSliderFlags_AlwaysClamp : ImGuiSliderFlags_None);
    finish(c, keyPath, changed, [&] { commitValue(c, label, keyPath, edited, set); });
}

void numberField(EditorContext& c, const char* label, const std::string& keyPath, double value,
                 const char* format, const Setter<double>& set) {
    const FieldBounds b = fieldBounds(keyPath);
    numberField(c, label, keyPath, value, b.min, b.max, format, set);
}

void shareField(EditorContext& c, const char* label, const std::string& keyPath, double value,
                const Setter<double>& set) {
    numberField(c, label, keyPath, value, "%.3f", set);
}

void comboField(EditorContext& c, const char* label, const std::string& keyPath,
                const std::string& value, const std::vector<ComboOption>& options,
                const Setter<std::string>& set) {
    c.focus.before(keyPath, false);
    std::string shown = value;
    for (const ComboOption& o : options)
        if (o.value == value) shown = o.shown;
    ImGui::SetNextItemWidth(-FLT_MIN);
    std::string chosen = value;
    bool changed = false;
    if (ImGui::BeginCombo(hiddenId(keyPath).c_str(), shown.c_str())) {
        for (const ComboOption& o : options) {
            const bool selected = o.value == value;
            if (ImGui::Selectable(o.shown.c_str(), selected) && !selected) {
                chosen = o.value;
                changed = true;
            }
            if (selected) ImGui::SetItemDefaultFocus();
        }
        ImGui::EndCombo();
    }
    if (changed) commitValue(c, label, keyPath, chosen, set);
    c.focus.after(keyPath);
}

void flagField(EditorContext& c, const char* label, const std::string& keyPath, bool value,
               const Setter<bool>& set) {
    c.focus.before(keyPath, false);
    bool edited = value;
    if (ImGui::Checkbox(hiddenId(keyPath).c_str(), &edited))
        commitValue(c, label, keyPath, edited, set);
    c.focus.after(keyPath);
}

bool removeButton(Language language) {
    const bool clicked = ImGui::SmallButton("x");
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip("%s", tr(language, "Hapus (bisa dibatalkan)", "Remove (can be undone)"));
    return clicked;
}

bool addButton(const char* label) {
    return ImGui::SmallButton((std::string("+ ") + label).c_str());
}

} // namespace nk::gui
