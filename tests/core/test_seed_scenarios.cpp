// The real scenario files: they load, compile and run, their figures add up, and the
// projections show the consequences docs/model.md section 4 expects with default parameters.
#include "scenario_files.hpp"
#include "test_scenarios.hpp"

#include "naikkelas/io/atomic_file.hpp"
#include "naikkelas/io/scenario_yaml.hpp"
#include "naikkelas/scenario/default_scenario.hpp"

#include <filesystem>

using namespace nk;

namespace {

Scenario loadOrFail(const std::filesystem::path& file) {
    const auto loaded = io::loadScenarioFile(file.string());
    for (const auto& d : loaded.diagnostics.items()) MESSAGE(formatDiagnostic(d));
    REQUIRE(loaded.scenario);
    return *loaded.scenario;
}

} // namespace

TEST_CASE("scenarios/ holds the five seed programs and the default") {
    const auto files = test::scenarioFiles();
    CHECK(files.size() >= 6);
    int seeds = 0;
    for (const auto& f : files) seeds += f.filename().string().rfind("00", 0) == 0;
    CHECK(seeds == 5);
}

TEST_CASE("every scenario file loads without warnings, compiles and runs") {
    for (const auto& file : test::scenarioFiles()) {
        INFO(file.filename().string());
        const auto loaded = io::loadScenarioFile(file.string());
        for (const auto& d : loaded.diagnostics.items()) MESSAGE(formatDiagnostic(d));
        REQUIRE(loaded.scenario);
        CHECK(loaded.diagnostics.items().empty());
        const Scenario& s = *loaded.scenario;
        CHECK_FALSE(s.scenario.title.empty());
        CHECK_FALSE(s.scenario.source.empty());
        const auto compiled = test::compileOrFail(s);

        const auto outcome = test::runOrFail(*compiled, defaultRunOptions(*compiled));
        int participants = 0;
        for (const auto& g : compiled->groups) participants += g.participants;
        const auto& people = test::meanOf(outcome.results, Arm::Program, "participants");
        CHECK(people.back() == participants);
    }
}

TEST_CASE("the embedded default scenario is scenarios/default.yaml") {
    std::string text, error;
    REQUIRE(io::readFile(std::string(NK_SCENARIO_DIR) + "/default.yaml", text, error,
                         io::kMaxScenarioBytes));
    CHECK(defaultScenarioText() == text);
    const auto loaded = io::loadScenarioText(defaultScenarioText(), "<default scenario>");
    REQUIRE(loaded.scenario);
    CHECK(loaded.scenario->scenario.id == "default");
}

TEST_CASE("with default parameters almost no trainee reaches kecil in five years (PP 7/2021)") {
    // docs/model.md section 4: about 0.05 % of micro firms a year move up nationally; under
    // UU 20/2008, with its lower kecil threshold, a few do.
    for (const auto& file : test::scenarioFiles()) {
        const Scenario s = loadOrFail(file);
        const auto compiled = test::compileOrFail(s);
        const auto outcome = test::runOrFail(*compiled, defaultRunOptions(*compiled));
        const auto& r = outcome.results;
        double kecilOrAbove = 0;
        for (std::size_t c = 1; c < compiled->sizeClasses.size(); ++c)
            kecilOrAbove +=
                test::meanOf(r, Arm::Baseline, "class:" + compiled->sizeClasses[c].name).back();
        const double active = test::meanOf(r, Arm::Baseline, "active").back();
        INFO(file.filename().string() << ": " << kecilOrAbove << " of " << active);
        if (s.size_classes.scheme == SizeScheme::Pp7_2021) CHECK(kecilOrAbove < 0.005 * active);
        if (s.size_classes.scheme == SizeScheme::Uu20_2008) CHECK(kecilOrAbove > 0.0);
    }
}
