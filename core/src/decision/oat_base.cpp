// The base of a tornado: the scenario as written. Each factor's coordinate is found
// where the factor takes the scenario's own value, reading a plugin's parameter as the
// bound plugin uses it (its default when the file leaves it out).
#include "naikkelas/decision/exploration.hpp"
#include "naikkelas/decision/factors.hpp"
#include "naikkelas/registry/plugin_run.hpp"
#include "naikkelas/scenario/key_path.hpp"
#include "naikkelas/scenario/schema_access.hpp"

#include <cmath>

namespace nk::decision {

namespace {

// plugins[I].params.NAME as the bound plugins use it.
std::optional<double> pluginValue(const Scenario& scenario, const std::string& resolved,
                                  const std::vector<PluginRecord>& records) {
    const auto steps = parseKeyPath(resolved);
    if (!steps || steps->size() != 4 || (*steps)[1].kind != KeyStep::Kind::Index ||
        (*steps)[1].index >= scenario.plugins.size())
        return std::nullopt;
    const std::string& id = scenario.plugins[(*steps)[1].index].id;
    for (const PluginRecord& record : records) {
        if (record.id != id) continue;
        for (const auto& [name, value] : record.params) {
            if (name != (*steps)[3].name) continue;
            if (const auto* d = std::get_if<double>(&value)) return *d;
            if (const auto* i = std::get_if<std::int64_t>(&value)) return double(*i);
        }
    }
    return std::nullopt;
}

// The one value every key of the factor holds in the scenario, if they agree.
std::optional<double> scenarioValue(const Scenario& scenario, const std::string& path,
                                    const std::vector<PluginRecord>& records) {
    std::optional<double> value;
    for (const auto& key : expandFactorPath(scenario, path)) {
        const schema::NumberAt at = schema::readNumber(scenario, key);
        const std::optional<double> v = at.ok() ? std::optional<double>(at.value)
                                        : at.status == schema::PathStatus::PluginParameter
                                            ? pluginValue(scenario, at.path, records)
                                            : std::nullopt;
        if (!v || (value && *value != *v)) return std::nullopt;
        value = v;
    }
    return value;
}

} // namespace

std::optional<double> coordinateOf(const Factor& f, double value) {
    if (f.distribution) return std::nullopt;
    if (!f.values.empty()) {
        for (std::size_t i = 0; i < f.values.size(); ++i)
            if (f.values[i] == value) return (double(i) + 0.5) / double(f.values.size());
        return std::nullopt;
    }
    if (value < f.low || value > f.high) return std::nullopt;
    return f.scale == Scale::Log ? std::log(value / f.low) / std::log(f.high / f.low)
                                 : (value - f.low) / (f.high - f.low);
}

Point baseCoordinates(const Experiment& e, const Scenario& scenario,
                      const PluginRegistry& registry) {
    std::vector<PluginRecord> records;
    if (CompileResult compiled = compileScenario(scenario); compiled.compiled) {
        PluginBinding binding(compiled.compiled, registry);
        RunOptions options;
        if (binding.ok()) binding.apply(options);
        records = std::move(options.plugins);
    }
    Point base;
    for (const Factor& f : e.factors) {
        const auto value = scenarioValue(scenario, f.path, records);
        const auto u = value ? coordinateOf(f, *value) : std::nullopt;
        base.push_back(u.value_or(0.5));
    }
    return base;
}

} // namespace nk::decision
