#include "report_command.hpp"

#include "interrupt.hpp"
#include "progress.hpp"
#include "scenario_loading.hpp"

#include "naikkelas/engine/engine.hpp"
#include "naikkelas/units/strings.hpp"
#include "naikkelas/units/today.hpp"
#include "report/report.hpp"

#include <unistd.h>

namespace nk::cli {

namespace {

using gui::report::ReportRun;

struct Loaded {
    ReportRun run;
    std::unique_ptr<PluginBinding> plugins;
};

// Loads and compiles one file, keeping its text for the report's assumptions; diagnostics
// go to stderr as for every command.
std::optional<Loaded> load(const std::string& file, const PluginRegistry& registry) {
    Loaded out;
    std::size_t warnings = 0;
    Prepared prepared = prepare(loadWithSettings(file, {}, out.run.text), file, registry, warnings);
    if (!prepared.scenario) return std::nullopt;
    out.run.name = file;
    out.run.scenario = prepared.scenario;
    out.plugins = std::move(prepared.plugins);
    return out;
}

} // namespace

int reportCommand(const RunArguments& a, const ReportArguments& report,
                  const std::vector<std::string>& pluginDirs, Language language) {
    if (!pluginDirsExist(pluginDirs)) return kExitUsage;
    const auto registry = loadRegistry(pluginDirs);
    // Every input is read before anything runs: a broken compare file or experiment folder
    // ends the command with nothing written.
    std::vector<Loaded> loaded;
    std::vector<std::string> files{a.file};
    files.insert(files.end(), report.compares.begin(), report.compares.end());
    for (const std::string& file : files) {
        auto one = load(file, *registry);
        if (!one) {
            printErr(report.outFile + ": not written");
            return kExitInvalid;
        }
        loaded.push_back(std::move(*one));
    }
    gui::report::ReportInput input;
    if (!report.experimentDir.empty()) {
        gui::report::ExperimentResults experiment;
        std::string error;
        if (!gui::report::readExperimentFolder(report.experimentDir, experiment, error)) {
            printErr("error: " + error);
            printErr(report.outFile + ": not written");
            return kExitInvalid;
        }
        input.experiment = std::move(experiment);
    }

    const CompiledScenario& first = *loaded.front().run.scenario;
    const RunMode mode = a.mode.value_or(first.spec.simulation.mode);
    const std::vector<RunMode> mainModes = mode == RunMode::Both
                                               ? std::vector{RunMode::Expected, RunMode::MonteCarlo}
                                               : std::vector{mode};
    // The compared scenarios run in the mode the report shows, with the reference's seed
    // and replications, so that their differences are paired.
    const RunMode compareMode = mainModes.back();
    const RunOptions reference = defaultRunOptions(first);

    InterruptGuard interrupt;
    ProgressBar bar(::isatty(STDERR_FILENO) == 1);
    std::size_t runsDone = 0;
    const std::size_t runsTotal = mainModes.size() + loaded.size() - 1;
    for (std::size_t i = 0; i < loaded.size(); ++i) {
        for (const RunMode m : i == 0 ? mainModes : std::vector{compareMode}) {
            RunOptions options = defaultRunOptions(*loaded[i].run.scenario);
            options.mode = m;
            options.replications = a.replications.value_or(reference.replications);
            options.seed = a.seed.value_or(reference.seed);
            options.threads = resolveThreads(a.threads ? *a.threads : reference.threads);
            options.bands = BandScope::All;
            options.cancel = &interrupt.flag();
            options.progress = [&bar, runsDone, runsTotal](double f) {
                bar.update((double(runsDone) + f) / double(runsTotal));
            };
            loaded[i].plugins->apply(options); // after the seed
            RunOutcome outcome = runScenario(*loaded[i].run.scenario, options);
            if (outcome.cancelled || interrupt.interrupted()) {
                bar.clear();
                printErr("cancelled; nothing written");
                return kExitCancelled;
            }
            if (!outcome.ok) {
                bar.clear();
                printErr("error: " + loaded[i].run.name + ": " + outcome.error);
                printErr(report.outFile + ": not written");
                return kExitInvalid;
            }
            loaded[i].run.results.push_back(std::move(outcome.results));
            ++runsDone;
        }
    }
    bar.clear();

    input.main = std::move(loaded.front().run);
    for (std::size_t i = 1; i < loaded.size(); ++i)
        input.compares.push_back(std::move(loaded[i].run));
    input.language = language;
    input.date = todayIsoDate();
    const gui::report::ReportOutcome written = gui::report::writeReportPdf(input, report.outFile);
    if (!written.ok) {
        printErr("error: " + report.outFile + ": " + written.error);
        return kExitInvalid;
    }
    printOut(translate("results_written", language) + " " + report.outFile + " (" +
             std::to_string(written.pages) +
             (language == Language::English ? " pages)\n" : " halaman)\n"));
    return kExitOk;
}

} // namespace nk::cli
