#include "optimise_command.hpp"

#include "experiment_loading.hpp"
#include "interrupt.hpp"
#include "optimise_outputs.hpp"
#include "progress.hpp"
#include "scenario_loading.hpp"
#include "summary.hpp"
#include "text_table.hpp"

#include "naikkelas/decision/engine_candidates.hpp"
#include "naikkelas/io/atomic_file.hpp"
#include "naikkelas/io/scenario_preserving.hpp"
#include "naikkelas/scenario/schema.hpp"
#include "naikkelas/units/strings.hpp"

#include <cmath>
#include <filesystem>
#include <unistd.h>

namespace nk::cli {

namespace {

namespace fs = std::filesystem;
using namespace decision;
using Align = TextTable::Align;

// A full run of one allocation on the experiment's seed, for the comparison.
std::optional<ResultSet> runAllocation(const Scenario& scenario, const PluginRegistry& registry,
                                       const Experiment& e, int threads,
                                       const std::atomic<bool>& cancel, std::string& error) {
    const CompileResult compiled = compileScenario(scenario);
    if (!compiled.compiled) {
        error = "the allocation does not compile";
        return std::nullopt;
    }
    PluginBinding plugins(compiled.compiled, registry);
    RunOptions options = defaultRunOptions(*compiled.compiled);
    options.mode = e.mode;
    options.replications = e.replications;
    options.seed = e.seed;
    options.threads = threads;
    options.quantiles = {0.05, 0.5, 0.95};
    options.bands = BandScope::None;
    options.cancel = &cancel;
    plugins.apply(options);
    RunOutcome run = runScenario(*compiled.compiled, options);
    if (!run.ok) {
        error = run.cancelled ? "cancelled" : run.error;
        return std::nullopt;
    }
    return std::move(run.results);
}

std::string renderSummary(const Experiment& e, const std::string& file,
                          const EngineCandidates& model, const OptimiseResult& r,
                          const std::vector<std::optional<double>>& baseline,
                          const std::optional<Candidate>& baselineRun, const MoneyValue& money,
                          Language lang) {
    const Objective& o = e.optimise->objective;
    std::string out = translate("optimisation", lang) + ": " + file + "\n";
    out += translate("objective", lang) + ": " +
           translate(o.sense == Sense::Maximise ? "maximise" : "minimise", lang) + " " +
           translate(o.indicator, lang) +
           (o.quantile ? " (q" + schema::formatNumber(*o.quantile) + ")" : "") + "\n";
    out += translate("method", lang) + ": " + translate(methodName(r.method), lang) +
           (r.continuous ? " + NLopt COBYLA" : "") + "; " + std::to_string(r.evaluations) + " " +
           translate("runs", lang) + ", " + std::to_string(r.costChecks) + " " +
           translate("allocations_priced", lang) + "\n";
    if (r.heuristicObjective)
        out += translate("heuristic_gap", lang) + ": " +
               formatNumber(std::fabs(r.best->objective - *r.heuristicObjective), 2, lang) + " (" +
               std::to_string(r.heuristicEvaluations) + " " + translate("runs", lang) + ")\n";
    out += "\n";
    TextTable table({Align::Left, Align::Right, Align::Right});
    table.addRow({"", translate("baseline_allocation", lang), translate("best_allocation", lang)});
    for (std::size_t i = 0; i < e.factors.size(); ++i)
        table.addRow({e.factors[i].path, baseline[i] ? schema::formatNumber(*baseline[i]) : "?",
                      schema::formatNumber(r.best->values[i])});
    const auto& names = model.indicators();
    const auto& units = model.evaluator().units();
    for (std::size_t k = 0; k < names.size(); ++k) {
        const std::size_t at = k * model.stride();
        table.addRow(
            {translate(names[k], lang),
             baselineRun ? formatIndicatorValue(units[k], baselineRun->outputs[at], lang) : "",
             formatIndicatorValue(units[k], r.best->outputs[at], lang)});
    }
    table.addRow({translate("planned_cost", lang),
                  baselineRun ? formatRupiahWords(double(baselineRun->costs.total), lang) : "",
                  formatRupiahWords(double(r.best->costs.total), lang)});
    out += table.render() + "\n";
    out += translate("constraints", lang) + "\n";
    TextTable limits({Align::Left, Align::Right, Align::Right, Align::Left});
    for (const ConstraintState& c : r.constraints) {
        const bool rupiah = c.name.rfind("budget.", 0) == 0;
        const auto text = [&](double v) {
            return rupiah ? formatRupiahWords(v, lang) : formatNumber(v, 2, lang);
        };
        limits.addRow({c.name, text(c.used) + (c.atMost ? " <= " : " >= ") + text(c.bound),
                       translate("slack", lang) + " " + text(std::fabs(c.bound - c.used)),
                       c.binding ? translate("binding", lang) : ""});
    }
    out += limits.render() + "\n";
    if (money.perHundredMillion)
        out += translate("marginal_money", lang) + " " +
               formatNumber(*money.perHundredMillion, 2, lang) + " " +
               translate(o.indicator, lang) + "\n";
    return out;
}

} // namespace

std::unique_ptr<Optimisation> prepareOptimisation(const OptimiseArguments& a,
                                                  const std::vector<std::string>& pluginDirs,
                                                  int& status) {
    auto checked = loadCheckedExperiment(a.file, pluginDirs, status);
    if (!checked) return nullptr;
    if (!checked->experiment.optimise) {
        printErr(a.file + ": error: experiment: no `optimise` section; `naikkelas explore` runs "
                          "a design");
        status = kExitInvalid;
        return nullptr;
    }
    auto o = std::make_unique<Optimisation>();
    o->registry = std::move(checked->registry);
    o->experiment = std::move(checked->experiment);
    o->scenarioFile = std::move(checked->scenarioFile);
    o->scenarioText = std::move(checked->scenarioText);
    o->scenario = std::move(checked->scenario);
    return o;
}

int optimiseCommand(const OptimiseArguments& a, const std::vector<std::string>& pluginDirs,
                    Language language, const Scaleout& scaleout) {
    int status = kExitOk;
    const auto prepared = prepareOptimisation(a, pluginDirs, status);
    if (!prepared) return status;
    const Experiment& e = prepared->experiment;
    const PluginRegistry* const registry = prepared->registry.get();
    const std::string& scenarioFile = prepared->scenarioFile;
    const std::string& scenarioText = prepared->scenarioText;
    const Scenario& baseScenario = prepared->scenario;

    if (!makeOutputFolder(a.outDir)) return kExitInvalid;
    const fs::path dir(a.outDir);

    EngineCandidates candidates(baseScenario, *registry, e);
    candidates.evaluateWith(scaleout.evaluateRows);
    const EngineCandidates& model = candidates;
    Optimiser optimiser(model, e.factors, *e.optimise);
    InterruptGuard interrupt;
    ProgressBar bar(::isatty(STDERR_FILENO) == 1);
    OptimiseOptions options;
    options.threads = resolveThreads(a.threads.value_or(0));
    options.cancel = &interrupt.flag();
    // The main search takes most of the bar; the two re-optimisations at the envelope
    // +-10 % reuse its runs and take the rest.
    double phaseStart = 0.0, phaseWeight = 0.7;
    options.progress = [&](std::size_t done, std::size_t expected) {
        const double f =
            expected ? double(done) / double(expected) : double(done) / (double(done) + 200.0);
        bar.update(phaseStart + phaseWeight * f,
                   std::to_string(done) + " " + translate("allocations_priced", language));
    };
    const auto baseline = scenarioValues(baseScenario, e.factors);
    bool baselineKnown = true;
    std::vector<double> baselineValues;
    for (const auto& v : baseline) {
        baselineKnown &= bool(v);
        baselineValues.push_back(v.value_or(0.0));
    }
    if (baselineKnown) optimiser.preferOnTies(baselineValues);
    const OptimiseResult result = optimiser.solve(options);
    if (!result.error.empty()) {
        bar.clear();
        printErr("error: " + result.error);
        return kExitInvalid;
    }
    if (!result.best) {
        bar.clear();
        printOut(translate("no_feasible", language) + "\n");
        return kExitInvalid;
    }
    MoneyValue money;
    bool cancelled = result.cancelled;
    std::string error;
    if (!cancelled) {
        phaseStart = 0.7;
        phaseWeight = 0.1;
        money = marginalValueOfMoney(optimiser, model, result, options, cancelled, error);
    }
    std::optional<Candidate> baselineRun;
    if (baselineKnown && !cancelled)
        baselineRun = optimiser.evaluate(baselineValues, options, error);

    const Scenario bestScenario = withValues(baseScenario, e.factors, result.best->values);
    const std::string shown = scenarioFile.empty() ? "the default scenario" : scenarioFile;
    const io::PreservingWrite written = io::writeScenarioPreserving(scenarioText, bestScenario);
    if (!writeOutputFile(dir / "best.yaml",
                         bestScenarioHeader(a.file, shown, e, result, baseline, baselineRun) +
                             written.text) ||
        !writeOutputFile(dir / "top10.csv", topTable(e, model.limits(), result.top)))
        return kExitInvalid;
    if (baselineKnown && !cancelled) {
        bar.update(0.9);
        const auto base = runAllocation(withValues(baseScenario, e.factors, baselineValues),
                                        *registry, e, options.threads, interrupt.flag(), error);
        const auto best = base ? runAllocation(bestScenario, *registry, e, options.threads,
                                               interrupt.flag(), error)
                               : std::nullopt;
        if (base && best && !writeOutputFile(dir / "comparison.csv", comparisonTable(*base, *best)))
            return kExitInvalid;
        cancelled = interrupt.interrupted();
    }
    bar.clear();
    printOut(renderSummary(e, a.file, model, result, baseline, baselineRun, money, language));
    if (cancelled) {
        printErr(translate("cancelled_best", language));
        return kExitCancelled;
    }
    printOut(translate("results_written", language) + " " + a.outDir + "\n");
    return kExitOk;
}

} // namespace nk::cli
