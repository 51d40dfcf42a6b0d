#include "plugin_params.hpp"

#include "naikkelas/io/results_export.hpp"

#include <cmath>

namespace nk::registry {

namespace {

std::string listNames(const std::vector<std::string>& names) {
    std::string out;
    for (const auto& n : names) out += (out.empty() ? "" : ", ") + n;
    return out.empty() ? "none" : out;
}

std::string typeName(std::int32_t type) {
    switch (type) {
    case NK_PARAM_NUMBER:
        return "a number";
    case NK_PARAM_INTEGER:
        return "a whole number";
    case NK_PARAM_BOOL:
        return "true or false";
    case NK_PARAM_CHOICE:
        return "one of its choices";
    default:
        return "text";
    }
}

std::string describeValue(const ParamValue& v) {
    if (const auto* d = std::get_if<double>(&v)) return io::shortestNumber(*d);
    if (const auto* i = std::get_if<std::int64_t>(&v)) return std::to_string(*i);
    if (const auto* b = std::get_if<bool>(&v)) return *b ? "true" : "false";
    return "`" + std::get<std::string>(v) + "`";
}

std::string rangeText(const nk_param_decl& d) {
    const bool low = std::isfinite(d.min), high = std::isfinite(d.max);
    const std::string unit = d.unit && *d.unit ? std::string(" ") + d.unit : "";
    if (low && high)
        return "from " + io::shortestNumber(d.min) + " to " + io::shortestNumber(d.max) + unit;
    if (low) return io::shortestNumber(d.min) + " or more" + unit;
    if (high) return "at most " + io::shortestNumber(d.max) + unit;
    return typeName(d.type);
}

std::vector<std::string> choicesOf(const nk_param_decl& d) {
    std::vector<std::string> out;
    for (std::uint32_t i = 0; i < d.choice_count; ++i) out.emplace_back(d.choices[i]);
    return out;
}

// Checks one value against its declaration; on success fills `out`.
bool checkValue(const nk_param_decl& d, const ParamValue& v, const std::string& path,
                Diagnostics& diagnostics, ResolvedParam& out) {
    auto wrongType = [&] {
        diagnostics.error(path, "expected " + typeName(d.type) + ", got " + describeValue(v),
                          d.type == NK_PARAM_CHOICE ? "one of: " + listNames(choicesOf(d))
                                                    : rangeText(d));
        return false;
    };
    auto inRange = [&](double x) {
        if (x >= d.min && x <= d.max) return true;
        diagnostics.error(path, describeValue(v) + " is out of range", rangeText(d));
        return false;
    };
    switch (d.type) {
    case NK_PARAM_NUMBER: {
        double x = 0;
        if (const auto* dv = std::get_if<double>(&v))
            x = *dv;
        else if (const auto* iv = std::get_if<std::int64_t>(&v))
            x = static_cast<double>(*iv);
        else
            return wrongType();
        if (!std::isfinite(x)) return wrongType();
        if (!inRange(x)) return false;
        out.number = x;
        return true;
    }
    case NK_PARAM_INTEGER: {
        const auto* iv = std::get_if<std::int64_t>(&v);
        if (!iv) return wrongType();
        if (!inRange(static_cast<double>(*iv))) return false;
        out.integer = *iv;
        out.number = static_cast<double>(*iv);
        return true;
    }
    case NK_PARAM_BOOL: {
        const auto* bv = std::get_if<bool>(&v);
        if (!bv) return wrongType();
        out.integer = *bv ? 1 : 0;
        out.number = static_cast<double>(out.integer);
        return true;
    }
    case NK_PARAM_CHOICE: {
        const auto* sv = std::get_if<std::string>(&v);
        if (!sv) return wrongType();
        const auto choices = choicesOf(d);
        for (const auto& c : choices)
            if (c == *sv) {
                out.text = *sv;
                return true;
            }
        const std::string close = closestMatch(*sv, choices);
        diagnostics.error(path, "unknown choice `" + *sv + "`",
                          (close.empty() ? "" : "did you mean `" + close + "`? ") +
                              "one of: " + listNames(choices));
        return false;
    }
    default: {
        const auto* sv = std::get_if<std::string>(&v);
        if (!sv) return wrongType();
        out.text = *sv;
        return true;
    }
    }
}

ResolvedParam defaultOf(const nk_param_decl& d) {
    ResolvedParam p;
    p.name = d.name;
    p.type = d.type;
    p.number = d.default_number;
    // The registry checked that these defaults are whole numbers within int64.
    if (d.type == NK_PARAM_INTEGER || d.type == NK_PARAM_BOOL)
        p.integer = static_cast<std::int64_t>(d.default_number);
    if (d.default_text) p.text = d.default_text;
    return p;
}

} // namespace

bool resolveParams(const nk_plugin& plugin, const PluginUse& use, const std::string& usePath,
                   Diagnostics& diagnostics, std::vector<ResolvedParam>& out) {
    bool ok = true;
    out.clear();
    std::vector<std::string> declared;
    for (std::uint32_t i = 0; i < plugin.param_count; ++i) {
        declared.emplace_back(plugin.params[i].name);
        out.push_back(defaultOf(plugin.params[i]));
    }
    for (const auto& [name, value] : use.params) {
        const std::string path = usePath + ".params." + name;
        std::uint32_t i = 0;
        while (i < plugin.param_count && name != plugin.params[i].name) ++i;
        if (i == plugin.param_count) {
            const std::string close = closestMatch(name, declared);
            diagnostics.error(path,
                              "unknown parameter `" + name + "` of plugin `" + plugin.id + "`",
                              (close.empty() ? "" : "did you mean `" + close + "`? ") +
                                  "parameters: " + listNames(declared));
            ok = false;
            continue;
        }
        ok = checkValue(plugin.params[i], value, path, diagnostics, out[i]) && ok;
    }
    return ok;
}

ParamValue paramValue(const ResolvedParam& p) {
    switch (p.type) {
    case NK_PARAM_NUMBER:
        return p.number;
    case NK_PARAM_INTEGER:
        return p.integer;
    case NK_PARAM_BOOL:
        return p.integer != 0;
    default:
        return p.text;
    }
}

} // namespace nk::registry
