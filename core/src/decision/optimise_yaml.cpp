// Reading an experiment's `optimise` section: the objective, the budget switch, linear
// constraints over the factors and the search's limits, each problem at its line.
#include "experiment_reader.hpp"

#include "../engine/run_parts.hpp"

#include <algorithm>
#include <string>

namespace nk::decision::detail {

namespace {

const std::vector<double> kQuantiles = {0.05, 0.5, 0.95}; // the evaluator's levels

std::vector<std::string> indicatorIds() {
    std::vector<std::string> ids;
    for (const auto& spec : engine::indicatorSpecs()) ids.emplace_back(spec.key);
    return ids;
}

void readObjective(Reader& r, const YAML::Node& node, const std::string& path, const Experiment& e,
                   Objective& o) {
    for (const auto& [key, value] :
         r.entries(node, path, {"indicator", "sense", "statistic", "quantile"})) {
        const std::string sub = path + "." + key;
        if (key == "indicator") {
            const auto ids = indicatorIds();
            if (auto c = r.choice(value, sub, ids)) o.indicator = ids[*c];
            if (!e.indicators.empty() && std::find(e.indicators.begin(), e.indicators.end(),
                                                   o.indicator) == e.indicators.end())
                r.error(sub, value,
                        "`" + o.indicator + "` is not among the experiment's indicators",
                        "add it to `indicators`, or remove `indicators` to watch them all");
        } else if (key == "sense") {
            if (auto c = r.choice(value, sub, {"maximise", "minimise"}))
                o.sense = *c == 0 ? Sense::Maximise : Sense::Minimise;
        } else if (key == "statistic") {
            r.choice(value, sub, {"mean"});
        } else if (auto q = r.number(value, sub)) {
            if (std::find(kQuantiles.begin(), kQuantiles.end(), *q) == kQuantiles.end())
                r.error(sub, value, "unsupported quantile", "one of: 0.05, 0.5, 0.95");
            else if (e.mode != RunMode::MonteCarlo)
                r.error(sub, value, "a quantile needs Monte Carlo",
                        "set `mode: montecarlo` in the experiment, or use `statistic: mean`");
            else
                o.quantile = *q;
        }
    }
    if (node.IsMap() && node["statistic"] && node["quantile"])
        r.error(path + ".quantile", node["quantile"], "give `statistic` or `quantile`, not both",
                "statistic: mean, or quantile: 0.05 for a robust choice");
}

void readConstraint(Reader& r, const YAML::Node& node, const std::string& path,
                    const std::vector<Factor>& factors, LinearConstraint& c) {
    std::vector<std::string> paths;
    for (const auto& f : factors) paths.push_back(f.path);
    int bounds = 0;
    for (const auto& [key, value] : r.entries(node, path, {"sum", "at_most", "at_least"})) {
        const std::string sub = path + "." + key;
        if (key != "sum") {
            ++bounds;
            c.atMost = key == "at_most";
            if (auto b = r.number(value, sub)) c.bound = *b;
            continue;
        }
        if (!value.IsSequence() || value.size() == 0) {
            r.error(sub, value, "expected a list of terms",
                    "entries `- path: FACTOR_PATH` with an optional `coefficient: 2`");
            continue;
        }
        for (std::size_t i = 0; i < value.size(); ++i) {
            const std::string item = sub + "[" + std::to_string(i) + "]";
            r.item(item, value[i]);
            LinearTerm term;
            bool named = false;
            for (const auto& [k, v] : r.entries(value[i], item, {"path", "coefficient"})) {
                if (k == "coefficient") {
                    if (auto x = r.number(v, item + ".coefficient")) term.coefficient = *x;
                    continue;
                }
                const auto t = r.text(v, item + ".path");
                if (!t) continue;
                const auto at = std::find(paths.begin(), paths.end(), *t);
                named = at != paths.end();
                if (named) {
                    term.factor = std::size_t(at - paths.begin());
                    continue;
                }
                const std::string close = closestMatch(*t, paths);
                r.error(item + ".path", v, "`" + *t + "` is not a factor's path",
                        close.empty() ? "a constraint sums factors: one of " + list(paths)
                                      : "did you mean `" + close + "`?");
            }
            if (named) c.terms.push_back(term);
            if (value[i].IsMap() && !value[i]["path"])
                r.error(item, value[i], "a term needs `path`", "the path of one of the factors");
        }
    }
    if (node.IsMap() && bounds != 1)
        r.error(path, node,
                bounds == 0 ? "a constraint needs `at_most` or `at_least`"
                            : "give `at_most` or `at_least`, not both",
                "e.g. at_most: 6");
    if (node.IsMap() && !node["sum"])
        r.error(path, node, "a constraint needs `sum`", "a list of `- path: FACTOR_PATH`");
}

} // namespace

void Reader::readOptimise(const YAML::Node& node, const std::string& path, const Experiment& e,
                          OptimiseSpec& o) {
    for (const auto& [key, value] : entries(node, path,
                                            {"objective", "budget", "constraints",
                                             "exhaustive_limit", "restarts", "max_evaluations"})) {
        const std::string sub = path + "." + key;
        if (key == "objective") {
            readObjective(*this, value, sub, e, o.objective);
        } else if (key == "budget") {
            if (auto b = flag(value, sub)) o.budget = *b;
        } else if (key == "constraints") {
            if (!value.IsSequence()) {
                error(sub, value, "expected a list of constraints",
                      "entries `- sum: [...]` with `at_most` or `at_least`");
                continue;
            }
            for (std::size_t i = 0; i < value.size(); ++i) {
                const std::string entry = sub + "[" + std::to_string(i) + "]";
                item(entry, value[i]);
                LinearConstraint c;
                readConstraint(*this, value[i], entry, e.factors, c);
                o.constraints.push_back(std::move(c));
            }
        } else if (key == "exhaustive_limit") {
            if (auto n = whole(value, sub, 0, 1'000'000)) o.exhaustiveLimit = int(*n);
        } else if (key == "restarts") {
            if (auto n = whole(value, sub, 0, 1000)) o.restarts = int(*n);
        } else if (auto n = whole(value, sub, 10, 1'000'000)) {
            o.maxEvaluations = int(*n);
        }
    }
}

} // namespace nk::decision::detail
