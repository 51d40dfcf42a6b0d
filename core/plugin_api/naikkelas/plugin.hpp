// Header-only C++ helper for plugin authors: write a class, get the C ABI of
// plugin_api.h. Exceptions thrown by the constructor or any method become NK_ERROR
// with the exception's message; nothing else crosses the boundary.
//
//   class MyPlugin : public nk::plugin::Plugin {
//   public:
//       static nk::plugin::Info info();               // id, name, version, params, series
//       explicit MyPlugin(const nk::plugin::CreateContext& context); // may throw to refuse
//       void modifiers(const nk_month_view& month, std::uint32_t group,
//                      nk_modifiers& out) override;
//   };
//   NK_PLUGIN_MAIN(MyPlugin)
//
// docs/writing-a-plugin.md walks through a complete module.
#pragma once

#include "naikkelas/plugin_api.h"

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <exception>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>

namespace nk::plugin {

inline constexpr double kUnbounded = HUGE_VAL;

// Declarations, for a static array of parameters.
constexpr nk_param_decl number(const char* name, const char* unit, double defaultValue, double min,
                               double max, const char* descriptionId, const char* descriptionEn) {
    return {sizeof(nk_param_decl),
            name,
            NK_PARAM_NUMBER,
            unit,
            defaultValue,
            nullptr,
            min,
            max,
            nullptr,
            0,
            descriptionId,
            descriptionEn};
}
constexpr nk_param_decl integer(const char* name, const char* unit, std::int64_t defaultValue,
                                std::int64_t min, std::int64_t max, const char* descriptionId,
                                const char* descriptionEn) {
    return {sizeof(nk_param_decl),
            name,
            NK_PARAM_INTEGER,
            unit,
            double(defaultValue),
            nullptr,
            double(min),
            double(max),
            nullptr,
            0,
            descriptionId,
            descriptionEn};
}
constexpr nk_param_decl flag(const char* name, bool defaultValue, const char* descriptionId,
                             const char* descriptionEn) {
    return {sizeof(nk_param_decl),
            name,
            NK_PARAM_BOOL,
            "",
            defaultValue ? 1.0 : 0.0,
            nullptr,
            0.0,
            1.0,
            nullptr,
            0,
            descriptionId,
            descriptionEn};
}
constexpr nk_param_decl choice(const char* name, const char* defaultValue,
                               const char* const* choices, std::uint32_t count,
                               const char* descriptionId, const char* descriptionEn) {
    return {sizeof(nk_param_decl),
            name,
            NK_PARAM_CHOICE,
            "",
            0.0,
            defaultValue,
            0.0,
            0.0,
            choices,
            count,
            descriptionId,
            descriptionEn};
}
constexpr nk_param_decl text(const char* name, const char* defaultValue, const char* descriptionId,
                             const char* descriptionEn) {
    return {sizeof(nk_param_decl), name,         NK_PARAM_TEXT, "",      0.0,
            defaultValue,          0.0,          0.0,           nullptr, 0,
            descriptionId,         descriptionEn};
}
constexpr nk_series_decl series(const char* name, const char* unit, const char* descriptionId,
                                const char* descriptionEn) {
    return {sizeof(nk_series_decl), name, unit, descriptionId, descriptionEn};
}

struct Info {
    const char* id;
    const char* name;
    const char* version;
    const char* descriptionId;
    const char* descriptionEn;
    std::span<const nk_param_decl> params;
    std::span<const nk_series_decl> series;
    // The oldest host minor the module runs on (plugin_api.h): lower it only after
    // checking that every field and array read below NK_ABI_MINOR is guarded.
    std::uint32_t compatibilityMinimum = NK_ABI_MINOR;
};

// Group g of a month view, striding by the host's element size (a host older than the
// module's minor gives smaller states).
inline const nk_group_state& groupState(const nk_month_view& month, std::uint32_t g) {
    const std::uint32_t stride = month.group_count > 0 ? month.groups[0].struct_size : 0;
    return *reinterpret_cast<const nk_group_state*>(reinterpret_cast<const char*>(month.groups) +
                                                    std::size_t(g) * stride);
}

// The B + 2 expected counts of a group (plugin_api.h, nk_group_state): what design
// effects read, so that both modes give them alike. A host before ABI 1.1 gives none;
// its counts are the nearest it has.
inline const double* meanField(const nk_group_state& state) {
    const bool given =
        state.struct_size >= offsetof(nk_group_state, mean_field) + sizeof(state.mean_field) &&
        state.mean_field;
    return given ? state.mean_field : state.counts;
}

// The parameter values of an instance (defaults filled in by the host).
class Params {
public:
    Params(const nk_param_value* values, std::uint32_t count) : m_values(values, count) {}
    double number(std::string_view name) const { return find(name).number; }
    std::int64_t integer(std::string_view name) const { return find(name).integer; }
    bool flag(std::string_view name) const { return find(name).integer != 0; }
    std::string_view text(std::string_view name) const {
        const char* t = find(name).text;
        return t ? std::string_view(t) : std::string_view();
    }

private:
    const nk_param_value& find(std::string_view name) const {
        for (const auto& v : m_values)
            if (v.name && name == v.name) return v;
        throw std::invalid_argument("parameter `" + std::string(name) + "` was not given");
    }
    std::span<const nk_param_value> m_values;
};

struct CreateContext {
    const nk_scenario_view& scenario;
    Params params;
    int replication; // -1: expected mode or planning
    const nk_host& host;

    double uniform(std::uint64_t stream, std::uint64_t index) const {
        return host.uniform(host.context, stream, index);
    }
    void warn(const std::string& path, const std::string& message,
              const std::string& hint = {}) const {
        host.warn(host.context, path.c_str(), message.c_str(), hint.c_str());
    }
};

class CostSink {
public:
    explicit CostSink(const nk_cost_sink& sink) : m_sink(sink) {}
    void add(int month, int arm, const std::string& category, const std::string& source,
             std::int64_t amount) const {
        const nk_cost_line line{sizeof(nk_cost_line), month,          arm,
                                category.c_str(),     source.c_str(), amount};
        m_sink.add(m_sink.context, &line);
    }

private:
    const nk_cost_sink& m_sink;
};

class Plugin {
public:
    virtual ~Plugin() = default;
    // Month t's state of every group, before its modifiers; write the declared series.
    virtual void observe(const nk_month_view& month, std::span<double> series) {
        (void)month;
        (void)series;
    }
    virtual void modifiers(const nk_month_view& month, std::uint32_t group, nk_modifiers& out) = 0;
    virtual void costLines(const CostSink& sink) { (void)sink; }
};

namespace detail {

inline void writeError(nk_error* error, const char* message) noexcept {
    if (!error || !error->message || error->capacity == 0) return;
    std::strncpy(error->message, message, error->capacity - 1);
    error->message[error->capacity - 1] = '\0';
}

template <class F> std::int32_t guarded(nk_error* error, F&& f) noexcept {
    try {
        f();
        return NK_OK;
    } catch (const std::exception& e) {
        writeError(error, e.what());
    } catch (...) {
        writeError(error, "unknown exception");
    }
    return NK_ERROR;
}

template <class T>
std::int32_t create(const nk_create_args* args, void** instance, nk_error* error) noexcept {
    *instance = nullptr;
    return guarded(error, [&] {
        const CreateContext context{*args->scenario, Params(args->params, args->param_count),
                                    args->replication, *args->host};
        *instance = static_cast<Plugin*>(new T(context));
    });
}

inline void destroy(void* instance) noexcept {
    delete static_cast<Plugin*>(instance);
}

template <class T>
std::int32_t observeOf(void* instance, const nk_month_view* month, double* series,
                       nk_error* error) noexcept {
    return guarded(error, [&] {
        static_cast<Plugin*>(instance)->observe(*month,
                                                std::span<double>(series, T::info().series.size()));
    });
}

inline std::int32_t modifiers(void* instance, const nk_month_view* month, std::uint32_t group,
                              nk_modifiers* out, nk_error* error) noexcept {
    return guarded(error, [&] { static_cast<Plugin*>(instance)->modifiers(*month, group, *out); });
}

inline std::int32_t costLines(void* instance, const nk_cost_sink* sink, nk_error* error) noexcept {
    return guarded(error, [&] { static_cast<Plugin*>(instance)->costLines(CostSink(*sink)); });
}

template <class T> nk_plugin describe() {
    const Info info = T::info();
    return {sizeof(nk_plugin),
            NK_ABI_MAJOR,
            NK_ABI_MINOR,
            info.id,
            info.name,
            info.version,
            info.descriptionId,
            info.descriptionEn,
            info.params.data(),
            static_cast<std::uint32_t>(info.params.size()),
            info.series.data(),
            static_cast<std::uint32_t>(info.series.size()),
            &create<T>,
            &destroy,
            &observeOf<T>,
            &modifiers,
            &costLines,
            info.compatibilityMinimum,
            0};
}

} // namespace detail

// The module's description, built once.
template <class T> const nk_plugin* entry() {
    static const nk_plugin plugin = detail::describe<T>();
    return &plugin;
}

} // namespace nk::plugin

// Exports the module's entry symbol for plugin class Type.
#define NK_PLUGIN_MAIN(Type)                                                                       \
    extern "C" NK_PLUGIN_EXPORT const nk_plugin* nk_plugin_entry(void) {                           \
        return ::nk::plugin::entry<Type>();                                                        \
    }
