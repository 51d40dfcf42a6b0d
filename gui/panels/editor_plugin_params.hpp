// What the plugin section of the editor shows for one plugin use, built from the loaded
// module's parameter declarations (plugin_api.h): one widget model per declared
// parameter with its kind, unit, range, choices, default, current value and bilingual
// description. A plugin that is not loaded keeps its raw values, shown read-only. Pure
// data, no ImGui, so the generated editors are tested without drawing.
#pragma once

#include "model/number_entry.hpp"

#include "naikkelas/registry/plugin_registry.hpp"
#include "naikkelas/scenario/scenario.hpp"
#include "naikkelas/units/rupiah.hpp"

#include <cstddef>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace nk::gui {

enum class ParamKind { Number, Integer, Flag, Choice, Text };

struct ParamWidgetModel {
    std::string name;
    std::string keyPath; // plugins[1].params.effect_scale
    ParamKind kind = ParamKind::Number;
    std::string unit; // may be empty
    double min = 0.0; // Number and Integer; -inf / +inf: unbounded
    double max = 0.0;
    std::vector<std::string> choices; // Choice
    ParamValue defaultValue;
    ParamValue value; // the scenario's value, or the default when it sets none
    bool setInScenario = false;
    bool typeMatches = true; // false: the scenario's value has the wrong type (diagnosed)
    std::string descriptionId;
    std::string descriptionEn;

    // Whether the "reset to default" button applies: the scenario sets a different value.
    bool differsFromDefault() const;
    const std::string& description(Language language) const {
        return language == Language::Indonesian ? descriptionId : descriptionEn;
    }
};

struct PluginEditorModel {
    std::string id;
    std::string keyPath; // plugins[1]
    bool loaded = false;
    std::string name, version;
    std::string descriptionId, descriptionEn;
    std::vector<ParamWidgetModel> params; // declaration order (loaded plugins)
    // Values the declarations do not know (every value, when the plugin is not loaded),
    // shown read-only; the diagnostics say what is wrong with them.
    std::vector<std::pair<std::string, ParamValue>> rawParams;
};

ParamKind paramKindOf(std::int32_t nkParamType);
ParamValue defaultValueOf(const nk_param_decl& declaration);
// Number parameters accept a whole number as written in a file (`2`), so values compare
// by what they mean, not by their stored form.
bool sameParamValue(const ParamValue& a, const ParamValue& b);
std::string paramValueText(const ParamValue& value); // as a file would write it
// Whether a parameter is typed as an amount (its unit is rupiah: "Rp", "Rp/month",
// "rupiah", "IDR") or as a count (an integer of people, enterprises or units), and so
// read as people write them ("1,5 juta", "2 ribu"); nothing for other parameters. A
// number in a count unit may be a scale with a fraction, so only integers are counts.
std::optional<NumberKind> typedNumberKind(const ParamWidgetModel& param);

PluginEditorModel buildPluginEditorModel(const Scenario& scenario, std::size_t useIndex,
                                         const PluginRegistry& registry);

// The value a widget of `kind` edits, read as that kind (a number stored as a whole
// number, the default when the stored type does not fit).
double numberOf(const ParamWidgetModel& param);
std::int64_t integerOf(const ParamWidgetModel& param);
bool flagOf(const ParamWidgetModel& param);
std::string textOf(const ParamWidgetModel& param);

} // namespace nk::gui
