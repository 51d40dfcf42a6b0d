// Scenario files: loading with precise diagnostics, hostile input, saving, round trips.
#include "naikkelas/io/scenario_yaml.hpp"

#include "scenario_files.hpp"

#include <doctest/doctest.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

using nk::Diagnostic;
using nk::Scenario;
using nk::io::LoadResult;
namespace fs = std::filesystem;

namespace {

const fs::path kDataDir = fs::path(__FILE__).parent_path().parent_path() / "data";

LoadResult load(std::string_view text) {
    return nk::io::loadScenarioText(text, "test.yaml");
}

std::vector<Diagnostic> errorsOf(const LoadResult& r) {
    std::vector<Diagnostic> out;
    for (const auto& d : r.diagnostics.items())
        if (d.severity == nk::Severity::Error) out.push_back(d);
    return out;
}

std::string listing(const LoadResult& r) {
    std::string out;
    for (const auto& d : r.diagnostics.items()) out += nk::formatDiagnostic(d) + "\n";
    return out;
}

// The only error of a load, checked to be the only one.
Diagnostic onlyError(const LoadResult& r) {
    INFO(listing(r));
    const auto errors = errorsOf(r);
    REQUIRE(errors.size() == 1);
    CHECK_FALSE(r.scenario.has_value());
    return errors[0];
}

const Diagnostic* errorAt(const LoadResult& r, const std::string& path) {
    for (const auto& d : r.diagnostics.items())
        if (d.severity == nk::Severity::Error && d.path == path) return &d;
    return nullptr;
}

bool contains(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

std::string readText(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream buffer;
    buffer << in.rdbuf();
    return buffer.str();
}

fs::path freshTempDir(const std::string& name) {
    const fs::path dir =
        fs::temp_directory_path() / ("nk_yaml_test_" + name + "_" + std::to_string(::getpid()));
    fs::remove_all(dir);
    fs::create_directories(dir);
    return dir;
}

// Every key with a non-default value, and text that a careless writer would mangle.
Scenario richScenario() {
    Scenario s;
    s.scenario.id = "rich";
    s.scenario.title = "Kue & roti: \"sentra\" # 1";
    s.scenario.source = "123";
    s.scenario.notes = "line one\nline two\n  indented\ttab";
    s.scenario.region = "Kabupaten Banyuwangi — Jawa Timur";
    s.scenario.start = "2024-07";
    s.scenario.horizon_months = 48;
    s.scenario.seed = 18446744073709551615ULL;
    s.scenario.umk_monthly = 2'685'000;
    s.size_classes.scheme = nk::SizeScheme::Custom;
    s.size_classes.thresholds = {300'000'000, 2'500'000'000, 50'000'000'000};
    s.size_classes.names = {"mikro", "true", "", "null"};
    s.size_classes.micro_bands = {60'000'000};
    s.grid = {50'000.5, 5e9, 10};
    s.parameters.start_prob_monthly = 0.1 + 0.2; // 0.30000000000000004
    s.parameters.closure_monthly_at_ref = 1e-7;
    s.parameters.ref_revenue = 4'123'456.789;
    s.parameters.closure_size_elasticity = -0.25;
    s.parameters.drift_monthly = -0.0012345678901234567;
    s.parameters.volatility_monthly = 0.0;
    s.parameters.home_capacity = 12'500'000;
    s.parameters.start_revenue_median = 1.0 / 3.0 * 6e6;
    s.parameters.start_revenue_log_sd = 0.5;
    s.parameters.margin = 0.3;
    s.parameters.revenue_per_worker = 8e6;
    s.programs = {{"bakery", "Pelatihan roti", "bakery", 5, 1'500'000, 0.85, 6, 150'000, "kit"},
                  {"batik", "Batik: tulis", "on", 3, 2'000'000, 1.0, 0, 0, ""}};
    s.equipment = {
        {"kit", "Mixer", nk::EquipmentKind::Individual, 3'000'000, 40e6, 1, 0, 36, 1.0},
        {"oven", "Oven", nk::EquipmentKind::Shared, 45'000'000, 150e6, 10, 300'000, 96, 0.55}};
    s.clusters = {{"rungkut", "Sentra Rungkut", "RW 3", "bakery", {{"oven", 2}}, {"online", "yes"}},
                  {"empty", "", "", "", {}, {}}};
    s.cohorts = {{"batch1", 40, "bakery", "rungkut", 0, 0.3, 3'500'000, 0.7, "perempuan", 4},
                 {"comparison", 20, "", "", 12, 0.0, 2'000'000, 0.0, "umum", 1}};
    s.budget.envelope = 900'000'000;
    s.budget.fiscal_years = {{2024, 800'000'000}, {2025, 0}};
    s.budget.lines = {{"Monitoring", "admin", 1'000'000, 1, 24}};
    s.plugins = {{"market_channels",
                  {{"share", 0.4},
                   {"whole_real", 2.0},
                   {"tiny", 1e-300},
                   {"count", std::int64_t{3}},
                   {"max", std::int64_t{9'223'372'036'854'775'807}},
                   {"enabled", true},
                   {"off", false},
                   {"label", std::string("pasar UMKM")},
                   {"number_text", std::string("12")},
                   {"bool_text", std::string("true")},
                   {"empty_text", std::string("")},
                   {"real_text", std::string("1.5e3")}}},
                 {"shocks", {}}};
    s.simulation = {nk::RunMode::Both, 500, {0.1, 0.5, 0.9}, 0.05, 2};
    return s;
}

} // namespace

TEST_SUITE("scenario_yaml") {

    TEST_CASE("a file with only the version line gives the default scenario") {
        const auto r = load("naikkelas: 1\n");
        INFO(listing(r));
        REQUIRE(r.scenario.has_value());
        CHECK(*r.scenario == Scenario{});
        CHECK(r.diagnostics.items().empty());
    }

    TEST_CASE("a missing version line is an error at the top of the file") {
        const auto d = onlyError(load("scenario:\n  horizon_months: 24\n"));
        CHECK(d.path == "naikkelas");
        CHECK(d.line == 1);
        CHECK(d.column == 1);
        CHECK(contains(d.message, "missing `naikkelas: 1`"));
        CHECK(d.file == "test.yaml");
    }

    TEST_CASE("a newer format version gives one clear message and nothing else") {
        const auto r = nk::io::loadScenarioFile((kDataDir / "bad/newer_version.yaml").string());
        const auto d = onlyError(r);
        CHECK(d.path == "naikkelas");
        CHECK(d.line == 1);
        CHECK(d.column == 12);
        CHECK(contains(d.message, "version 2"));
        CHECK(contains(d.hint, "newer NaikKelas"));
        CHECK(d.file == (kDataDir / "bad/newer_version.yaml").string());
    }

    TEST_CASE("an unknown version below 1 is an error naming the valid one") {
        const auto d = onlyError(load("naikkelas: 0\n"));
        CHECK(d.path == "naikkelas");
        CHECK(contains(d.message, "unknown scenario format version 0"));
        CHECK(d.hint == "`naikkelas: 1`");
    }

    TEST_CASE("a misspelt key gets did-you-mean with the key's position") {
        const auto r = load(R"(naikkelas: 1
cohorts:
  - id: batch1
    participant: 25
)");
        INFO(listing(r));
        const Diagnostic* unknown = errorAt(r, "cohorts[0].participant");
        REQUIRE(unknown != nullptr);
        CHECK(unknown->line == 4);
        CHECK(unknown->column == 5);
        CHECK(unknown->message == "unknown key `participant`");
        CHECK(unknown->hint == "did you mean `participants`?");
        // and the required key it was meant to be is reported missing, at the cohort
        const Diagnostic* missing = errorAt(r, "cohorts[0].participants");
        REQUIRE(missing != nullptr);
        CHECK(missing->line == 3);
        CHECK(missing->column == 5);
        CHECK(contains(missing->message, "missing required key `participants`"));
        CHECK(errorsOf(r).size() == 2);
    }

    TEST_CASE("an unknown key far from any valid one lists the valid keys") {
        const auto d = onlyError(load("naikkelas: 1\ngrid:\n  resolution: 3\n"));
        CHECK(d.path == "grid.resolution");
        CHECK(d.line == 3);
        CHECK(d.column == 3);
        CHECK(d.hint == "valid keys: r_min, r_max, bins_per_decade");
    }

    TEST_CASE("a missing id is reported at the entry") {
        const auto d = onlyError(load("naikkelas: 1\nprograms:\n  - name: Pelatihan\n"));
        CHECK(d.path == "programs[0].id");
        CHECK(d.line == 3);
        CHECK(d.column == 5);
        CHECK(contains(d.hint, "unique name"));
    }

    TEST_CASE("text where a number is expected names the expected type") {
        const auto d = onlyError(load("naikkelas: 1\nscenario:\n  horizon_months: sixty\n"));
        CHECK(d.path == "scenario.horizon_months");
        CHECK(d.line == 3);
        CHECK(d.column == 19);
        CHECK(d.message == "expected a whole number, got `sixty`");
        CHECK(d.hint == "a whole number, e.g. 60");
    }

    TEST_CASE("a quoted number where a number is expected says to remove the quotes") {
        const auto d = onlyError(load("naikkelas: 1\nparameters:\n  margin: \"0.35\"\n"));
        CHECK(d.path == "parameters.margin");
        CHECK(d.message == "expected a number, got the text `0.35`");
        CHECK(contains(d.hint, "remove the quotes"));
    }

    TEST_CASE("a list where a mapping is expected, and a mapping where a list is") {
        const auto r = load(R"(naikkelas: 1
grid: [1, 2]
cohorts:
  id: batch1
)");
        INFO(listing(r));
        REQUIRE(errorsOf(r).size() == 2);
        const Diagnostic* grid = errorAt(r, "grid");
        REQUIRE(grid != nullptr);
        CHECK(grid->message == "expected a mapping, got a list");
        CHECK(grid->line == 2);
        CHECK(grid->column == 7);
        const Diagnostic* cohorts = errorAt(r, "cohorts");
        REQUIRE(cohorts != nullptr);
        CHECK(cohorts->message == "expected a list, got a mapping");
        CHECK(cohorts->line == 4);
        CHECK(cohorts->column == 3);
        CHECK(contains(cohorts->hint, "`- `"));
    }

    TEST_CASE("a list where text is expected is an error") {
        const auto d = onlyError(load("naikkelas: 1\nscenario:\n  title: [a, b]\n"));
        CHECK(d.path == "scenario.title");
        CHECK(d.message == "expected text, got a list");
    }

    TEST_CASE("rupiah amounts accept digit separators and whole exponents") {
        const auto r = load(R"(naikkelas: 1
scenario:
  umk_monthly: 2_500_000
budget:
  envelope: 1.5e9
  lines:
    - {amount: 500_000_000}
)");
        INFO(listing(r));
        REQUIRE(r.scenario.has_value());
        CHECK(r.scenario->scenario.umk_monthly == 2'500'000);
        CHECK(r.scenario->budget.envelope == 1'500'000'000);
        CHECK(r.scenario->budget.lines.at(0).amount == 500'000'000);
    }

    TEST_CASE("a rupiah amount with a fraction is rejected with a clear message") {
        const auto d = onlyError(load("naikkelas: 1\nbudget:\n  envelope: 1500000.50\n"));
        CHECK(d.path == "budget.envelope");
        CHECK(d.line == 3);
        CHECK(d.column == 13);
        CHECK(d.message == "Rupiah amounts are whole rupiah, but `1500000.50` has a fraction");
        CHECK(contains(d.hint, "500_000_000"));
    }

    TEST_CASE("a whole number that does not fit is out of range") {
        const auto d = onlyError(load("naikkelas: 1\nscenario:\n  horizon_months: 99999999999\n"));
        CHECK(d.path == "scenario.horizon_months");
        CHECK(d.message == "`99999999999` is out of range");
        CHECK(d.hint == "from -2147483648 to 2147483647");
    }

    TEST_CASE("doubles accept integers, decimals, exponents and separators") {
        const auto r = load(R"(naikkelas: 1
grid:
  r_min: 100_000
  r_max: 1e10
parameters:
  margin: .5
  drift_monthly: -0.01
  home_capacity: 15_000_000.5
)");
        INFO(listing(r));
        REQUIRE(r.scenario.has_value());
        CHECK(r.scenario->grid.r_min == 100'000.0);
        CHECK(r.scenario->grid.r_max == 1e10);
        CHECK(r.scenario->parameters.margin == 0.5);
        CHECK(r.scenario->parameters.drift_monthly == -0.01);
        CHECK(r.scenario->parameters.home_capacity == 15'000'000.5);
    }

    TEST_CASE(".nan and .inf are errors, each reported") {
        const auto r = load(R"(naikkelas: 1
parameters:
  margin: .nan
  drift_monthly: -.inf
  ref_revenue: 1e999
)");
        INFO(listing(r));
        REQUIRE(errorsOf(r).size() == 3);
        for (const char* path :
             {"parameters.margin", "parameters.drift_monthly", "parameters.ref_revenue"}) {
            const Diagnostic* d = errorAt(r, path);
            REQUIRE(d != nullptr);
            CHECK(contains(d->message, "expected a finite number"));
            CHECK(contains(d->hint, ".nan and .inf are not allowed"));
        }
        CHECK(errorAt(r, "parameters.drift_monthly")->line == 4);
    }

    TEST_CASE("an unknown choice gets did-you-mean and the list of choices") {
        const auto r = load(R"(naikkelas: 1
size_classes:
  scheme: pp7
equipment:
  - id: oven
    kind: comunal
simulation:
  mode: monte_carlo
)");
        INFO(listing(r));
        REQUIRE(errorsOf(r).size() == 3);
        const Diagnostic* scheme = errorAt(r, "size_classes.scheme");
        REQUIRE(scheme != nullptr);
        CHECK(scheme->message == "unknown size-class scheme `pp7`");
        CHECK(scheme->hint == "did you mean `pp7_2021`? (one of: pp7_2021, uu20_2008, custom)");
        const Diagnostic* kind = errorAt(r, "equipment[0].kind");
        REQUIRE(kind != nullptr);
        CHECK(kind->hint == "one of: individual, shared");
        const Diagnostic* mode = errorAt(r, "simulation.mode");
        REQUIRE(mode != nullptr);
        CHECK(contains(mode->hint, "did you mean `montecarlo`?"));
    }

    TEST_CASE("the start month is checked for its format and month") {
        for (const char* start : {"2025-13", "2025-1", "25-01-2025", "Januari"}) {
            CAPTURE(start);
            const auto d = onlyError(
                load(std::string("naikkelas: 1\nscenario:\n  start: \"") + start + "\"\n"));
            CHECK(d.path == "scenario.start");
            CHECK(d.line == 3);
            CHECK(d.column == 10);
            CHECK(contains(d.hint, "YYYY-MM"));
        }
    }

    TEST_CASE("three mistakes in one file give three errors in one load") {
        const auto r = nk::io::loadScenarioFile((kDataDir / "bad/three_mistakes.yaml").string());
        INFO(listing(r));
        const auto errors = errorsOf(r);
        REQUIRE(errors.size() == 3);
        CHECK(!r.scenario.has_value());
        // in file order, each at its key
        CHECK(errors[0].path == "scenario.horizon_months");
        CHECK(errors[0].line == 4);
        CHECK(errors[0].column == 19);
        CHECK(errors[1].path == "cohorts[0].entry_monht");
        CHECK(errors[1].line == 8);
        CHECK(errors[1].column == 5);
        CHECK(errors[1].hint == "did you mean `entry_month`?");
        CHECK(errors[2].path == "cohorts[1].business_share");
        CHECK(errors[2].line == 11);
        CHECK(errors[2].column == 21);
        CHECK(errors[2].message == "1.5 is out of range");
        CHECK(errors[2].hint == "a share from 0 to 1");
    }

    TEST_CASE("a file with errors gives what could be read, and the problems of reading") {
        const auto r = load(R"(naikkelas: 1
scenario:
  id: broken
  horizon_months: 36
programs:
  - id: training
    cost_per_participant: 1 juta
    duration_days: 3
cohorts:
  - id: batch1
    participnts: 25
    program: training
    entry_month: 72
)");
        INFO(listing(r));
        CHECK_FALSE(r.scenario.has_value());
        REQUIRE(r.partial.has_value());
        const Scenario& s = r.partial->scenario;
        CHECK(s.scenario.id == "broken");
        CHECK(s.scenario.horizon_months == 36);
        REQUIRE(s.programs.size() == 1);
        CHECK(s.programs[0].duration_days == 3);
        CHECK(s.programs[0].cost_per_participant == nk::Program{}.cost_per_participant);
        REQUIRE(s.cohorts.size() == 1);
        CHECK(s.cohorts[0].entry_month == 72);
        // The reader's problems only, in file order; the entry month beyond the horizon
        // is validation's, which an editor recomputes.
        std::vector<std::string> paths;
        for (const auto& d : r.partial->readProblems.items()) {
            CHECK(d.file == "test.yaml");
            paths.push_back(d.path);
        }
        CHECK(paths == std::vector<std::string>{"programs[0].cost_per_participant",
                                                "cohorts[0].participants", // missing, at its entry
                                                "cohorts[0].participnts"});
        CHECK(r.partial->readProblems.items()[0].line == 7);
        bool validation = false;
        for (const auto& d : r.diagnostics.items())
            validation = validation || d.path == "cohorts[0].entry_month";
        CHECK(validation);
        CHECK(r.positions.has("programs[0].cost_per_participant"));
        CHECK_FALSE(r.positions.has("cohorts[0].participnts"));
    }

    TEST_CASE("text that is no scenario mapping gives nothing to repair") {
        CHECK_FALSE(load("just some words\n").partial.has_value());
        CHECK_FALSE(load("naikkelas: 1\nscenario: [unclosed\n").partial.has_value());
        CHECK_FALSE(load("naikkelas: 2\nscenario: {}\n").partial.has_value());
        CHECK_FALSE(load("").partial.has_value());
        CHECK(load("naikkelas: 1\nscenario: {horizon_months: x}\n").partial.has_value());
    }

    TEST_CASE("validation findings carry the line and column of their key") {
        const auto d = onlyError(load(R"(naikkelas: 1
cohorts:
  - id: late
    participants: 10
    entry_month: 72
)"));
        CHECK(d.path == "cohorts[0].entry_month");
        CHECK(d.message == "entry month 72 is beyond the horizon of 60 months");
        CHECK(d.hint == "0 to 59 months after the start");
        CHECK(d.line == 5);
        CHECK(d.column == 18);
    }

    TEST_CASE("a fiscal year outside the horizon is a warning at its line, the file still loads") {
        const auto r = load(R"(naikkelas: 1
scenario:
  start: 2024-01
  horizon_months: 36
budget:
  fiscal_years:
    - {year: 2024, limit: 100_000_000}
    - {year: 2034, limit: 100_000_000}
)");
        INFO(listing(r));
        CHECK(r.scenario.has_value());
        REQUIRE(r.diagnostics.items().size() == 1);
        const Diagnostic& d = r.diagnostics.items()[0];
        CHECK(d.severity == nk::Severity::Warning);
        CHECK(nk::formatDiagnostic(d) ==
              "test.yaml:8:14: warning: budget.fiscal_years[1].year: fiscal year 2034 is outside "
              "the horizon (2024 to 2026); its limit is never checked (a year from 2024 to 2026)");
    }

    TEST_CASE("a finding on a key that is not written points at its parent") {
        const auto d = onlyError(load(R"(naikkelas: 1
size_classes:
  scheme: custom
  thresholds: [300_000_000]
)"));
        CHECK(d.path == "size_classes.names");
        CHECK(d.line == 3); // the size_classes mapping starts at its first key
        CHECK(d.column == 3);
        CHECK(d.message == "0 names for 2 classes");
    }

    TEST_CASE("a value that could not be read gives no second finding from validation") {
        const auto r = load("naikkelas: 1\ncohorts:\n  - id: a\n    participants: many\n");
        const auto d = onlyError(r); // not also "participants 0 is out of range"
        CHECK(d.path == "cohorts[0].participants");
    }

    TEST_CASE("duplicate mapping keys are errors at the second key") {
        const auto r = nk::io::loadScenarioFile((kDataDir / "bad/duplicate_keys.yaml").string());
        INFO(listing(r));
        const Diagnostic* key = errorAt(r, "scenario.horizon_months");
        REQUIRE(key != nullptr);
        CHECK(key->line == 4);
        CHECK(key->column == 3);
        CHECK(key->message == "duplicate key `horizon_months` (first at line 3)");
        // duplicate ids too, at the second
        const Diagnostic* id = errorAt(r, "cohorts[1].id");
        REQUIRE(id != nullptr);
        CHECK(id->line == 8);
        CHECK(id->column == 9);
        CHECK(id->message == "duplicate id `a`, already used by cohorts[0]");
        CHECK(errorsOf(r).size() == 2);
    }

    TEST_CASE("duplicate plugin parameters are errors") {
        const auto d = onlyError(load(R"(naikkelas: 1
plugins:
  - id: shocks
    params:
      drift: 0.1
      drift: 0.2
)"));
        CHECK(d.path == "plugins[0].params.drift");
        CHECK(d.line == 6);
        CHECK(d.column == 7);
    }

    TEST_CASE("broken references name the key and a close match") {
        const auto r = nk::io::loadScenarioFile((kDataDir / "bad/references.yaml").string());
        INFO(listing(r));
        REQUIRE(errorsOf(r).size() == 3);
        const Diagnostic* kit = errorAt(r, "programs[0].kit");
        REQUIRE(kit != nullptr);
        CHECK(kit->message == "`oven` is shared equipment; a kit is individual");
        CHECK(kit->line == 4);
        const Diagnostic* equipment = errorAt(r, "clusters[0].equipment[0].equipment");
        REQUIRE(equipment != nullptr);
        CHECK(equipment->hint == "did you mean `oven`?");
        CHECK(equipment->line == 11);
        CHECK(equipment->column == 21);
        const Diagnostic* program = errorAt(r, "cohorts[0].program");
        REQUIRE(program != nullptr);
        CHECK(program->message == "unknown program `trainig`");
        CHECK(contains(program->hint, "did you mean `training`?"));
        CHECK(program->line == 15);
        CHECK(program->column == 14);
    }

    TEST_CASE("plugin parameters keep their type: integer, real, boolean or text") {
        const auto r = load(R"(naikkelas: 1
plugins:
  - id: market_channels
    params:
      count: 3
      big: 500_000_000
      share: 0.4
      whole_real: 2.0
      on: true
      off: False
      label: pasar UMKM
      quoted_number: "12"
      quoted_bool: 'true'
)");
        INFO(listing(r));
        REQUIRE(r.scenario.has_value());
        const auto& p = r.scenario->plugins.at(0).params;
        CHECK(std::get<std::int64_t>(p.at("count")) == 3);
        CHECK(std::get<std::int64_t>(p.at("big")) == 500'000'000);
        CHECK(std::get<double>(p.at("share")) == 0.4);
        CHECK(std::get<double>(p.at("whole_real")) == 2.0);
        CHECK(std::get<bool>(p.at("on")) == true);
        CHECK(std::get<bool>(p.at("off")) == false);
        CHECK(std::get<std::string>(p.at("label")) == "pasar UMKM");
        CHECK(std::get<std::string>(p.at("quoted_number")) == "12");
        CHECK(std::get<std::string>(p.at("quoted_bool")) == "true");
    }

    TEST_CASE("a plugin parameter must be a single value") {
        const auto d = onlyError(load(R"(naikkelas: 1
plugins:
  - id: shocks
    params:
      windows: [1, 2]
)"));
        CHECK(d.path == "plugins[0].params.windows");
        CHECK(d.message == "expected a single value, got a list");
        CHECK(d.line == 5);
        CHECK(d.column == 16);
    }

    TEST_CASE("an empty section value means an empty list or the defaults") {
        const auto r =
            load("naikkelas: 1\nprograms:\nscenario:\nplugins:\n  - id: x\n    params:\n");
        INFO(listing(r));
        REQUIRE(r.scenario.has_value());
        CHECK(r.scenario->programs.empty());
        CHECK(r.scenario->scenario == nk::ScenarioInfo{});
        CHECK(r.scenario->plugins.at(0).params.empty());
    }

    TEST_CASE("anchors and aliases in moderation are fine") {
        const auto r = load(R"(naikkelas: 1
cohorts:
  - id: a
    participants: &n 25
    target_group: &g perempuan
  - id: b
    participants: *n
    target_group: *g
)");
        INFO(listing(r));
        REQUIRE(r.scenario.has_value());
        CHECK(r.scenario->cohorts.at(1).participants == 25);
        CHECK(r.scenario->cohorts.at(1).target_group == "perempuan");
    }

    TEST_CASE("a YAML syntax error gives the position and a hint") {
        const auto d = onlyError(load("naikkelas: 1\nscenario:\n  title: Kue: enak\n"));
        CHECK(d.line == 3);
        CHECK(d.column == 13); // at the second colon
        CHECK(contains(d.message, "not valid YAML"));
        CHECK(contains(d.hint, "quotes"));
    }

    TEST_CASE("a tab used for indentation is named in the hint") {
        const auto d = onlyError(load("naikkelas: 1\nscenario:\n\thorizon_months: 24\n"));
        CHECK(d.line == 3);
        CHECK(d.hint == "line 3 is indented with a tab; YAML indents with spaces only");
    }

    TEST_CASE("an unclosed quote is an error, not silently closed at the end") {
        const auto d = onlyError(load("naikkelas: 1\nscenario:\n  title: \"Kue enak\n"));
        CHECK(d.line == 3);
        CHECK(d.column == 10);
        CHECK(d.message == "a quoted text is not closed");
    }

    TEST_CASE("an apostrophe on a continued plain line is text, not a quote") {
        const auto r = load("naikkelas: 1\nscenario:\n  notes: it is\n    'the season\n");
        INFO(listing(r));
        REQUIRE(r.scenario.has_value());
        CHECK(r.scenario->scenario.notes == "it is 'the season");
    }

    // --- hostile input: each must finish quickly with an error and no scenario ---

    TEST_CASE("hostile inputs complete quickly with an error") {
        std::string deepBlock;
        for (int i = 0; i < 2000; ++i)
            deepBlock += std::string(static_cast<std::size_t>(i), ' ') + "k:\n";
        std::string dashes = "naikkelas: 1\nx: ";
        for (int i = 0; i < 100'000; ++i) dashes += "- ";
        std::string nestedItems = "naikkelas: 1\nx:\n  ";
        for (int i = 0; i < 100'000; ++i) nestedItems += "- ";
        nestedItems += "1\n";
        std::string laughs = "naikkelas: 1\na: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n";
        for (char c = 'b'; c <= 'j'; ++c) {
            laughs += std::string(1, c) + ": &" + c + " [";
            for (int i = 0; i < 9; ++i) laughs += std::string(i ? ", " : "") + "*" + char(c - 1);
            laughs += "]\n";
        }
        laughs += "cohorts: *j\nplugins: *j\nscenario: *j\n";
        std::string manyAliases = "naikkelas: 1\nx: &x 1\ny: [";
        for (int i = 0; i < 2000; ++i) manyAliases += "*x, ";
        manyAliases += "1]\n";
        std::string manyValues = "naikkelas: 1\nx: [";
        while (manyValues.size() < 3'000'000) manyValues += "1,";
        manyValues += "1]\n";
        std::string longInnerList = "naikkelas: 1\nx: [[";
        for (int i = 0; i < 60'000; ++i) longInnerList += "1,";
        longInnerList += "1]]\n";
        std::string manyErrors = "naikkelas: 1\ncohorts:\n";
        for (int i = 0; i < 1000; ++i)
            manyErrors += "  - {id: c" + std::to_string(i) + ", participants: x}\n";

        struct Case {
            const char* name;
            std::string text;
            const char* message; // part of the first error
        };
        const std::vector<Case> cases = {
            {"empty", "", "the file is empty; a scenario starts with `naikkelas: 1`"},
            {"whitespace", "  \n\t\n   \n", "the file is empty"},
            {"comments only", "# nothing\n\n  # here\n", "the file is empty"},
            {"document markers only", "---\n...\n", "the file is empty"},
            {"not YAML", "this is: not: yaml\n  - at all\n", "not valid YAML"},
            {"NUL bytes", std::string("naikkelas: 1\n\0\0\x01", 16), "not a text file"},
            {"invalid UTF-8", "naikkelas: 1\nscenario:\n  title: \xC3\x28\n", "not a text file"},
            {"UTF-16", std::string("\xFF\xFEn\0a\0", 6), "not a text file"},
            {"100000 [", std::string(100'000, '['), "nests deeper than 64 levels"},
            {"100000 {", "naikkelas: 1\nx: " + std::string(100'000, '{'), "nests deeper than 64"},
            {"deep block nesting", deepBlock, "nests deeper than 64 levels"},
            // `x: - -` is no YAML (a block entry cannot follow a key on its line)
            {"100000 dashes after a key", dashes, "not valid YAML: illegal block entry"},
            {"100000 nested list items", nestedItems, "nests deeper than 64 levels"},
            {"billion laughs", laughs, "unknown key"},
            {"many aliases", manyAliases, "more than 1000 aliases"},
            {"many values", manyValues, "more than 200000 values"},
            {"120 KiB list inside a list", longInnerList, "longer than 64 KiB"},
            {"many errors", manyErrors, "expected a whole number"},
            {"cyclic alias", "naikkelas: 1\ncohorts: &c [*c, *c]\nplugins: &p [*p]\n",
             "expected a mapping, got a list"},
            {"top-level list", "- naikkelas: 1\n", "the top level must be a mapping"},
            {"top-level scalar", "naikkelas 1\n", "the top level must be a mapping"},
            {"two documents", "naikkelas: 1\n---\nnaikkelas: 1\n", "more than one YAML document"},
            {"content after the document end", "naikkelas: 1\n...\nx: 1\n",
             "more than one YAML document"},
            // yaml-cpp issue 1040: LoadAll loops without end, allocating, on these
            {"leading comma", ",naikkelas: 1\n", "not valid YAML: unexpected `,`"},
            {"lone comma", ",\n", "not valid YAML: unexpected `,`"},
            {"too large", std::string(nk::io::kMaxScenarioBytes + 1, '#'), "larger than 4096 KiB"},
            {"key that is a list", "naikkelas: 1\n[a, b]: 1\n", "a key must be a plain name"},
        };
        for (const auto& c : cases) {
            const std::string name = c.name;
            CAPTURE(name);
            const auto start = std::chrono::steady_clock::now();
            const auto r = load(c.text);
            const auto elapsed = std::chrono::steady_clock::now() - start;
            INFO(listing(r).substr(0, 2000));
            CHECK(elapsed < std::chrono::seconds(2));
            CHECK_FALSE(r.scenario.has_value());
            const auto errors = errorsOf(r);
            REQUIRE_FALSE(errors.empty());
            CHECK(contains(errors[0].message, c.message));
            CHECK(errors.size() <= 101); // capped: the first 100 and a last word
            CHECK(errors[0].file == "test.yaml");
        }
    }

    // yaml-cpp's scanner queues every token after an unresolved `[` (about 235 bytes each)
    // before the parser reports one: without a bound, 4 MiB of `[` took 1 GB. A child
    // process with a 256 MiB address-space limit loads it; the refusal must come from the
    // nesting limit, not from running out of memory.
#if !defined(__SANITIZE_ADDRESS__) // the sanitizer reserves far more address space
    TEST_CASE("4 MiB of open brackets is refused within a small memory budget") {
        const std::string text = "naikkelas: 1\nx: " + std::string(4'000'000, '[');
        const pid_t child = fork();
        REQUIRE(child >= 0);
        if (child == 0) {
            rlimit limit{};
            getrlimit(RLIMIT_AS, &limit);
            std::ifstream status("/proc/self/status");
            std::size_t vmKiB = 0;
            for (std::string line; std::getline(status, line);)
                if (line.rfind("VmSize:", 0) == 0) vmKiB = std::stoul(line.substr(7));
            limit.rlim_cur = (vmKiB + 256 * 1024) * 1024;
            setrlimit(RLIMIT_AS, &limit);
            const auto r = nk::io::loadScenarioText(text, "t.yaml");
            const bool refused = !r.diagnostics.items().empty() &&
                                 contains(r.diagnostics.items()[0].message, "nests deeper than 64");
            _exit(refused ? 0 : 1);
        }
        int status = 0;
        REQUIRE(waitpid(child, &status, 0) == child);
        CHECK(WIFEXITED(status));
        CHECK(WEXITSTATUS(status) == 0);
    }
#endif

    TEST_CASE("brackets, dashes and quotes inside text are text, not structure") {
        const std::string brackets(1000, '[');
        const auto r = load("naikkelas: 1\nscenario:\n  notes: |\n    " + brackets +
                            "\n    - - - ' \"\n  title: '" + brackets + " it''s'\n  source: \"" +
                            brackets + " \\\" {\"\n");
        INFO(listing(r));
        REQUIRE(r.scenario.has_value());
        CHECK(r.scenario->scenario.notes == brackets + "\n- - - ' \"\n");
        CHECK(r.scenario->scenario.title == brackets + " it's");
        CHECK(r.scenario->scenario.source == brackets + " \" {");
    }

    TEST_CASE("problems are capped at 100 with a closing message") {
        std::string text = "naikkelas: 1\ncohorts:\n";
        for (int i = 0; i < 300; ++i)
            text += "  - {id: c" + std::to_string(i) + ", participants: x}\n";
        const auto r = load(text);
        const auto errors = errorsOf(r);
        REQUIRE(errors.size() == 101);
        CHECK(contains(errors.back().message, "too many problems"));
    }

    TEST_CASE("the error for binary content gives its position") {
        const auto d = onlyError(load(std::string("naikkelas: 1\nab\0", 16)));
        CHECK(d.line == 2);
        CHECK(d.column == 3);
        CHECK(d.message == "not a text file: it contains NUL bytes");
    }

    TEST_CASE("loading a file that is too large reports its size without reading it all") {
        const fs::path dir = freshTempDir("huge");
        const fs::path path = dir / "huge.yaml";
        {
            std::ofstream out(path, std::ios::binary);
            const std::string line(1023, '#');
            for (int i = 0; i < 5 * 1024; ++i) out << line << '\n';
        }
        const auto d = onlyError(nk::io::loadScenarioFile(path.string()));
        CHECK(contains(d.message, "5120 KiB, larger than the 4096 KiB"));
        CHECK(d.file == path.string());
        fs::remove_all(dir);
    }

    TEST_CASE("loading a missing file is an error naming it") {
        const auto d = onlyError(nk::io::loadScenarioFile("/nonexistent/dir/scenario.yaml"));
        CHECK(contains(d.message, "cannot open"));
        CHECK(d.file == "/nonexistent/dir/scenario.yaml");
    }

    TEST_CASE("damaged copies of a real scenario never crash and always explain themselves") {
        const std::string original = readText(fs::path(NK_SCENARIO_DIR) / "default.yaml");
        REQUIRE(original.size() > 100);
        // A fixed linear congruential sequence: the same damage on every run.
        std::uint64_t state = 20250101;
        const auto next = [&state](std::size_t bound) {
            state = state * 6364136223846793005ULL + 1442695040888963407ULL;
            return static_cast<std::size_t>(state >> 33) % bound;
        };
        const std::string alphabet = std::string(":-[]{}#&*!|>'\"\n\t ,?%@`\\0.e_x\xff") + '\0';
        int loaded = 0;
        for (int round = 0; round < 400; ++round) {
            std::string text = original;
            for (std::size_t edits = 1 + next(4); edits > 0 && !text.empty(); --edits) {
                const std::size_t at = next(text.size());
                switch (next(4)) {
                case 0:
                    text.erase(at, 1 + next(8));
                    break;
                case 1:
                    text.insert(at, 1, alphabet[next(alphabet.size())]);
                    break;
                case 2:
                    text[at] = alphabet[next(alphabet.size())];
                    break;
                default: { // repeat the line, which often duplicates a key
                    const std::size_t begin =
                        text.rfind('\n', at) == std::string::npos ? 0 : text.rfind('\n', at) + 1;
                    const std::size_t end = text.find('\n', at);
                    if (end != std::string::npos)
                        text.insert(begin, text.substr(begin, end - begin + 1));
                }
                }
            }
            CAPTURE(round);
            const auto r = load(text);
            CHECK(r.scenario.has_value() != r.diagnostics.hasErrors());
            for (const auto& d : r.diagnostics.items()) CHECK_FALSE(d.message.empty());
            loaded += r.scenario.has_value() ? 1 : 0;
        }
        CHECK(loaded < 400); // the damage was noticed at least sometimes
    }

    TEST_CASE("the example at the top of docs/scenario-format.md loads without a finding") {
        const std::string text =
            readText(fs::path(__FILE__).parent_path().parent_path().parent_path() /
                     "docs/scenario-format.md");
        const std::size_t begin = text.find("```yaml\n");
        REQUIRE(begin != std::string::npos);
        const std::size_t end = text.find("```", begin + 8);
        REQUIRE(end != std::string::npos);
        const auto r = load(text.substr(begin + 8, end - begin - 8));
        INFO(listing(r));
        REQUIRE(r.scenario.has_value());
        CHECK(r.diagnostics.items().empty());
        CHECK(r.scenario->cohorts.size() == 2);
        CHECK(r.scenario->simulation.mode == nk::RunMode::Both);
    }

    TEST_CASE("docs/scenario-format.md documents every key the writer writes") {
        const fs::path docs = fs::path(__FILE__).parent_path().parent_path().parent_path() /
                              "docs/scenario-format.md";
        const std::string text = readText(docs);
        REQUIRE_FALSE(text.empty());
        Scenario s = richScenario(); // one entry in every list
        const std::string yaml = nk::io::scenarioToYaml(s);
        // the key that starts a line, and the keys of one-line {key: value} entries
        const std::regex leading(R"(^ *(?:- )?([a-z_0-9]+):)");
        const std::regex inFlow(R"(([a-z_0-9]+): )");
        std::set<std::string> keys;
        std::istringstream lines(yaml);
        for (std::string line; std::getline(lines, line);) {
            std::smatch m;
            if (std::regex_search(line, m, leading)) keys.insert(m[1]);
            const std::size_t brace = line.find("- {");
            if (brace == std::string::npos) continue;
            const std::string flow = line.substr(brace);
            for (auto it = std::sregex_iterator(flow.begin(), flow.end(), inFlow);
                 it != std::sregex_iterator(); ++it)
                keys.insert((*it)[1]);
        }
        for (const auto& [name, value] : s.plugins[0].params) keys.erase(name); // plugins' own
        CHECK(keys.size() > 60);
        for (const auto& key : keys) {
            CAPTURE(key);
            CHECK(contains(text, "`" + key + "`"));
        }
    }

    // --- saving ---

    TEST_CASE("scenarioToYaml writes every section in order, defaults included") {
        const std::string yaml = nk::io::scenarioToYaml(Scenario{});
        std::size_t last = 0;
        for (const char* section : {"\nnaikkelas: 1", "\nscenario:", "\nsize_classes:", "\ngrid:",
                                    "\nparameters:", "\nprograms:", "\nequipment:", "\nclusters:",
                                    "\ncohorts:", "\nbudget:", "\nplugins:", "\nsimulation:"}) {
            CAPTURE(section);
            const std::size_t at = yaml.find(section);
            REQUIRE(at != std::string::npos);
            CHECK(at > last);
            last = at;
        }
        for (const char* value : {"horizon_months: 60", "start: 2025-01", "bins_per_decade: 12",
                                  "start_prob_monthly: 0.0174", "r_max: 10000000000",
                                  "quantiles: [0.05, 0.5, 0.95]", "discount_rate_annual: 0.06"}) {
            CAPTURE(value);
            CHECK(contains(yaml, value));
        }
    }

    TEST_CASE("a rich scenario round-trips exactly through YAML") {
        const Scenario original = richScenario();
        const std::string yaml = nk::io::scenarioToYaml(original);
        INFO(yaml);
        const auto r = load(yaml);
        INFO(listing(r));
        REQUIRE(r.scenario.has_value());
        CHECK(*r.scenario == original);
        // text that looks typed is quoted, so it stays text
        CHECK(contains(yaml, "\"12\""));
        CHECK(contains(yaml, "whole_real: 2.0"));
        // and saving what was loaded gives the same text
        CHECK(nk::io::scenarioToYaml(*r.scenario) == yaml);
    }

    TEST_CASE("the rich fixture loads and round-trips") {
        const auto r = nk::io::loadScenarioFile((kDataDir / "good/rich.yaml").string());
        INFO(listing(r));
        REQUIRE(r.scenario.has_value());
        CHECK(r.diagnostics.items().empty());
        CHECK(r.scenario->scenario.seed == 18446744073709551615ULL);
        CHECK(r.scenario->grid.r_max == 5e9);
        CHECK(r.scenario->programs.at(1).cost_per_participant == 2'500'000);
        CHECK(r.scenario->programs.at(1).sector == "123");
        CHECK(r.scenario->cohorts.at(1).target_group == "perempuan");
        CHECK(r.scenario->scenario.notes == "Two lines\nof notes.\n");
        const auto again = load(nk::io::scenarioToYaml(*r.scenario));
        REQUIRE(again.scenario.has_value());
        CHECK(*again.scenario == *r.scenario);
    }

    TEST_CASE("every file under tests/data/good loads; every file under bad has errors") {
        int good = 0;
        for (const auto& entry : fs::directory_iterator(kDataDir / "good")) {
            CAPTURE(entry.path().string());
            const auto r = nk::io::loadScenarioFile(entry.path().string());
            INFO(listing(r));
            CHECK(r.scenario.has_value());
            ++good;
        }
        int bad = 0;
        for (const auto& entry : fs::directory_iterator(kDataDir / "bad")) {
            CAPTURE(entry.path().string());
            const auto r = nk::io::loadScenarioFile(entry.path().string());
            CHECK_FALSE(r.scenario.has_value());
            CHECK(r.diagnostics.hasErrors());
            ++bad;
        }
        CHECK(good >= 3);
        CHECK(bad >= 4);
    }

    TEST_CASE("every scenario in scenarios/ loads and round-trips") {
        int count = 0;
        for (const fs::path& file : nk::test::scenarioFiles()) {
            CAPTURE(file.string());
            const auto r = nk::io::loadScenarioFile(file.string());
            INFO(listing(r));
            REQUIRE(r.scenario.has_value());
            const auto again = load(nk::io::scenarioToYaml(*r.scenario));
            INFO(listing(again));
            REQUIRE(again.scenario.has_value());
            CHECK(*again.scenario == *r.scenario);
            ++count;
        }
        CHECK(count >= 1); // at least default.yaml
    }

    TEST_CASE("saveScenarioFile writes a file that loads back equal") {
        const fs::path dir = freshTempDir("save");
        const fs::path path = dir / "out.yaml";
        std::string error;
        REQUIRE(nk::io::saveScenarioFile(richScenario(), path.string(), error));
        CHECK(error.empty());
        const auto r = nk::io::loadScenarioFile(path.string());
        REQUIRE(r.scenario.has_value());
        CHECK(*r.scenario == richScenario());
        fs::remove_all(dir);
    }

    TEST_CASE("saving into a directory that does not exist fails with a message") {
        std::string error;
        CHECK_FALSE(nk::io::saveScenarioFile(Scenario{}, "/nonexistent/dir/out.yaml", error));
        CHECK(contains(error, "/nonexistent/dir/out.yaml"));
    }

    TEST_CASE("saving into an unwritable directory fails and leaves the old file intact") {
        const fs::path dir = freshTempDir("readonly");
        const fs::path path = dir / "scenario.yaml";
        const std::string old = "naikkelas: 1\n# the old file\n";
        { std::ofstream(path, std::ios::binary) << old; }
        fs::permissions(dir, fs::perms::owner_read | fs::perms::owner_exec);
        std::string error;
        const bool saved = nk::io::saveScenarioFile(richScenario(), path.string(), error);
        fs::permissions(dir, fs::perms::owner_all);
        if (::geteuid() != 0) { // root writes anyway: the check below covers that case
            CHECK_FALSE(saved);
            CHECK_FALSE(error.empty());
            CHECK(readText(path) == old);
        }
        fs::remove_all(dir);

        // A directory that no one may write, whoever runs the tests: /proc.
        if (fs::exists("/proc/version")) {
            const std::string before = readText("/proc/version");
            error.clear();
            CHECK_FALSE(nk::io::saveScenarioFile(Scenario{}, "/proc/version", error));
            CHECK_FALSE(error.empty());
            CHECK(readText("/proc/version") == before);
        }
    }

} // TEST_SUITE
