#include "plugin_listing.hpp"

#include "naikkelas/io/results_export.hpp"
#include "text_table.hpp"

#include <cmath>

namespace nk::cli {

namespace {

const char* typeName(std::int32_t type) {
    switch (type) {
    case NK_PARAM_NUMBER:
        return "number";
    case NK_PARAM_INTEGER:
        return "integer";
    case NK_PARAM_BOOL:
        return "bool";
    case NK_PARAM_CHOICE:
        return "choice";
    default:
        return "text";
    }
}

std::string text(const char* indonesian, const char* english, Language language) {
    const char* chosen = language == Language::Indonesian ? indonesian : english;
    if (!chosen || !*chosen) chosen = language == Language::Indonesian ? english : indonesian;
    return chosen ? chosen : "";
}

std::string defaultText(const nk_param_decl& d) {
    switch (d.type) {
    case NK_PARAM_BOOL:
        return d.default_number != 0 ? "true" : "false";
    case NK_PARAM_CHOICE:
    case NK_PARAM_TEXT:
        return d.default_text ? "\"" + std::string(d.default_text) + "\"" : "\"\"";
    default:
        return io::shortestNumber(d.default_number);
    }
}

std::string rangeText(const nk_param_decl& d) {
    if (d.type == NK_PARAM_CHOICE) {
        std::string out;
        for (std::uint32_t i = 0; i < d.choice_count; ++i)
            out += (i ? "|" : "") + std::string(d.choices[i]);
        return out;
    }
    if (d.type != NK_PARAM_NUMBER && d.type != NK_PARAM_INTEGER) return "";
    const auto bound = [](double v) { return std::isfinite(v) ? io::shortestNumber(v) : ""; };
    return bound(d.min) + ".." + bound(d.max);
}

void appendModule(std::string& out, const PluginModule& m, Language language) {
    const nk_plugin& p = *m.plugin;
    out += m.id + " " + m.version + " (ABI " + m.abi + ") - " + m.name + "\n";
    out += "  " + text(p.description_id, p.description_en, language) + "\n";
    out += "  file:   " + m.path + "\n";
    out += "  sha256: " + m.sha256 + "\n";
    if (p.param_count > 0) {
        TextTable table;
        table.addRow({"parameter", "type", "unit", "default", "range", "description"});
        for (std::uint32_t i = 0; i < p.param_count; ++i) {
            const nk_param_decl& d = p.params[i];
            table.addRow({d.name, typeName(d.type), d.unit ? d.unit : "", defaultText(d),
                          rangeText(d), text(d.description_id, d.description_en, language)});
        }
        out += table.render(4, 2);
    }
    for (std::uint32_t i = 0; i < p.series_count; ++i) {
        const nk_series_decl& s = p.series[i];
        out += "    series " + m.id + ":" + s.name + " (" + (s.unit ? s.unit : "") +
               "): " + text(s.description_id, s.description_en, language) + "\n";
    }
    out += "\n";
}

} // namespace

std::string renderPluginListing(const PluginRegistry& registry,
                                const std::vector<std::string>& searchedFolders,
                                Language language) {
    std::string out = "Plugins found: " + std::to_string(registry.modules().size()) + "\n";
    out += "Searched, in order:";
    for (const auto& folder : searchedFolders) out += "\n  " + folder;
    out += "\n\n";
    for (const auto& m : registry.modules()) appendModule(out, *m, language);
    for (const auto& note : registry.shadowed())
        out += "skipped (an earlier folder wins): " + note + "\n";
    for (const auto& problem : registry.problems()) out += "not loaded: " + problem + "\n";
    return out;
}

} // namespace nk::cli
