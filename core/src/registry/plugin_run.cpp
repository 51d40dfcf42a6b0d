#include "naikkelas/registry/plugin_run.hpp"

#include "plugin_instance.hpp"
#include "plugin_params.hpp"
#include "scenario_view.hpp"

#include <algorithm>
#include <cstddef>

namespace nk {

using registry::PluginInstance;
using registry::PluginSpec;

struct PluginBinding::State {
    std::shared_ptr<const CompiledScenario> scenario;
    std::unique_ptr<registry::ScenarioView> view;
    std::vector<PluginSpec> plugins; // in the scenario's order
    std::vector<std::string> seriesNames;
    std::vector<PluginRecord> records;
    std::uint64_t planSeed = 0; // the scenario's seed, which runs use unless told otherwise
    CostPlan costs;             // the planning instances' at planSeed
};

namespace {

std::string usePath(std::size_t i) {
    return "plugins[" + std::to_string(i) + "]";
}

std::string installedList(const PluginRegistry& registry) {
    std::string out;
    for (const auto& m : registry.modules()) out += (out.empty() ? "" : ", ") + m->id;
    return out.empty() ? "none" : out;
}

std::vector<std::string> installedIds(const PluginRegistry& registry) {
    std::vector<std::string> ids;
    for (const auto& m : registry.modules()) ids.push_back(m->id);
    return ids;
}

// nk_group_state as ABI 1.0 laid it out, without mean_field: a module built for 1.0
// strides its month view's groups by this size (plugin_api.h, "Arrays").
struct GroupState10 {
    std::uint32_t struct_size;
    std::int32_t months_since_entry;
    const double* counts;
};
static_assert(offsetof(GroupState10, counts) == offsetof(nk_group_state, counts));
static_assert(sizeof(GroupState10) == offsetof(nk_group_state, mean_field));

bool wants10(const PluginInstance& instance) {
    return instance.spec().plugin->abi_minor == 0;
}

// Runs every plugin of one replication and combines their modifiers (docs/model.md 3).
class PluginPipeline : public ModifierPipeline {
public:
    PluginPipeline(std::shared_ptr<const PluginBinding::State> state,
                   std::vector<PluginInstance> instances)
        : m_state(std::move(state)), m_instances(std::move(instances)),
          m_any10(std::any_of(m_instances.begin(), m_instances.end(), wants10)) {}

    bool observe(Arm arm, int month, std::span<const GroupState> groups, std::span<double> series,
                 std::string& error) override {
        const CompiledScenario& s = *m_state->scenario;
        const int a = arm == Arm::Program ? 0 : 1;
        const std::int32_t armCode = a == 0 ? NK_ARM_PROGRAM : NK_ARM_BASELINE;
        const auto count = static_cast<std::uint32_t>(groups.size());
        auto& states = m_groupStates[a];
        states.resize(groups.size());
        for (std::size_t g = 0; g < groups.size(); ++g)
            states[g] = {sizeof(nk_group_state), month - s.groups[g].entryMonth,
                         groups[g].counts.data(), groups[g].meanField.data()};
        m_months[a] = {sizeof(nk_month_view), armCode, month, states.data(), count, 0};
        if (m_any10) {
            auto& old = m_groupStates10[a];
            old.resize(groups.size());
            for (std::size_t g = 0; g < groups.size(); ++g)
                old[g] = {sizeof(GroupState10), states[g].months_since_entry, states[g].counts};
            m_months10[a] = {sizeof(nk_month_view),
                             armCode,
                             month,
                             reinterpret_cast<const nk_group_state*>(old.data()),
                             count,
                             0};
        }
        std::size_t offset = 0;
        for (auto& instance : m_instances) {
            const std::size_t n = instance.spec().plugin->series_count;
            if (!instance.observe(viewFor(instance, a), series.subspan(offset, n), error))
                return false;
            offset += n;
        }
        return true;
    }

    // Uses the month view that observe built for this arm and month (the engine always
    // observes a month before asking for its modifiers).
    bool modifiers(Arm arm, int month, int group, Modifiers& out, std::string& error) override {
        const int a = arm == Arm::Program ? 0 : 1;
        if (m_months[a].month != month) {
            error = "internal: modifiers asked for month " + std::to_string(month) +
                    " before it was observed";
            return false;
        }
        for (auto& instance : m_instances) {
            Modifiers m;
            if (!instance.modifiers(viewFor(instance, a), group, m, error)) return false;
            out.combine(m);
        }
        return true;
    }

private:
    const nk_month_view& viewFor(const PluginInstance& instance, int arm) const {
        return wants10(instance) ? m_months10[arm] : m_months[arm];
    }

    std::shared_ptr<const PluginBinding::State> m_state;
    std::vector<PluginInstance> m_instances;
    bool m_any10; // some module was built for ABI 1.0
    // Per simulated arm (program, baseline): the states and view of the observed month,
    // in this ABI's layout and in 1.0's.
    std::vector<nk_group_state> m_groupStates[2];
    nk_month_view m_months[2] = {};
    std::vector<GroupState10> m_groupStates10[2];
    nk_month_view m_months10[2] = {};
};

// Adds the cost lines of `plugin`'s planning instance (replication -1) at `seed`.
bool planCosts(const PluginSpec& plugin, std::uint64_t seed, Diagnostics* warnings, CostPlan& costs,
               std::string& error) {
    auto instance = PluginInstance::create(plugin, seed, -1, warnings, error);
    return instance && instance->costLines(costs, error);
}

void sortByMonth(CostPlan& costs) {
    std::stable_sort(costs.entries.begin(), costs.entries.end(),
                     [](const CostEntry& a, const CostEntry& b) { return a.month < b.month; });
}

} // namespace

Diagnostics checkPluginUses(const Scenario& scenario, const PluginRegistry& registry) {
    Diagnostics d;
    std::vector<registry::ResolvedParam> ignored;
    for (std::size_t i = 0; i < scenario.plugins.size(); ++i) {
        const PluginUse& use = scenario.plugins[i];
        const PluginModule* module = registry.find(use.id);
        if (!module) {
            const std::string close = closestMatch(use.id, installedIds(registry));
            d.error(usePath(i) + ".id", "plugin `" + use.id + "` is not installed",
                    (close.empty() ? "" : "did you mean `" + close + "`? ") +
                        "installed: " + installedList(registry) +
                        "; add a folder with --plugin-dir or NAIKKELAS_PLUGIN_PATH");
            continue;
        }
        registry::resolveParams(*module->plugin, use, usePath(i), d, ignored);
    }
    return d;
}

PluginBinding::PluginBinding(std::shared_ptr<const CompiledScenario> scenario,
                             const PluginRegistry& registry)
    : m_state(std::make_shared<State>()) {
    State& st = *m_state;
    st.scenario = std::move(scenario);
    st.view = std::make_unique<registry::ScenarioView>(*st.scenario);
    const Scenario& spec = st.scenario->spec;
    m_diagnostics = checkPluginUses(spec, registry);
    if (m_diagnostics.hasErrors()) return;

    for (std::size_t i = 0; i < spec.plugins.size(); ++i) {
        const PluginModule& module = *registry.find(spec.plugins[i].id);
        PluginSpec plugin{module.plugin, &st.view->view(), usePath(i), {}, st.scenario};
        registry::resolveParams(*module.plugin, spec.plugins[i], usePath(i), m_diagnostics,
                                plugin.params);
        PluginRecord record{module.id, module.version, module.abi, module.path, module.sha256, {}};
        for (const auto& p : plugin.params)
            record.params.emplace_back(p.name, registry::paramValue(p));
        for (std::uint32_t k = 0; k < module.plugin->series_count; ++k)
            st.seriesNames.push_back(module.id + ":" + module.plugin->series[k].name);
        st.records.push_back(std::move(record));
        st.plugins.push_back(std::move(plugin));
    }
    // The planning instances: refusals, warnings and cost lines.
    st.planSeed = spec.scenario.seed;
    for (const PluginSpec& plugin : st.plugins) {
        std::string error;
        if (!planCosts(plugin, st.planSeed, &m_diagnostics, st.costs, error))
            m_diagnostics.error(plugin.path + ".id", error);
    }
    sortByMonth(st.costs);
}

PluginBinding::~PluginBinding() = default;

const CostPlan& PluginBinding::costs() const {
    return m_state->costs;
}

void PluginBinding::apply(RunOptions& options) const {
    options.costs = m_state->costs;
    // The planning instance sees the seed of the expected-mode run, so that host draws
    // behind its cost lines are the ones the run's instances make.
    std::string planError;
    if (options.seed != m_state->planSeed) {
        options.costs = {};
        for (const PluginSpec& plugin : m_state->plugins)
            if (!planCosts(plugin, options.seed, nullptr, options.costs, planError)) break;
        sortByMonth(options.costs);
    }
    options.pluginSeries = m_state->seriesNames;
    options.plugins = m_state->records;
    if (m_state->plugins.empty()) {
        options.pipelines = nullptr;
        return;
    }
    const std::uint64_t seed = options.seed;
    options.pipelines = [state = m_state, seed,
                         planError](int replication) -> std::unique_ptr<ModifierPipeline> {
        if (!planError.empty()) return std::make_unique<registry::FailedPipeline>(planError);
        std::vector<PluginInstance> instances;
        for (const PluginSpec& plugin : state->plugins) {
            std::string error;
            auto instance = PluginInstance::create(plugin, seed, replication, nullptr, error);
            // Planning created every plugin with the same parameters; a refusal now
            // (e.g. a module that refuses some replications) stops the run the same way.
            if (!instance) return std::make_unique<registry::FailedPipeline>(error);
            instances.push_back(std::move(*instance));
        }
        return std::make_unique<PluginPipeline>(state, std::move(instances));
    };
}

} // namespace nk
