// The plugins section of the editor (editor_sections.hpp): which plugins take part, and
// for each one an editor generated from its declared parameters (editor_plugin_params).
#include "model/ui_text.hpp"
#include "panels/editor_actions.hpp"
#include "panels/editor_plugin_params.hpp"
#include "panels/editor_sections.hpp"

#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>

namespace nk::gui {

namespace {

void tooltip(const std::string& text) {
    if (text.empty() || !ImGui::IsItemHovered()) return;
    ImGui::BeginTooltip();
    ImGui::PushTextWrapPos(ImGui::GetFontSize() * 24.0f);
    ImGui::TextUnformatted(text.c_str());
    ImGui::PopTextWrapPos();
    ImGui::EndTooltip();
}

std::string paramLabel(const ParamWidgetModel& p) {
    return p.unit.empty() ? p.name : p.name + " (" + p.unit + ")";
}

// The declared range of a typed amount or count, within what its field can hold.
InputRange typedRange(const ParamWidgetModel& p, InputRange whole) {
    const auto bound = [](double v, InputRange r) {
        return static_cast<std::int64_t>(
            std::clamp(v, static_cast<double>(r.min), static_cast<double>(r.max)));
    };
    return {std::isfinite(p.min) ? bound(std::ceil(p.min), whole) : whole.min,
            std::isfinite(p.max) ? bound(std::floor(p.max), whole) : whole.max};
}

// An amount or a count, typed as people write them (typedNumberKind).
void typedParamWidget(EditorContext& c, NumberKind kind, const ParamWidgetModel& p,
                      const std::function<void(Scenario&, ParamValue)>& store) {
    if (kind == NumberKind::Count) {
        const InputRange r = typedRange(p, {std::numeric_limits<int>::min(), kCountInputRange.max});
        countField(c, p.name.c_str(), p.keyPath,
                   static_cast<int>(std::clamp<std::int64_t>(integerOf(p), r.min, r.max)),
                   static_cast<int>(r.min), static_cast<int>(r.max),
                   [store](Scenario& s, int v) { store(s, std::int64_t{v}); });
        return;
    }
    const InputRange r = typedRange(p, {-kRupiahInputRange.max, kRupiahInputRange.max});
    if (p.kind == ParamKind::Integer)
        rupiahField(
            c, p.name.c_str(), p.keyPath, integerOf(p),
            [store](Scenario& s, Rupiah v) { store(s, std::int64_t{v}); }, r);
    else
        rupiahNumberField(c, p.name.c_str(), p.keyPath, numberOf(p), r,
                          [store](Scenario& s, double v) { store(s, v); });
}

// The widget of one declared parameter, by its kind.
void paramWidget(EditorContext& c, std::size_t use, const ParamWidgetModel& p) {
    const std::string name = p.name;
    // Each widget stores the value in the declared type (an integer as a whole number).
    const auto store = [use, name](Scenario& s, ParamValue v) { setPluginParam(s, use, name, v); };
    if (const auto typed = typedNumberKind(p)) {
        typedParamWidget(c, *typed, p, store);
        return;
    }
    switch (p.kind) {
    case ParamKind::Number: {
        const bool wide = !std::isfinite(p.min) || !std::isfinite(p.max) || p.max - p.min > 1000.0;
        numberField(c, name.c_str(), p.keyPath, numberOf(p), p.min, p.max, wide ? "%.6g" : "%.4f",
                    [store](Scenario& s, double v) { store(s, v); });
        break;
    }
    case ParamKind::Integer: {
        const std::int64_t value = integerOf(p);
        const double low = std::isfinite(p.min) ? p.min : -2e9;
        const double high = std::isfinite(p.max) ? p.max : 2e9;
        intField(c, name.c_str(), p.keyPath,
                 static_cast<int>(std::clamp<std::int64_t>(value, -2'000'000'000, 2'000'000'000)),
                 static_cast<int>(low), static_cast<int>(high),
                 [store](Scenario& s, int v) { store(s, std::int64_t{v}); });
        break;
    }
    case ParamKind::Flag:
        flagField(c, name.c_str(), p.keyPath, flagOf(p),
                  [store](Scenario& s, bool v) { store(s, v); });
        break;
    case ParamKind::Choice: {
        std::vector<ComboOption> options;
        for (const std::string& choice : p.choices) options.push_back({choice, choice});
        comboField(c, name.c_str(), p.keyPath, textOf(p), options,
                   [store](Scenario& s, std::string v) { store(s, v); });
        break;
    }
    case ParamKind::Text:
        textField(c, name.c_str(), p.keyPath, textOf(p),
                  [store](Scenario& s, std::string v) { store(s, v); });
        break;
    }
}

void declaredParams(EditorContext& c, std::size_t use, const PluginEditorModel& model) {
    const Language l = c.language;
    if (model.params.empty()) {
        ImGui::TextDisabled(
            "%s", tr(l, "Plugin ini tanpa parameter.", "This plugin takes no parameters."));
        return;
    }
    if (!beginForm("params")) return;
    for (const ParamWidgetModel& p : model.params) {
        ImGui::PushID(p.name.c_str());
        const std::string label = paramLabel(p);
        const std::string help = p.description(l) + "\n" + tr(l, "Bawaan: ", "Default: ") +
                                 paramValueText(p.defaultValue);
        formLabel(label.c_str(), help.c_str());
        if (p.differsFromDefault()) {
            if (ImGui::SmallButton("<")) resetPluginParam(c.app, use, p.name);
            tooltip(std::string(tr(l, "Kembalikan ke bawaan ", "Reset to default ")) +
                    paramValueText(p.defaultValue));
            ImGui::SameLine();
        }
        paramWidget(c, use, p);
        tooltip(help);
        ImGui::PopID();
    }
    endForm();
}

void rawParams(const PluginEditorModel& model) {
    for (const auto& [name, value] : model.rawParams) {
        ImGui::Bullet();
        ImGui::TextWrapped("%s: %s", name.c_str(), paramValueText(value).c_str());
    }
}

void pluginUse(EditorContext& c, std::size_t use) {
    const Language l = c.language;
    const PluginEditorModel model = buildPluginEditorModel(c.scenario, use, c.app.registry());
    if (c.focus.opensRow("plugins", use)) ImGui::SetNextItemOpen(true);
    c.focus.before(model.keyPath, false);
    const bool open = ImGui::TreeNodeEx(
        model.keyPath.c_str(),
        ImGuiTreeNodeFlags_SpanAvailWidth | ImGuiTreeNodeFlags_AllowItemOverlap, "%s%s",
        model.id.c_str(), model.loaded ? "" : tr(l, "  (tidak terpasang)", "  (not installed)"));
    c.focus.after(model.keyPath);
    tooltip(l == Language::Indonesian ? model.descriptionId : model.descriptionEn);
    ImGui::SameLine(ImGui::GetContentRegionMax().x - ImGui::GetFrameHeight());
    ImGui::PushID(static_cast<int>(use));
    const bool remove = removeButton(l);
    ImGui::PopID();
    if (open) {
        if (model.loaded) {
            dimmedText(model.name + " " + model.version);
            declaredParams(c, use, model);
            if (!model.rawParams.empty()) {
                dimmedText(tr(l, "Parameter tak dikenal (lihat pemeriksaan):",
                              "Unknown parameters (see the diagnostics):"));
                rawParams(model);
            }
        } else {
            ImGui::TextWrapped("%s",
                               tr(l,
                                  "Plugin ini tidak terpasang, jadi parameternya hanya "
                                  "ditampilkan. Pasang plugin atau hapus dari skenario.",
                                  "This plugin is not installed, so its parameters are "
                                  "shown read-only. Install it or remove it from the scenario."));
            rawParams(model);
        }
        ImGui::TreePop();
    }
    if (remove) removePlugin(c.app, use);
}

} // namespace

void drawPluginsSection(EditorContext& c) {
    const Language l = c.language;
    const auto& plugins = c.scenario.plugins;
    if (plugins.empty())
        ImGui::TextWrapped("%s",
                           tr(l, "Tanpa plugin: hanya model inti (program sama dengan pembanding).",
                              "No plugins: the core model alone (program equals baseline)."));
    for (std::size_t i = 0; i < plugins.size(); ++i) pluginUse(c, i);

    std::vector<std::string> available;
    for (const auto& module : c.app.registry().modules()) {
        bool used = false;
        for (const auto& use : plugins) used = used || use.id == module->id;
        if (!used) available.push_back(module->id);
    }
    ImGui::SetNextItemWidth(-FLT_MIN);
    if (ImGui::BeginCombo("##add_plugin", tr(l, "+ tambah plugin", "+ add plugin"))) {
        for (const std::string& id : available)
            if (ImGui::Selectable(id.c_str())) addPlugin(c.app, id);
        if (available.empty())
            ImGui::TextDisabled("%s", tr(l, "Semua plugin terpasang sudah dipakai.",
                                         "Every installed plugin is in use."));
        ImGui::EndCombo();
    }
}

} // namespace nk::gui
