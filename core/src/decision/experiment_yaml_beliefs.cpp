// The parts of an experiment file about uncertainty: a factor's distribution and the
// plans an uncertainty design compares.
#include "experiment_reader.hpp"

#include "naikkelas/decision/exploration.hpp"
#include "naikkelas/decision/factors.hpp"
#include "naikkelas/scenario/schema.hpp"

#include <cmath>
#include <limits>

namespace nk::decision::detail {

namespace {

struct Shape {
    const char* kind;
    std::vector<std::string> required;
    std::vector<std::string> optional;
};

const std::vector<Shape>& shapes() {
    static const std::vector<Shape> all = {
        {"uniform", {"low", "high"}, {}},
        {"triangular", {"low", "mode", "high"}, {}},
        {"normal", {"mean", "sd"}, {"low", "high"}},
        {"lognormal", {"median", "log_sd"}, {"low", "high"}},
        {"beta", {"alpha", "beta"}, {"low", "high"}},
    };
    return all;
}

bool has(const std::vector<std::string>& words, const std::string& word) {
    return std::find(words.begin(), words.end(), word) != words.end();
}

} // namespace

void Reader::readDistribution(const YAML::Node& node, const std::string& path, Distribution& d) {
    std::vector<std::string> kinds, keys = {"kind"};
    for (const auto& shape : shapes()) {
        kinds.emplace_back(shape.kind);
        for (const auto& k : shape.required)
            if (!has(keys, k)) keys.push_back(k);
        for (const auto& k : shape.optional)
            if (!has(keys, k)) keys.push_back(k);
    }
    const auto given = entries(node, path, keys);
    if (!node.IsMap()) return;
    if (!node["kind"]) {
        error(path, node, "a distribution needs `kind`", "one of: " + list(kinds));
        return;
    }
    const auto kind = choice(node["kind"], path + ".kind", kinds);
    if (!kind) return;
    d.kind = static_cast<DistributionKind>(*kind);
    const Shape& shape = shapes()[*kind];
    const double inf = std::numeric_limits<double>::infinity();
    d.low = d.kind == DistributionKind::Normal ? -inf : 0.0;
    d.high = d.kind == DistributionKind::Beta ? 1.0 : inf;
    bool complete = true;
    for (const auto& k : shape.required)
        if (!node[k]) {
            error(path, node, std::string("a ") + shape.kind + " distribution needs `" + k + "`",
                  "keys: " + list(shape.required));
            complete = false;
        }
    for (const auto& [key, value] : given) {
        if (key == "kind") continue;
        const std::string sub = path + "." + key;
        if (!has(shape.required, key) && !has(shape.optional, key)) {
            error(sub, value, "`" + key + "` does not apply to a " + shape.kind + " distribution",
                  "its keys: " + list(shape.required) +
                      (shape.optional.empty() ? "" : ", optionally " + list(shape.optional)));
            complete = false;
            continue;
        }
        const auto v = number(value, sub);
        if (!v) {
            complete = false;
            continue;
        }
        double* slot = key == "low"      ? &d.low
                       : key == "high"   ? &d.high
                       : key == "mode"   ? &d.mode
                       : key == "mean"   ? &d.mean
                       : key == "sd"     ? &d.sd
                       : key == "median" ? &d.median
                       : key == "log_sd" ? &d.logSd
                       : key == "alpha"  ? &d.alpha
                                         : &d.beta;
        *slot = *v;
    }
    if (!complete) return;
    const auto positive = [&](const char* key, double v) {
        if (v > 0) return;
        error(path + "." + key, node[key], std::string("`") + key + "` must be above zero");
    };
    if (!(d.low < d.high))
        error(path, node, "the low end must lie below the high end", "low < high");
    switch (d.kind) {
    case DistributionKind::Triangular:
        if (d.mode < d.low || d.mode > d.high)
            error(path + ".mode", node["mode"], "the mode must lie between low and high");
        break;
    case DistributionKind::Normal:
        positive("sd", d.sd);
        break;
    case DistributionKind::Lognormal:
        positive("median", d.median);
        positive("log_sd", d.logSd);
        if (d.low < 0) error(path + ".low", node["low"], "a lognormal value is above zero");
        break;
    case DistributionKind::Beta:
        positive("alpha", d.alpha);
        positive("beta", d.beta);
        break;
    case DistributionKind::Uniform:
        break;
    }
}

void Reader::readPlans(const YAML::Node& node, const std::string& path, std::vector<Plan>& plans) {
    if (!node.IsSequence() || node.size() < 2) {
        error(path, node, "expected a list of at least two plans",
              "- name: as planned, then - name: ... with set: {KEY_PATH: value}");
        return;
    }
    for (std::size_t i = 0; i < node.size(); ++i) {
        const std::string item = path + "[" + std::to_string(i) + "]";
        positions.record(item, node[i].Mark().line + 1, node[i].Mark().column + 1);
        Plan plan;
        for (const auto& [key, value] : entries(node[i], item, {"name", "set"})) {
            const std::string sub = item + "." + key;
            if (key == "name") {
                if (auto t = text(value, sub)) plan.name = *t;
                continue;
            }
            if (!value.IsMap()) {
                error(sub, value, "expected `KEY_PATH: value` lines",
                      "e.g. programs[0].mentoring_months: 12");
                continue;
            }
            for (const auto& setting : value) {
                const std::string keyPath = setting.first.IsScalar() ? setting.first.Scalar() : "";
                const std::string at = sub + "." + keyPath;
                positions.record(at, setting.first.Mark().line + 1,
                                 setting.first.Mark().column + 1);
                if (auto v = number(setting.second, at)) plan.settings.emplace_back(keyPath, *v);
            }
        }
        if (node[i].IsMap() && !node[i]["name"])
            error(item, node[i], "a plan needs a `name`", "e.g. name: two ovens per cluster");
        plans.push_back(std::move(plan));
    }
}

void Reader::checkDesignFits(const YAML::Node& node, const Experiment& e) {
    const DesignKind kind = e.design.kind;
    const bool samples =
        kind == DesignKind::Lhs || kind == DesignKind::Sobol || kind == DesignKind::Uncertainty;
    const YAML::Node factors = node["factors"];
    for (std::size_t i = 0; i < e.factors.size(); ++i)
        if (e.factors[i].distribution && !samples)
            error("experiment.factors[" + std::to_string(i) + "].distribution",
                  factors[i]["distribution"],
                  std::string("a distribution needs a design that samples; `") + designName(kind) +
                      "` takes `range` or `values`",
                  "design lhs, sobol or uncertainty");
    if (kind == DesignKind::Grid || kind == DesignKind::Frontier) {
        double points = 1;
        for (const Factor& f : e.factors) points *= gridLevels(f, e.design.levels);
        if (points > kMaxGridPoints)
            error("experiment.design", node["design"],
                  "the grid has " + schema::formatNumber(points) + " points, more than " +
                      schema::formatNumber(kMaxGridPoints),
                  "fewer `levels` or values, or design lhs with `samples`");
    }
    if (!e.design.plans.empty() && kind != DesignKind::Uncertainty)
        error("experiment.design.plans", node["design"]["plans"],
              "plans are compared by the `uncertainty` design", "kind: uncertainty");
}

} // namespace nk::decision::detail
