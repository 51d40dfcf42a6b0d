// One live instance of a plugin module, and the host side of every call into it: the
// status and message of each call, finiteness of modifiers, the host services (counter-
// based uniforms, warnings) and cost lines. Nothing thrown or allocated crosses over.
#pragma once

#include "plugin_params.hpp"

#include "naikkelas/engine/modifiers.hpp"
#include "naikkelas/plugin_api.h"
#include "naikkelas/results/cost_plan.hpp"
#include "naikkelas/scenario/compiled_scenario.hpp"

#include <memory>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace nk::registry {

// A plugin as a scenario uses it.
struct PluginSpec {
    const nk_plugin* plugin = nullptr;
    const nk_scenario_view* view = nullptr;
    std::string path; // plugins[i]
    std::vector<ResolvedParam> params;
    std::shared_ptr<const CompiledScenario> scenario; // for names in messages
};

struct HostContext;

class PluginInstance {
public:
    // Null with `error` when the module refuses. Warnings go to `warnings` if not null.
    static std::optional<PluginInstance> create(const PluginSpec& spec, std::uint64_t seed,
                                                int replication, Diagnostics* warnings,
                                                std::string& error);
    PluginInstance(PluginInstance&& other) noexcept;
    PluginInstance& operator=(PluginInstance&&) = delete;
    PluginInstance(const PluginInstance&) = delete;
    ~PluginInstance();

    const PluginSpec& spec() const { return *m_spec; }
    bool observe(const nk_month_view& month, std::span<double> series, std::string& error);
    bool modifiers(const nk_month_view& month, int group, Modifiers& out, std::string& error);
    bool costLines(CostPlan& plan, std::string& error);

private:
    PluginInstance(const PluginSpec& spec, std::unique_ptr<HostContext> host);
    std::string failure(const std::string& what) const;

    const PluginSpec* m_spec;
    std::unique_ptr<HostContext> m_host; // stable address: the module keeps its pointer
    std::vector<nk_param_value> m_values;
    void* m_instance = nullptr;
    std::vector<char> m_message;
    nk_error m_error{};
};

// Stands in for a replication whose plugins could not be created: fails at once.
class FailedPipeline : public ModifierPipeline {
public:
    explicit FailedPipeline(std::string error) : m_error(std::move(error)) {}
    bool observe(Arm, int, std::span<const GroupState>, std::span<double>,
                 std::string& error) override {
        error = m_error;
        return false;
    }
    bool modifiers(Arm, int, int, Modifiers&, std::string& error) override {
        error = m_error;
        return false;
    }

private:
    std::string m_error;
};

} // namespace nk::registry
