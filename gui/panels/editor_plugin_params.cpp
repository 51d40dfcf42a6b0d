#include "panels/editor_plugin_params.hpp"

#include "model/editor_paths.hpp"
#include "naikkelas/io/results_export.hpp"

#include <cctype>
#include <string_view>

namespace nk::gui {

namespace {

bool fitsKind(ParamKind kind, const ParamValue& value) {
    switch (kind) {
    case ParamKind::Number:
        return std::holds_alternative<double>(value) || std::holds_alternative<std::int64_t>(value);
    case ParamKind::Integer:
        return std::holds_alternative<std::int64_t>(value);
    case ParamKind::Flag:
        return std::holds_alternative<bool>(value);
    case ParamKind::Choice:
    case ParamKind::Text:
        return std::holds_alternative<std::string>(value);
    }
    return false;
}

const char* orEmpty(const char* text) {
    return text ? text : "";
}

bool startsWithIgnoringCase(const std::string& text, std::string_view prefix) {
    if (text.size() < prefix.size()) return false;
    for (std::size_t i = 0; i < prefix.size(); ++i)
        if (std::tolower(static_cast<unsigned char>(text[i])) != prefix[i]) return false;
    return true;
}

// Units that count whole things, as plugin authors write them (plugin_api.h leaves the
// unit free text), in both languages.
constexpr std::string_view kCountUnits[] = {
    "count",   "people", "persons", "participants", "enterprises", "businesses", "units",
    "members", "orang",  "peserta", "usaha",        "unit",        "anggota"};

} // namespace

bool ParamWidgetModel::differsFromDefault() const {
    return setInScenario && !sameParamValue(value, defaultValue);
}

ParamKind paramKindOf(std::int32_t nkParamType) {
    switch (nkParamType) {
    case NK_PARAM_NUMBER:
        return ParamKind::Number;
    case NK_PARAM_INTEGER:
        return ParamKind::Integer;
    case NK_PARAM_BOOL:
        return ParamKind::Flag;
    case NK_PARAM_CHOICE:
        return ParamKind::Choice;
    default:
        return ParamKind::Text;
    }
}

ParamValue defaultValueOf(const nk_param_decl& d) {
    switch (paramKindOf(d.type)) {
    case ParamKind::Number:
        return d.default_number;
    case ParamKind::Integer:
        return static_cast<std::int64_t>(d.default_number);
    case ParamKind::Flag:
        return d.default_number != 0.0;
    case ParamKind::Choice:
    case ParamKind::Text:
        break;
    }
    return std::string(orEmpty(d.default_text));
}

bool sameParamValue(const ParamValue& a, const ParamValue& b) {
    const auto asNumber = [](const ParamValue& v, double& out) {
        if (const auto* d = std::get_if<double>(&v))
            out = *d;
        else if (const auto* i = std::get_if<std::int64_t>(&v))
            out = static_cast<double>(*i);
        else
            return false;
        return true;
    };
    double x = 0.0, y = 0.0;
    if (asNumber(a, x) && asNumber(b, y)) return x == y;
    return a == b;
}

std::string paramValueText(const ParamValue& value) {
    if (const auto* d = std::get_if<double>(&value)) return io::shortestNumber(*d);
    if (const auto* i = std::get_if<std::int64_t>(&value)) return std::to_string(*i);
    if (const auto* b = std::get_if<bool>(&value)) return *b ? "true" : "false";
    return std::get<std::string>(value);
}

PluginEditorModel buildPluginEditorModel(const Scenario& scenario, std::size_t useIndex,
                                         const PluginRegistry& registry) {
    const PluginUse& use = scenario.plugins.at(useIndex);
    PluginEditorModel model;
    model.id = use.id;
    model.keyPath = indexedPath("plugins", useIndex);
    const PluginModule* module = registry.find(use.id);
    if (!module) {
        model.rawParams.assign(use.params.begin(), use.params.end());
        return model;
    }
    const nk_plugin& plugin = *module->plugin;
    model.loaded = true;
    model.name = module->name;
    model.version = module->version;
    model.descriptionId = orEmpty(plugin.description_id);
    model.descriptionEn = orEmpty(plugin.description_en);
    for (std::uint32_t i = 0; i < plugin.param_count; ++i) {
        const nk_param_decl& d = plugin.params[i];
        ParamWidgetModel p;
        p.name = d.name;
        p.keyPath = model.keyPath + ".params." + p.name;
        p.kind = paramKindOf(d.type);
        p.unit = orEmpty(d.unit);
        p.min = d.min;
        p.max = d.max;
        for (std::uint32_t c = 0; c < d.choice_count; ++c) p.choices.emplace_back(d.choices[c]);
        p.defaultValue = defaultValueOf(d);
        p.value = p.defaultValue;
        if (const auto found = use.params.find(p.name); found != use.params.end()) {
            p.setInScenario = true;
            p.typeMatches = fitsKind(p.kind, found->second);
            p.value = found->second;
        }
        p.descriptionId = orEmpty(d.description_id);
        p.descriptionEn = orEmpty(d.description_en);
        model.params.push_back(std::move(p));
    }
    for (const auto& [name, value] : use.params) {
        bool declared = false;
        for (const auto& p : model.params) declared = declared || p.name == name;
        if (!declared) model.rawParams.emplace_back(name, value);
    }
    return model;
}

std::optional<NumberKind> typedNumberKind(const ParamWidgetModel& p) {
    if (p.kind != ParamKind::Number && p.kind != ParamKind::Integer) return std::nullopt;
    for (std::string_view money : {"rp", "rupiah", "idr"})
        if (startsWithIgnoringCase(p.unit, money)) return NumberKind::Amount;
    if (p.kind == ParamKind::Integer)
        for (std::string_view unit : kCountUnits)
            if (p.unit.size() == unit.size() && startsWithIgnoringCase(p.unit, unit))
                return NumberKind::Count;
    return std::nullopt;
}

double numberOf(const ParamWidgetModel& p) {
    if (const auto* d = std::get_if<double>(&p.value)) return *d;
    if (const auto* i = std::get_if<std::int64_t>(&p.value)) return static_cast<double>(*i);
    return std::get<double>(p.defaultValue);
}

std::int64_t integerOf(const ParamWidgetModel& p) {
    if (const auto* i = std::get_if<std::int64_t>(&p.value)) return *i;
    return std::get<std::int64_t>(p.defaultValue);
}

bool flagOf(const ParamWidgetModel& p) {
    if (const auto* b = std::get_if<bool>(&p.value)) return *b;
    return std::get<bool>(p.defaultValue);
}

std::string textOf(const ParamWidgetModel& p) {
    if (const auto* s = std::get_if<std::string>(&p.value)) return *s;
    return std::get<std::string>(p.defaultValue);
}

} // namespace nk::gui
