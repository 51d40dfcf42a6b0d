// The editor's amount and count fields (editor_fields.hpp): text inputs read by the core's
// parser through NumberDraft, so that "1 juta" is a million and "-5" a refusal, never 1.
#include "panels/editor_fields.hpp"

#include "model/field_schema.hpp"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <cmath>

namespace nk::gui {

namespace {

const ImVec4 kRefused(0.95f, 0.45f, 0.40f, 1.0f);

// One field: the draft's text while it is typed in (or refused), else the value; what the
// text means, or why it is refused, under it; the edit when the user leaves it.
// `idleNote` (the amount in words) is shown under it otherwise.
void numberField(EditorContext& c, NumberDraft::Field field, const std::string& idleNote) {
    NumberDraft& draft = c.draft;
    const std::string keyPath = field.keyPath;
    c.focus.before(keyPath, true);
    const bool held = draft.holds(keyPath);
    std::string text = held ? draft.text() : field.valueText;
    const bool refused = held && !draft.reading(c.language).value;
    if (refused) ImGui::PushStyleColor(ImGuiCol_Text, kRefused);
    ImGui::SetNextItemWidth(-FLT_MIN);
    // Selected whole when entered, so that typing replaces the shown "Rp 1.500.000".
    ImGui::InputText(("##" + keyPath).c_str(), &text, ImGuiInputTextFlags_AutoSelectAll);
    if (refused) ImGui::PopStyleColor();
    if (ImGui::IsItemActive()) {
        draft.type(c.app, std::move(field), std::move(text), c.language);
    } else if (held && draft.typing()) {
        // Escape has put the text back as it was: nothing to apply, nothing to keep.
        if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape)))
            draft.drop();
        else
            draft.leave(c.app, c.language);
    }
    varyInAnalysisMenu(c, keyPath);
    c.focus.after(keyPath);
    // Under the input, so that it never pushes the row wider than its column.
    if (draft.holds(keyPath)) {
        const NumberReading reading = draft.reading(c.language);
        if (reading.value) {
            dimmedText(reading.preview);
        } else {
            ImGui::PushStyleColor(ImGuiCol_Text, kRefused);
            ImGui::TextWrapped("%s", reading.problem.c_str());
            ImGui::PopStyleColor();
        }
    } else if (!idleNote.empty()) {
        dimmedText(idleNote);
    }
}

} // namespace

void rupiahField(EditorContext& c, const char* label, const std::string& keyPath, Rupiah value,
                 const Setter<Rupiah>& set) {
    rupiahField(c, label, keyPath, value, set, inputRange(keyPath));
}

void rupiahField(EditorContext& c, const char* label, const std::string& keyPath, Rupiah value,
                 const Setter<Rupiah>& set, InputRange range) {
    numberField(c,
                {keyPath, label, NumberKind::Amount, range,
                 numberText(NumberKind::Amount, value, c.language),
                 [set](Scenario& s, std::int64_t v) { set(s, v); }},
                formatRupiahWords(static_cast<double>(value), c.language));
}

void rupiahNumberField(EditorContext& c, const char* label, const std::string& keyPath,
                       double value, const Setter<double>& set) {
    rupiahNumberField(c, label, keyPath, value, inputRange(keyPath), set);
}

void rupiahNumberField(EditorContext& c, const char* label, const std::string& keyPath,
                       double value, InputRange range, const Setter<double>& set) {
    // A file may hold a fraction of a rupiah; it is shown rounded and kept unless retyped.
    const auto shown = std::isfinite(value) ? static_cast<std::int64_t>(std::llround(value)) : 0;
    numberField(c,
                {keyPath, label, NumberKind::Amount, range,
                 numberText(NumberKind::Amount, shown, c.language),
                 [set](Scenario& s, std::int64_t v) { set(s, static_cast<double>(v)); }},
                formatRupiahWords(value, c.language));
}

void countField(EditorContext& c, const char* label, const std::string& keyPath, int value,
                const Setter<int>& set) {
    const InputRange r = inputRange(keyPath);
    countField(c, label, keyPath, value, static_cast<int>(r.min), static_cast<int>(r.max), set);
}

void countField(EditorContext& c, const char* label, const std::string& keyPath, int value, int min,
                int max, const Setter<int>& set) {
    numberField(c,
                {keyPath, label, NumberKind::Count, InputRange{min, max},
                 numberText(NumberKind::Count, value, c.language),
                 [set](Scenario& s, std::int64_t v) { set(s, static_cast<int>(v)); }},
                {});
}

} // namespace nk::gui
