#include "compare_command.hpp"

#include "interrupt.hpp"
#include "progress.hpp"
#include "scenario_loading.hpp"
#include "summary.hpp"
#include "text_table.hpp"

#include "naikkelas/engine/engine.hpp"
#include "naikkelas/results/paired_comparison.hpp"
#include "naikkelas/results/series_names.hpp"
#include "naikkelas/units/strings.hpp"

#include <unistd.h>

namespace nk::cli {

namespace {

using Align = TextTable::Align;

struct Compared {
    std::string file;
    Prepared prepared;
    ResultSet results;
};

std::string bandText(const IndicatorDifference& d, Language language) {
    if (d.quantiles.size() < 2) return {};
    return formatIndicatorValue(d.unit, d.quantiles.front(), language) + " \u2013 " +
           formatIndicatorValue(d.unit, d.quantiles.back(), language);
}

// One table per scenario against the reference: both values, the difference, its
// paired band and whether the band includes zero.
std::string renderComparison(const std::vector<Compared>& runs, const RunOptions& options,
                             Language language) {
    const ResultSet& reference = runs.front().results;
    std::string out = translate("comparison", language) + " (" +
                      translate("program_minus_baseline", language) + ", " +
                      translate(names::modeName(options.mode), language);
    if (options.mode == RunMode::MonteCarlo)
        out +=
            ", " + std::to_string(options.replications) + " " + translate("replications", language);
    out += ")\n";
    out += translate("reference", language) + ": " + runs.front().file + "\n\n";
    for (std::size_t v = 1; v < runs.size(); ++v) {
        out += runs[v].file + "\n";
        TextTable table({Align::Left, Align::Right, Align::Right, Align::Right, Align::Left});
        std::vector<std::string> head = {"", translate("reference", language), runs[v].file,
                                         translate("difference", language)};
        if (options.mode == RunMode::MonteCarlo) head.push_back(translate("paired_band", language));
        table.addRow(head);
        for (const IndicatorDifference& d : pairedDifferences(reference, runs[v].results)) {
            const Indicator* a = reference.indicator(d.key);
            const Indicator* b = runs[v].results.indicator(d.key);
            std::vector<std::string> row = {translate(d.key, language),
                                            formatIndicatorValue(d.unit, a->mean, language),
                                            formatIndicatorValue(d.unit, b->mean, language),
                                            formatIndicatorValue(d.unit, d.difference, language)};
            if (options.mode == RunMode::MonteCarlo) {
                std::string band = bandText(d, language);
                if (!band.empty() && !d.distinguishable)
                    band += "  (" + translate("not_distinguishable", language) + ")";
                row.push_back(band);
            }
            table.addRow(std::move(row));
        }
        out += table.render() + "\n";
    }
    if (options.mode == RunMode::MonteCarlo) {
        std::string note = translate("note_common_numbers", language);
        note.replace(note.find("{seed}"), 6, std::to_string(options.seed));
        out += note + "\n";
    }
    return out;
}

} // namespace

int compareCommand(const std::vector<std::string>& files, const RunArguments& run,
                   const std::vector<std::string>& pluginDirs, Language language) {
    if (!pluginDirsExist(pluginDirs)) return kExitUsage;
    const auto registry = loadRegistry(pluginDirs);
    std::vector<Compared> runs;
    for (const auto& file : files) {
        std::size_t warnings = 0;
        Prepared prepared = loadAndPrepare(file, {}, *registry, warnings);
        if (!prepared.scenario) return kExitInvalid;
        runs.push_back({file, std::move(prepared), {}});
    }
    // The reference's settings serve every scenario: one mode, one seed, one count of
    // replications, so that the runs share their random numbers.
    const CompiledScenario& first = *runs.front().prepared.scenario;
    RunOptions shared = defaultRunOptions(first);
    shared.mode = run.mode.value_or(
        first.spec.simulation.mode == RunMode::Expected ? RunMode::Expected : RunMode::MonteCarlo);
    if (run.replications) shared.replications = *run.replications;
    if (run.seed) shared.seed = *run.seed;
    shared.threads = resolveThreads(run.threads ? *run.threads : shared.threads);
    shared.bands = BandScope::None;

    InterruptGuard interrupt;
    ProgressBar bar(::isatty(STDERR_FILENO) == 1);
    for (std::size_t i = 0; i < runs.size(); ++i) {
        RunOptions options = defaultRunOptions(*runs[i].prepared.scenario);
        options.mode = shared.mode;
        options.replications = shared.replications;
        options.seed = shared.seed;
        options.threads = shared.threads;
        options.bands = shared.bands;
        options.cancel = &interrupt.flag();
        options.progress = [&bar, i, &runs](double f) {
            bar.update((double(i) + f) / double(runs.size()));
        };
        runs[i].prepared.plugins->apply(options); // after the seed
        RunOutcome outcome = runScenario(*runs[i].prepared.scenario, options);
        if (outcome.cancelled || interrupt.interrupted()) {
            bar.clear();
            printErr("cancelled");
            return kExitCancelled;
        }
        if (!outcome.ok) {
            bar.clear();
            printErr("error: " + runs[i].file + ": " + outcome.error);
            return kExitInvalid;
        }
        runs[i].results = std::move(outcome.results);
    }
    bar.clear();
    printOut(renderComparison(runs, shared, language));
    return kExitOk;
}

} // namespace nk::cli
