// Reading experiment files: the scenario reader's text checks and yaml-cpp parse, then a
// walk that reports every problem with line, column, key path and what would be valid.
#include "naikkelas/decision/experiment.hpp"

#include "naikkelas/io/atomic_file.hpp"
#include "naikkelas/results/series_names.hpp"

#include "../io/yaml_prescan.hpp"
#include "experiment_reader.hpp"

#include <yaml-cpp/yaml.h>

#include <cmath>
#include <filesystem>
#include <limits>
#include <unordered_map>

namespace nk::decision {

namespace detail {

namespace {

constexpr int kUncertaintySamples = 200; // draws of the parameters, by default

} // namespace

void Reader::readFactor(const YAML::Node& node, const std::string& path, Factor& f) {
    bool ranged = false, listed = false, believed = false, hasPath = false;
    for (const auto& [key, value] : entries(
             node, path, {"path", "range", "values", "distribution", "scale", "integer", "step"})) {
        const std::string sub = path + "." + key;
        if (key == "path") {
            hasPath = true;
            if (auto t = text(value, sub)) f.path = *t;
        } else if (key == "range") {
            ranged = true;
            if (!value.IsSequence() || value.size() != 2) {
                error(sub, value, "expected [low, high]", "e.g. range: [0.05, 0.2]");
                continue;
            }
            const auto lo = number(value[0], sub + "[0]");
            const auto hi = number(value[1], sub + "[1]");
            if (!lo || !hi) continue;
            if (!(*lo < *hi)) {
                error(sub, value, "the low end must lie below the high end",
                      "write [low, high] with low < high");
                continue;
            }
            f.low = *lo;
            f.high = *hi;
        } else if (key == "values") {
            listed = true;
            if (!value.IsSequence() || value.size() < 2) {
                error(sub, value, "expected a list of at least two numbers", "e.g. [10, 20, 40]");
                continue;
            }
            for (std::size_t i = 0; i < value.size(); ++i)
                if (auto v = number(value[i], sub + "[" + std::to_string(i) + "]"))
                    f.values.push_back(*v);
        } else if (key == "distribution") {
            believed = true;
            readDistribution(value, sub, f.distribution.emplace());
        } else if (key == "scale") {
            if (auto c = choice(value, sub, {"linear", "log"})) f.scale = static_cast<Scale>(*c);
        } else if (key == "step") {
            if (auto v = number(value, sub)) {
                if (*v > 0)
                    f.step = *v;
                else
                    error(sub, value, "a step must be above zero", "e.g. step: 1");
            }
        } else if (auto b = flag(value, sub)) {
            f.integer = *b;
        }
    }
    if (!node.IsMap()) return;
    if (!hasPath) error(path, node, "a factor needs `path`", "e.g. path: parameters.margin");
    if (int(ranged) + int(listed) + int(believed) != 1)
        error(path, node,
              ranged || listed ? "give one of `range`, `values` and `distribution`"
                               : "a factor needs `range`, `values` or `distribution`",
              "range: [low, high], values: [a, b, c], or distribution: {kind: triangular, "
              "low: a, mode: b, high: c}");
    if (ranged && f.scale == Scale::Log && f.low <= 0)
        error(path + ".range", node["range"], "a log scale needs a range above zero",
              "e.g. range: [0.5, 2] with scale: log");
    if ((listed || believed) && f.scale == Scale::Log)
        error(path + ".scale", node["scale"], "a log scale applies to a range",
              "a distribution states its own shape: e.g. kind: lognormal");
    if (f.step > 0 && (listed || believed || f.scale == Scale::Log))
        error(path + ".step", node["step"], "a step applies to a linear range",
              "remove `step`, or give `range: [low, high]` without `scale: log`");
    if (f.step > 0 && f.integer && std::trunc(f.step) != f.step)
        error(path + ".step", node["step"], "an integer factor needs a whole step", "e.g. step: 2");
}

void Reader::readDesign(const YAML::Node& node, const std::string& path, DesignSpec& d) {
    const std::vector<std::string> kinds = {"oat",   "grid",     "lhs",        "morris",
                                            "sobol", "frontier", "uncertainty"};
    if (node.IsScalar()) {
        if (auto c = choice(node, path, kinds)) d.kind = static_cast<DesignKind>(*c);
        if (d.kind == DesignKind::Morris) d.levels = 4;
        if (d.kind == DesignKind::Uncertainty) d.samples = kUncertaintySamples;
        return;
    }
    bool hasKind = false;
    for (const auto& [key, value] :
         entries(node, path,
                 {"kind", "levels", "samples", "trajectories", "bootstrap", "outcome", "plans"})) {
        const std::string sub = path + "." + key;
        if (key == "kind") {
            hasKind = true;
            if (auto c = choice(value, sub, kinds)) {
                d.kind = static_cast<DesignKind>(*c);
                if (d.kind == DesignKind::Morris && !node["levels"]) d.levels = 4;
                if (d.kind == DesignKind::Uncertainty && !node["samples"])
                    d.samples = kUncertaintySamples;
            }
        } else if (key == "levels") {
            if (auto n = whole(value, sub, 2, 100)) d.levels = int(*n);
        } else if (key == "samples") {
            if (auto n = whole(value, sub, 2, 1'000'000)) d.samples = int(*n);
        } else if (key == "trajectories") {
            if (auto n = whole(value, sub, 2, 100'000)) d.trajectories = int(*n);
        } else if (key == "outcome") {
            if (auto t = text(value, sub)) d.outcome = *t;
        } else if (key == "plans") {
            readPlans(value, sub, d.plans);
        } else if (auto n = whole(value, sub, 0, 100'000)) {
            d.bootstrap = int(*n);
        }
    }
    if (node.IsMap() && !hasKind)
        error(path, node, "a design needs `kind`", "one of: " + list(kinds));
}

void Reader::readExperiment(const YAML::Node& node, Experiment& e) {
    const std::string path = "experiment";
    std::optional<YAML::Node> optimise; // read after the factors, whose paths it names
    for (const auto& [key, value] : entries(node, path,
                                            {"scenario", "mode", "replications", "seed",
                                             "indicators", "factors", "design", "optimise"})) {
        const std::string sub = path + "." + key;
        if (key == "scenario") {
            if (auto t = text(value, sub)) e.scenario = *t;
        } else if (key == "mode") {
            if (auto c = choice(value, sub, {"expected", "montecarlo"}))
                e.mode = *c == 0 ? RunMode::Expected : RunMode::MonteCarlo;
        } else if (key == "replications") {
            if (auto n = whole(value, sub, 1, 100'000)) e.replications = int(*n);
        } else if (key == "seed") {
            if (auto n = whole(value, sub, 0, std::numeric_limits<std::int64_t>::max()))
                e.seed = std::uint64_t(*n);
        } else if (key == "indicators") {
            if (!value.IsSequence()) {
                error(sub, value, "expected a list of indicator ids", "e.g. [additional_active]");
                continue;
            }
            for (std::size_t i = 0; i < value.size(); ++i) {
                const std::string item = sub + "[" + std::to_string(i) + "]";
                positions.record(item, value[i].Mark().line + 1, value[i].Mark().column + 1);
                if (auto t = text(value[i], item)) e.indicators.push_back(*t);
            }
        } else if (key == "factors") {
            if (!value.IsSequence() || value.size() == 0) {
                error(sub, value, "expected a list of factors",
                      "entries starting with `- path: ...`");
                continue;
            }
            for (std::size_t i = 0; i < value.size(); ++i) {
                const std::string item = sub + "[" + std::to_string(i) + "]";
                positions.record(item, value[i].Mark().line + 1, value[i].Mark().column + 1);
                Factor f;
                readFactor(value[i], item, f);
                e.factors.push_back(std::move(f));
            }
        } else if (key == "optimise") {
            optimise = value;
        } else {
            readDesign(value, sub, e.design);
        }
    }
    if (node.IsMap() && !node["factors"])
        error(path, node, "an experiment needs `factors`", "a list of `- path: ...` entries");
    if (!optimise) {
        for (std::size_t i = 0; i < e.factors.size(); ++i)
            if (e.factors[i].step > 0)
                error(path + ".factors[" + std::to_string(i) + "].step", node["factors"][i]["step"],
                      "a step applies to an `optimise` experiment",
                      "remove `step`: a design chooses its own values");
        if (node.IsMap()) checkDesignFits(node, e);
        return;
    }
    for (std::size_t i = 0; i < e.factors.size(); ++i)
        if (e.factors[i].distribution)
            error(path + ".factors[" + std::to_string(i) + "].distribution",
                  node["factors"][i]["distribution"], "an optimised factor takes a range or values",
                  "remove `distribution`");
    if (node["design"])
        error(path + ".design", node["design"], "an experiment has a `design` or `optimise`",
              "remove `design`: an optimisation chooses its own points");
    for (std::size_t i = 0; i < e.factors.size(); ++i)
        if (e.factors[i].scale == Scale::Log)
            error(path + ".factors[" + std::to_string(i) + "].scale", node["factors"][i]["scale"],
                  "an optimised factor takes a linear range or values", "remove `scale: log`");
    e.optimise.emplace();
    readOptimise(*optimise, path + ".optimise", e, *e.optimise);
}

} // namespace detail

namespace {

using detail::Reader;

constexpr std::size_t kMaxExperimentBytes = 1024 * 1024;

ExperimentLoad loadText(std::string_view text) {
    ExperimentLoad result;
    if (auto p = io::detail::findEncodingProblem(text)) {
        result.diagnostics.error({}, p->message, p->hint, p->line, p->column);
        return result;
    }
    if (auto p = io::detail::findStructureProblem(text)) {
        result.diagnostics.error({}, p->message, p->hint, p->line, p->column);
        return result;
    }
    YAML::Node root;
    try {
        root = YAML::Load(std::string(text));
    } catch (const YAML::Exception& e) {
        result.diagnostics.error({}, "not valid YAML: " + e.msg, {}, e.mark.line + 1,
                                 e.mark.column + 1);
        return result;
    }
    Reader reader;
    Experiment experiment;
    const auto top = reader.entries(root, "", {"naikkelas", "experiment"});
    if (root.IsMap()) {
        if (!root["naikkelas"])
            reader.error("naikkelas", root, "missing `naikkelas: 1` (the format version)");
        if (!root["experiment"])
            reader.error("experiment", root, "missing the `experiment:` section");
    }
    for (const auto& [key, value] : top) {
        if (key == "naikkelas")
            reader.whole(value, key, 1, 1);
        else
            reader.readExperiment(value, experiment);
    }
    result.diagnostics = std::move(reader.diagnostics);
    result.positions = std::move(reader.positions);
    if (!result.diagnostics.hasErrors()) result.experiment = std::move(experiment);
    return result;
}

} // namespace

const char* designName(DesignKind kind) {
    static const char* const names[] = {"oat",   "grid",     "lhs",        "morris",
                                        "sobol", "frontier", "uncertainty"};
    return names[static_cast<int>(kind)];
}

ExperimentLoad loadExperimentText(std::string_view text, const std::string& displayName) {
    ExperimentLoad result;
    try {
        result = loadText(text);
    } catch (const std::exception& e) {
        result = {};
        result.diagnostics.error({}, std::string("cannot read the experiment: ") + e.what());
    }
    result.diagnostics.setFile(displayName);
    return result;
}

ExperimentLoad loadExperimentFile(const std::string& path) {
    std::string text, error;
    if (!io::readFile(path, text, error, kMaxExperimentBytes)) {
        ExperimentLoad result;
        result.diagnostics.error({}, error);
        result.diagnostics.setFile(path);
        return result;
    }
    return loadExperimentText(text, path);
}

std::string scenarioPathOf(const Experiment& experiment, const std::string& experimentFile) {
    if (experiment.scenario == "default") return {};
    const std::filesystem::path p(experiment.scenario);
    if (p.is_absolute()) return p.string();
    return (std::filesystem::path(experimentFile).parent_path() / p).lexically_normal().string();
}

} // namespace nk::decision
