#include "calibrate_command.hpp"

#include "calibrate_report.hpp"
#include "interrupt.hpp"
#include "progress.hpp"
#include "scenario_loading.hpp"

#include "naikkelas/calibration/calibrated_scenario.hpp"
#include "naikkelas/io/atomic_file.hpp"
#include "naikkelas/io/sha256.hpp"
#include "naikkelas/units/today.hpp"

#include <chrono>
#include <cstdio>
#include <unistd.h>

namespace nk::cli {

int calibrateCommand(const CalibrateArguments& a, const std::vector<std::string>& pluginDirs,
                     Language language) {
    using namespace calibration;
    if (!pluginDirsExist(pluginDirs)) return kExitUsage;
    const auto registry = loadRegistry(pluginDirs);

    std::string scenarioText;
    io::LoadResult loaded = loadWithSettings(a.file, {}, scenarioText);
    if (!loaded.scenario) {
        loaded.diagnostics.setFile(a.file);
        printNew(loaded.diagnostics, Diagnostics{});
        return kExitInvalid;
    }
    const Scenario scenario = *loaded.scenario;
    std::size_t warnings = 0;
    if (!prepare(std::move(loaded), a.file, *registry, warnings).scenario) return kExitInvalid;

    std::string dataText, error;
    if (!io::readFile(a.dataFile, dataText, error, kMaxFollowupBytes)) {
        printErr("error: " + error);
        return kExitInvalid;
    }
    FollowupData data = parseFollowup(dataText, a.dataFile, scenario);
    printNew(data.diagnostics, Diagnostics{});
    if (data.diagnostics.hasErrors()) return kExitInvalid;

    std::vector<FitParameter> parameters;
    Diagnostics resolved = resolveFitParameters(scenario, *registry, a.fit, parameters);
    for (auto d : resolved.items()) {
        d.file = "--fit";
        printErr(formatDiagnostic(d));
    }
    if (resolved.hasErrors()) return kExitUsage;

    const ModelLikelihood model(scenario, *registry, std::move(data.rows), parameters);
    InterruptGuard interrupt;
    ProgressBar bar(::isatty(STDERR_FILENO) == 1);
    CalibrationOptions options;
    options.cancel = &interrupt.flag();
    options.progress = [&](double fraction, int evaluations) {
        bar.update(fraction, std::to_string(evaluations) + " runs");
    };
    const auto started = std::chrono::steady_clock::now();
    const CalibrationResult result = calibrate(model, options);
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    bar.clear();
    if (result.cancelled) {
        printErr("calibration cancelled; nothing written");
        return kExitCancelled;
    }
    if (!result.ok) {
        printErr("error: " + result.error);
        return kExitInvalid;
    }
    printOut(calibrationReport(result, parameters, language));

    CalibrationStamp stamp{a.dataFile, io::sha256Hex(dataText), todayIsoDate()};
    const std::string text = calibratedScenarioText(scenarioText, model, result, stamp, error);
    if (text.empty() || !io::writeFileAtomically(a.outFile, text, error)) {
        printErr("error: " + error);
        return kExitInvalid;
    }
    char timing[96];
    std::snprintf(timing, sizeof timing, "%d model runs in %.1f s\n", result.evaluations, seconds);
    printOut(std::string("\n") + timing + a.outFile +
             (language == Language::English ? ": calibrated scenario written\n"
                                            : ": skenario terkalibrasi ditulis\n"));
    std::fflush(stdout);
    return kExitOk;
}

} // namespace nk::cli
