// Checks of an experiment that need its scenario and the plugins: the scenario's own
// accessor and the plugins' own declarations judge each factor, so an experiment meets
// exactly the ranges and did-you-mean a file edit meets.
#include "naikkelas/decision/experiment.hpp"
#include "naikkelas/decision/factors.hpp"
#include "naikkelas/registry/plugin_run.hpp"
#include "naikkelas/scenario/schema_access.hpp"

#include "../engine/run_parts.hpp"

#include <algorithm>
#include <map>

namespace nk::decision {

namespace {

std::string factorKey(std::size_t i) {
    return "experiment.factors[" + std::to_string(i) + "]";
}

// The keys a factor path names, as the accessor spells them (indexes, `.params.`).
std::vector<std::string> resolvedKeys(const Scenario& scenario, const std::string& path) {
    std::vector<std::string> keys;
    for (const auto& p : expandFactorPath(scenario, path))
        keys.push_back(schema::readNumber(scenario, p).path);
    return keys;
}

void checkPath(const Factor& f, const std::string& key, const Scenario& scenario,
               Diagnostics& out) {
    std::string probe = f.path;
    for (std::size_t at = probe.find("[*]"); at != std::string::npos; at = probe.find("[*]"))
        probe.replace(at, 3, "[0]");
    const schema::NumberAt at = schema::readNumber(scenario, probe);
    if (at.ok() || at.status == schema::PathStatus::PluginParameter) {
        if (expandFactorPath(scenario, f.path).empty())
            out.error(key + ".path", "`" + f.path + "` names no element",
                      "the list behind `[*]` is empty in this scenario");
        return;
    }
    out.error(key + ".path", "`" + f.path + "`: " + at.problem.message, at.problem.hint);
}

// Every value the factor can take at its ends (or each listed value) must be valid.
void checkValues(const Factor& f, const std::string& key, const Scenario& scenario,
                 const PluginRegistry& registry, Diagnostics& out) {
    const std::string where = key + (f.distribution     ? ".distribution"
                                     : f.values.empty() ? ".range"
                                                        : ".values");
    // A range's ends (a distribution's 0.01 % and 99.99 % quantiles), and a value inside:
    // a whole-number key needs `integer: true`.
    const double end = f.distribution ? 1e-4 : 0.0;
    const double inside = factorValue(f, 1.0 / 3.0);
    const std::vector<double> probes =
        f.values.empty()
            ? std::vector<double>{factorValue(f, end), factorValue(f, 1.0 - end), inside}
            : f.values;
    const auto keys = resolvedKeys(scenario, f.path);
    for (double v : probes) {
        Scenario variant = scenario;
        Diagnostics problems = applyFactor(variant, f.path, v);
        // The plugin's own check of this factor's parameters, not of the rest.
        const Diagnostics plugins = checkPluginUses(variant, registry);
        for (const auto& d : plugins.items())
            if (d.severity == Severity::Error &&
                std::find(keys.begin(), keys.end(), d.path) != keys.end())
                problems.add(d);
        if (!problems.hasErrors()) continue;
        const Diagnostic& first = problems.items().front();
        const bool fraction = f.values.empty() && v == inside && !f.integer;
        out.error(where, "`" + f.path + "` = " + schema::formatNumber(v) + ": " + first.message,
                  fraction         ? "the key takes whole numbers: add `integer: true`"
                  : f.distribution ? first.hint + "; bound the distribution with `low` and `high`"
                                   : first.hint);
        return;
    }
}

void checkIndicator(const std::string& name, const std::string& key, Diagnostics& out) {
    std::vector<std::string> known;
    for (const auto& spec : engine::indicatorSpecs()) known.push_back(spec.key);
    if (std::find(known.begin(), known.end(), name) != known.end()) return;
    const std::string close = closestMatch(name, known);
    std::string all;
    for (const auto& k : known) all += (all.empty() ? "" : ", ") + k;
    out.error(key, "unknown indicator `" + name + "`",
              close.empty() ? "one of: " + all : "did you mean `" + close + "`?");
}

// Each plan's settings must name numbers, take valid values, and leave the factors'
// keys to the factors.
void checkPlans(const Experiment& e, const Scenario& scenario, const PluginRegistry& registry,
                const std::map<std::string, std::size_t>& factorKeys, Diagnostics& out) {
    for (std::size_t p = 0; p < e.design.plans.size(); ++p)
        for (const auto& [path, value] : e.design.plans[p].settings) {
            const std::string key =
                "experiment.design.plans[" + std::to_string(p) + "].set." + path;
            Scenario variant = scenario;
            Diagnostics problems = applyFactor(variant, path, value);
            const Diagnostics plugins = checkPluginUses(variant, registry);
            for (const auto& d : plugins.items())
                if (d.severity == Severity::Error) problems.add(d);
            if (problems.hasErrors()) {
                const Diagnostic& first = problems.items().front();
                out.error(key,
                          "`" + path + "` = " + schema::formatNumber(value) + ": " + first.message,
                          first.hint);
                continue;
            }
            for (const auto& k : resolvedKeys(scenario, path))
                if (const auto f = factorKeys.find(k); f != factorKeys.end()) {
                    out.error(key, "`" + k + "` is varied by factor " + std::to_string(f->second),
                              "a plan sets what the factors leave alone");
                    break;
                }
        }
}

} // namespace

Diagnostics checkExperiment(const Experiment& e, const Scenario& scenario,
                            const PluginRegistry& registry, const SourcePositions& positions) {
    Diagnostics out;
    std::map<std::string, std::size_t> owner; // resolved key -> first factor varying it
    for (std::size_t i = 0; i < e.factors.size(); ++i) {
        const Factor& f = e.factors[i];
        const std::string key = factorKey(i);
        const std::size_t before = out.items().size();
        checkPath(f, key, scenario, out);
        if (out.items().size() != before) continue;
        bool twice = false;
        for (const auto& k : resolvedKeys(scenario, f.path)) {
            const auto [it, fresh] = owner.emplace(k, i);
            if (!fresh && !twice) {
                out.error(key + ".path", "`" + k + "` is varied twice",
                          "factor " + std::to_string(it->second) + " (" +
                              e.factors[it->second].path + ") varies it already");
                twice = true;
            }
        }
        if (!twice) checkValues(f, key, scenario, registry, out);
    }
    checkPlans(e, scenario, registry, owner, out);
    for (std::size_t i = 0; i < e.indicators.size(); ++i)
        checkIndicator(e.indicators[i], "experiment.indicators[" + std::to_string(i) + "]", out);
    if (e.design.kind == DesignKind::Frontier || e.design.kind == DesignKind::Uncertainty)
        checkIndicator(e.design.outcome, "experiment.design.outcome", out);
    std::vector<Diagnostic> located = out.items();
    Diagnostics result;
    for (auto& d : located) {
        positions.locate(d);
        result.add(std::move(d));
    }
    return result;
}

} // namespace nk::decision
