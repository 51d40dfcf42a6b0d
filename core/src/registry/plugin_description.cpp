#include "plugin_description.hpp"

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstring>

namespace nk::registry {

namespace {

// Bytes up to the end of a field: what a struct must hold for the host to read it.
#define NK_END_OF(Type, field) (offsetof(Type, field) + sizeof(Type::field))

constexpr std::size_t kPlugin10 = NK_END_OF(nk_plugin, cost_lines);
constexpr std::size_t kParam10 = NK_END_OF(nk_param_decl, description_en);
constexpr std::size_t kSeries10 = NK_END_OF(nk_series_decl, description_en);

bool validId(const char* id) {
    if (!id || !*id) return false;
    for (const char* c = id; *c; ++c)
        if (!((*c >= 'a' && *c <= 'z') || (*c >= '0' && *c <= '9') || *c == '_')) return false;
    return true;
}

// Copies an array whose elements are `stride` bytes (the module's struct_size, the same
// for every element) into this host's layout; false if an element says another size.
template <class T>
bool readArray(const T* raw, std::uint32_t count, std::size_t minimum, std::vector<T>& out) {
    out.clear();
    if (count == 0) return true;
    const std::size_t stride = raw->struct_size;
    if (stride < minimum) return false;
    const auto* bytes = reinterpret_cast<const unsigned char*>(raw);
    for (std::uint32_t i = 0; i < count; ++i) {
        const auto* element = bytes + i * stride;
        T copy{};
        std::memcpy(&copy, element, std::min(stride, sizeof(T)));
        if (copy.struct_size != stride) return false;
        copy.struct_size = sizeof(T);
        out.push_back(copy);
    }
    return true;
}

std::string quoted(const nk_param_decl& d) {
    return "parameter `" + std::string(d.name) + "`";
}

bool inRange(const nk_param_decl& d, double x) {
    return x >= d.min && x <= d.max;
}

// What is wrong with one parameter declaration, or empty. Defaults must be valid values
// of the parameter: the host hands them to the module unchecked.
std::string paramProblem(const nk_param_decl& d, std::uint32_t i) {
    if (!d.name || !*d.name) return "parameter " + std::to_string(i) + " has no name";
    if (d.type < NK_PARAM_NUMBER || d.type > NK_PARAM_TEXT)
        return quoted(d) + " has an unknown type";
    switch (d.type) {
    case NK_PARAM_NUMBER:
    case NK_PARAM_INTEGER:
        if (std::isnan(d.min) || std::isnan(d.max) || d.min > d.max)
            return quoted(d) + " has no valid range";
        if (!std::isfinite(d.default_number) || !inRange(d, d.default_number))
            return quoted(d) + " has a default that is no finite number within its range";
        // A whole number that fits int64 (2^63 is the first double that does not).
        if (d.type == NK_PARAM_INTEGER && (d.default_number != std::trunc(d.default_number) ||
                                           std::fabs(d.default_number) >= 0x1p63))
            return quoted(d) + " has a default that is not a whole number";
        return {};
    case NK_PARAM_BOOL:
        if (d.default_number != 0.0 && d.default_number != 1.0)
            return quoted(d) + " has a default that is neither 0 nor 1";
        return {};
    case NK_PARAM_CHOICE:
        if (d.choice_count == 0 || !d.choices) return quoted(d) + " offers no choices";
        for (std::uint32_t c = 0; c < d.choice_count; ++c)
            if (!d.choices[c] || !*d.choices[c])
                return quoted(d) + " has an empty choice " + std::to_string(c);
        if (!d.default_text ||
            std::none_of(d.choices, d.choices + d.choice_count,
                         [&](const char* c) { return std::strcmp(c, d.default_text) == 0; }))
            return quoted(d) + " has a default that is not one of its choices";
        return {};
    default:
        return {};
    }
}

std::string problemOf(const PluginModule& m) {
    const nk_plugin& p = m.description;
    if (!validId(p.id)) return "its id is missing or not made of a-z, 0-9 and _";
    if (!p.name || !p.version) return "its name or version is missing";
    if (!p.create || !p.destroy || !p.modifiers) return "it lacks create, destroy or modifiers";
    if (p.compatibility_minimum > p.abi_minor)
        return "its compatibility_minimum " + std::to_string(p.compatibility_minimum) +
               " is above its abi_minor " + std::to_string(p.abi_minor);
    for (std::uint32_t i = 0; i < m.params.size(); ++i) {
        if (std::string problem = paramProblem(m.params[i], i); !problem.empty()) return problem;
        for (std::uint32_t j = 0; j < i; ++j)
            if (std::strcmp(m.params[j].name, m.params[i].name) == 0)
                return quoted(m.params[i]) + " is declared twice";
    }
    for (std::uint32_t i = 0; i < m.series.size(); ++i)
        if (!m.series[i].name || !*m.series[i].name)
            return "series " + std::to_string(i) + " has no name";
    return {};
}

} // namespace

bool hasVersion(const nk_plugin& raw) {
    return raw.struct_size >= NK_END_OF(nk_plugin, abi_minor);
}

std::uint32_t compatibilityMinimum(const nk_plugin& raw) {
    return raw.struct_size >= NK_END_OF(nk_plugin, compatibility_minimum)
               ? raw.compatibility_minimum
               : raw.abi_minor;
}

std::string readDescription(const nk_plugin& raw, PluginModule& m) {
    if (raw.struct_size < kPlugin10)
        return "its description is too small (" + std::to_string(raw.struct_size) +
               " bytes) for ABI " + std::to_string(raw.abi_major) + "." +
               std::to_string(raw.abi_minor);
    m.description = {};
    std::memcpy(&m.description, &raw, std::min<std::size_t>(raw.struct_size, sizeof(nk_plugin)));
    m.description.struct_size = sizeof(nk_plugin);
    m.description.compatibility_minimum = compatibilityMinimum(raw);
    m.description.reserved = 0;
    if (raw.param_count > 0 && !raw.params) return "it declares parameters without a list";
    if (raw.series_count > 0 && !raw.series) return "it declares series without a list";
    if (!readArray(raw.params, raw.param_count, kParam10, m.params))
        return "its parameter declarations are malformed (struct_size)";
    if (!readArray(raw.series, raw.series_count, kSeries10, m.series))
        return "its series declarations are malformed (struct_size)";
    m.description.params = m.params.data();
    m.description.series = m.series.data();
    m.plugin = &m.description;
    return problemOf(m);
}

} // namespace nk::registry
