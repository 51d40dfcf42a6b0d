#include "experiment_loading.hpp"

#include "arguments.hpp"
#include "scenario_loading.hpp"

#include "naikkelas/io/atomic_file.hpp"

namespace nk::cli {

namespace {

constexpr std::size_t kMaxExperimentBytes = std::size_t{1} << 20;

} // namespace

std::unique_ptr<CheckedExperiment> loadCheckedExperiment(const std::string& file,
                                                         const std::vector<std::string>& pluginDirs,
                                                         int& status) {
    status = kExitInvalid;
    if (!pluginDirsExist(pluginDirs)) {
        status = kExitUsage;
        return nullptr;
    }
    auto x = std::make_unique<CheckedExperiment>();
    x->registry = loadRegistry(pluginDirs);
    std::string error;
    if (!io::readFile(file, x->experimentText, error, kMaxExperimentBytes)) {
        printErr("error: " + error);
        return nullptr;
    }
    decision::ExperimentLoad loaded = decision::loadExperimentText(x->experimentText, file);
    printNew(loaded.diagnostics, Diagnostics{});
    if (!loaded.experiment) return nullptr;
    x->experiment = std::move(*loaded.experiment);

    x->scenarioFile = decision::scenarioPathOf(x->experiment, file);
    io::LoadResult scenario = loadWithSettings(x->scenarioFile, {}, x->scenarioText);
    scenario.diagnostics.setFile(x->scenarioFile.empty() ? kDefaultScenarioName : x->scenarioFile);
    printNew(scenario.diagnostics, Diagnostics{});
    if (!scenario.scenario) return nullptr;

    Diagnostics checked = decision::checkExperiment(x->experiment, *scenario.scenario, *x->registry,
                                                    loaded.positions);
    checked.setFile(file);
    printNew(checked, Diagnostics{});
    if (checked.hasErrors()) return nullptr;
    x->scenario = std::move(*scenario.scenario);
    status = kExitOk;
    return x;
}

} // namespace nk::cli
