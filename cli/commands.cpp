#include "commands.hpp"

#include "calibrate_command.hpp"
#include "compare_command.hpp"
#include "explore_command.hpp"
#include "interrupt.hpp"
#include "naikkelas/engine/engine.hpp"
#include "naikkelas/io/atomic_file.hpp"
#include "naikkelas/io/results_export.hpp"
#include "naikkelas/io/scenario_preserving.hpp"
#include "naikkelas/io/scenario_yaml.hpp"
#include "naikkelas/io/sha256.hpp"
#include "naikkelas/registry/plugin_run.hpp"
#include "naikkelas/scenario/default_scenario.hpp"
#include "naikkelas/units/strings.hpp"
#include "naikkelas/version.hpp"
#include "optimise_command.hpp"
#include "plugin_listing.hpp"
#include "progress.hpp"
#include "report_command.hpp"
#include "scenario_loading.hpp"
#include "summary.hpp"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <new>
#include <thread>
#include <unistd.h>

namespace nk::cli {

namespace {

RunOptions buildOptions(const CompiledScenario& scenario, const PluginBinding& plugins,
                        const RunArguments& a) {
    RunOptions options = defaultRunOptions(scenario);
    // defaultRunOptions gives one engine mode; `both` is the command's to run in turn.
    options.mode = a.mode.value_or(scenario.spec.simulation.mode);
    if (a.replications) options.replications = *a.replications;
    if (a.seed) options.seed = *a.seed;
    options.threads = resolveThreads(a.threads ? *a.threads : options.threads);
    // Series bands only where they are written: the summary shows the indicators' bands.
    options.bands =
        !a.outDir.empty() || a.format == OutputFormat::Csv ? BandScope::All : BandScope::None;
    plugins.apply(options); // after the seed: plugin randomness follows it
    return options;
}

int cancelled(ProgressBar& bar) {
    bar.clear();
    printErr("cancelled; nothing written");
    return kExitCancelled;
}

} // namespace

std::string versionText() {
    return "naikkelas " + std::string(versionString()) + "\n";
}

std::string helpText() {
    return "naikkelas " + std::string(versionString()) +
           ": simulate micro-enterprise development programs (UMKM naik kelas)\n"
           "\n"
           "Usage:\n"
           "  naikkelas run [FILE] [options]   run a scenario; without FILE, the built-in\n"
           "                                   default scenario\n"
           "  naikkelas validate FILE...       check scenario files, report every problem\n"
           "  naikkelas compare A B [C...]     key indicators of each scenario against the\n"
           "                                   first, on the same random numbers (paired\n"
           "                                   bands in Monte Carlo; --mode, --replications,\n"
           "                                   --seed, --threads as for run)\n"
           "  naikkelas explore EXP --out DIR  run an experiment (docs/experiment-format.md):\n"
           "                                   a design over factors of a scenario (oat,\n"
           "                                   grid, lhs, morris, sobol, frontier,\n"
           "                                   uncertainty); writes points.csv,\n"
           "                                   sensitivity.csv, frontier.csv or\n"
           "                                   uncertainty.csv, manifest.json; --threads N,\n"
           "                                   --resume (continue an interrupted run),\n"
           "                                   --max-points N (stop after N new points),\n"
           "                                   --format table|csv|json (the summary, the\n"
           "                                   design's table or JSON), --lang\n"
           "  naikkelas calibrate FILE --data CSV --fit KEY[,KEY...] --out OUT\n"
           "                                   fit parameters to a follow-up survey by\n"
           "                                   maximum likelihood (docs/calibration.md);\n"
           "                                   prints estimates with 90 % intervals and\n"
           "                                   the fit, writes the calibrated scenario;\n"
           "                                   KEY=LOW:HIGH narrows a search range\n"
           "  naikkelas report FILE --out report.pdf\n"
           "                                   the meeting report as one A4 PDF (docs/report.md):\n"
           "                                   summary, charts, assumptions; --compare FILE\n"
           "                                   (repeatable), --experiment DIR (an explore\n"
           "                                   folder), --mode, --replications, --seed,\n"
           "                                   --threads, --lang\n"
           "  naikkelas optimise EXP --out DIR the best allocation under the budget\n"
           "                                   (an experiment with an `optimise` section):\n"
           "                                   writes best.yaml, top10.csv, comparison.csv;\n"
           "                                   --threads N, --lang; Ctrl-C keeps the best\n"
           "                                   found so far\n"
           "  naikkelas set FILE KEY=VALUE...  change keys of a scenario file and keep the\n"
           "                                   rest of it (comments, layout) as it is\n"
           "  naikkelas plugins                list the plugin modules found, with their\n"
           "                                   parameters, files and SHA-256 digests\n"
           "  naikkelas --help | help | -h     show this help\n"
           "  naikkelas --version              show the version\n"
           "\n"
           "Options of run (defaults come from the scenario's `simulation` section):\n"
           "  --mode expected|montecarlo|both  expected values, Monte Carlo bands, or both\n"
           "  --replications N                 Monte Carlo replications (1 to 1000000)\n"
           "  --seed N                         random seed (0 to 2^64-1)\n"
           "  --threads N                      worker threads; 0 = all cores\n"
           "  --out DIR                        write series.csv, indicators.json and\n"
           "                                   manifest.json into DIR (created if missing)\n"
           "  --format table|csv|json          print the summary (table, the default),\n"
           "                                   series.csv or indicators.json on stdout\n"
           "  --lang id|en                     language of the summary\n"
           "  --set KEY=VALUE                  change a key for this run only, the file\n"
           "                                   untouched (may be repeated)\n"
           "  --plugin-dir DIR                 also load plugins from DIR (run, validate,\n"
           "                                   set, plugins; may be repeated, searched first)\n"
           "\n"
           "Options of set:\n"
           "  --out FILE                       write the changed scenario to FILE; without\n"
           "                                   it FILE itself is rewritten (write-then-rename)\n"
           "\n"
           "KEY is a key path as diagnostics print it, an entry by index or id:\n"
           "  cohorts[0].participants=30  cohorts[blimbing].participants=30\n"
           "  parameters.volatility_monthly=0.12  budget.envelope=1000000000\n"
           "  plugins[cohort_outcomes].kit_start_mult=2.5  simulation.quantiles=[0.1,0.5,0.9]\n"
           "VALUE is written as after `key: ` in the file. A mistake is reported as in a\n"
           "file (key path, what is valid, did you mean) and nothing is written.\n"
           "\n"
           "Language: the summary is in Indonesian unless --lang en is given or the LANG\n"
           "environment variable starts with \"en\" (e.g. LANG=en_US.UTF-8); --lang wins.\n"
           "Diagnostics and errors are in English.\n"
           "\n"
           "Plugins are searched in the --plugin-dir folders, then the folders of\n"
           "NAIKKELAS_PLUGIN_PATH (separated by ':'), then `plugins` next to the executable\n"
           "and ../lib/naikkelas/plugins (installed). The first module with an id wins.\n"
           "\n"
           "Ctrl-C stops a run without writing anything; a second Ctrl-C ends at once.\n"
           "\n"
           "Exit status: 0 ok; 1 invalid scenario, unreadable file or run error;\n"
           "2 usage error; 130 cancelled.\n";
}

std::unique_ptr<RunPreparation>
prepareRun(const RunArguments& a, const std::vector<std::string>& pluginDirs, int& status) {
    status = kExitInvalid;
    if (!pluginDirsExist(pluginDirs)) {
        status = kExitUsage;
        return nullptr;
    }
    auto run = std::make_unique<RunPreparation>();
    run->registry = loadRegistry(pluginDirs);
    std::size_t warnings = 0;
    run->prepared = loadAndPrepare(a.file, a.settings, *run->registry, warnings);
    if (!run->prepared.scenario) return nullptr;
    run->options = buildOptions(*run->prepared.scenario, *run->prepared.plugins, a);
    status = kExitOk;
    return run;
}

int runCommand(const RunArguments& a, const std::vector<std::string>& pluginDirs, Language language,
               const Scaleout& scaleout) {
    int status = kExitOk;
    const auto run = prepareRun(a, pluginDirs, status);
    if (!run) return status;
    const auto& scenario = run->prepared.scenario;
    RunOptions options = run->options;
    const std::vector<RunMode> modes = options.mode == RunMode::Both
                                           ? std::vector{RunMode::Expected, RunMode::MonteCarlo}
                                           : std::vector{options.mode};
    InterruptGuard interrupt;
    options.cancel = &interrupt.flag();
    ProgressBar bar(::isatty(STDERR_FILENO) == 1);

    std::vector<ResultSet> results;
    // Expected mode is quick next to Monte Carlo: give it a small slice of the bar.
    double phaseStart = 0.0;
    for (const RunMode mode : modes) {
        const double phaseWeight =
            modes.size() == 1 ? 1.0 : (mode == RunMode::Expected ? 0.05 : 0.95);
        options.mode = mode;
        options.progress = [&bar, phaseStart, phaseWeight](double f) {
            bar.update(phaseStart + phaseWeight * f);
        };
        RunOutcome outcome;
        try {
            outcome = mode == RunMode::MonteCarlo ? scaleout.runMonteCarlo(*scenario, options)
                                                  : runScenario(*scenario, options);
        } catch (const std::bad_alloc&) {
            // Monte Carlo keeps every replication's series for the quantiles.
            outcome.ok = false;
            outcome.error = "not enough memory for this run (" +
                            std::to_string(options.replications) +
                            " replications); try fewer with --replications";
        }
        if (outcome.cancelled || interrupt.interrupted()) return cancelled(bar);
        if (!outcome.ok) {
            bar.clear();
            printErr("error: " + outcome.error);
            return kExitInvalid;
        }
        results.push_back(std::move(outcome.results));
        phaseStart += phaseWeight;
    }
    bar.clear();
    if (interrupt.interrupted()) return cancelled(bar);

    std::string written;
    if (!a.outDir.empty()) {
        io::ManifestExtras extras;
        std::string error;
        extras.scenarioFile = a.file.empty() ? kDefaultScenarioName : a.file;
        extras.ranks = scaleout.ranks;
        extras.hosts = scaleout.hosts;
        if (a.file.empty()) {
            extras.scenarioFileSha256 = io::sha256Hex(defaultScenarioText());
        } else if (!io::sha256File(a.file, extras.scenarioFileSha256, error)) {
            printErr("error: " + error);
            return kExitInvalid;
        }
        if (!io::writeRunOutputs(a.outDir, results, extras, error)) {
            printErr("error: " + error);
            return kExitInvalid;
        }
        written = translate("results_written", language) + " " + a.outDir + ": " +
                  std::string(io::kSeriesFile) + ", " + std::string(io::kIndicatorsFile) + ", " +
                  std::string(io::kManifestFile);
    }

    switch (a.format) {
    case OutputFormat::Table:
        printOut(renderSummary(*scenario, results, language));
        if (!written.empty()) printOut("\n" + written + "\n");
        break;
    case OutputFormat::Csv:
        printOut(io::seriesCsv(results));
        if (!written.empty()) printErr(written); // stdout holds only the CSV
        break;
    case OutputFormat::Json:
        printOut(io::indicatorsJson(results));
        if (!written.empty()) printErr(written);
        break;
    }
    if (std::fflush(stdout) != 0) return kExitInvalid;
    return kExitOk;
}

int pluginsCommand(const std::vector<std::string>& pluginDirs, Language language) {
    if (!pluginDirsExist(pluginDirs)) return kExitUsage;
    PluginRegistry registry;
    const auto folders = registry.loadSearchPath(pluginDirs);
    printOut(renderPluginListing(registry, folders, language));
    std::fflush(stdout);
    return registry.problems().empty() ? kExitOk : kExitInvalid;
}

int validateCommand(const std::vector<std::string>& files,
                    const std::vector<std::string>& pluginDirs) {
    if (!pluginDirsExist(pluginDirs)) return kExitUsage;
    const auto registry = loadRegistry(pluginDirs);
    bool anyInvalid = false;
    for (const auto& file : files) {
        std::size_t warnings = 0;
        if (!loadAndPrepare(file, {}, *registry, warnings).scenario) {
            anyInvalid = true;
            continue;
        }
        std::string line = file + ": ok";
        if (warnings > 0)
            line += " (" + std::to_string(warnings) + (warnings == 1 ? " warning)" : " warnings)");
        printOut(line + "\n");
    }
    std::fflush(stdout);
    return anyInvalid ? kExitInvalid : kExitOk;
}

int setCommand(const SetArguments& a, const std::vector<std::string>& pluginDirs) {
    if (!pluginDirsExist(pluginDirs)) return kExitUsage;
    const auto registry = loadRegistry(pluginDirs);
    std::string text;
    std::size_t warnings = 0;
    const Prepared prepared =
        prepare(loadWithSettings(a.file, a.settings, text), a.file, *registry, warnings);
    if (!prepared.scenario) {
        printErr(a.file + ": not changed");
        return kExitInvalid;
    }
    const std::string out = a.outFile.empty() ? a.file : a.outFile;
    const io::PreservingWrite written = io::writeScenarioPreserving(text, prepared.scenario->spec);
    if (!written.rewriteReason.empty())
        printErr("warning: " + out +
                 " is written whole, without the original's comments: " + written.rewriteReason);
    std::string error;
    if (!io::writeFileAtomically(out, written.text, error)) {
        printErr("error: " + error);
        return kExitInvalid;
    }
    const std::size_t n = a.settings.size();
    printOut(out + ": " + std::to_string(n) + (n == 1 ? " key set\n" : " keys set\n"));
    std::fflush(stdout);
    return kExitOk;
}

int runMain(const std::vector<std::string>& args, const Scaleout& scaleout) {
    const ParseOutcome parsed = parseArguments(args);
    if (!parsed.ok) {
        printErr("naikkelas: " + parsed.error);
        return kExitUsage;
    }
    const Arguments& a = parsed.arguments;
    switch (a.command) {
    case CommandKind::Usage:
        std::fputs(helpText().c_str(), stderr);
        return kExitUsage;
    case CommandKind::Help:
        printOut(helpText());
        return kExitOk;
    case CommandKind::Version:
        printOut(versionText());
        return kExitOk;
    case CommandKind::Run:
        return runCommand(a.run, a.pluginDirs, chooseLanguage(a.language, std::getenv("LANG")),
                          scaleout);
    case CommandKind::Validate:
        return validateCommand(a.files, a.pluginDirs);
    case CommandKind::Plugins:
        return pluginsCommand(a.pluginDirs, chooseLanguage(a.language, std::getenv("LANG")));
    case CommandKind::Set:
        return setCommand(a.set, a.pluginDirs);
    case CommandKind::Compare:
        return compareCommand(a.files, a.run, a.pluginDirs,
                              chooseLanguage(a.language, std::getenv("LANG")));
    case CommandKind::Explore:
        return exploreCommand(a.explore, a.pluginDirs,
                              chooseLanguage(a.language, std::getenv("LANG")), scaleout);
    case CommandKind::Calibrate:
        return calibrateCommand(a.calibrate, a.pluginDirs,
                                chooseLanguage(a.language, std::getenv("LANG")));
    case CommandKind::Report:
        return reportCommand(a.run, a.report, a.pluginDirs,
                             chooseLanguage(a.language, std::getenv("LANG")));
    case CommandKind::Optimise:
        return optimiseCommand(a.optimise, a.pluginDirs,
                               chooseLanguage(a.language, std::getenv("LANG")), scaleout);
    }
    return kExitUsage;
}

} // namespace nk::cli
