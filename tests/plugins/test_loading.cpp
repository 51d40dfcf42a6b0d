// Loading plugin modules and what happens when one misbehaves: the faulty fixtures of
// tests/plugins/fixtures (each breaks one rule of plugin_api.h) must be refused with a
// message naming the file, or stop a run with a message naming the plugin, cohort and
// month, never crash. The assertions look for the facts a user needs (file, id, versions,
// cohort, month), not for exact wording.
#include "plugin_runs.hpp"
#include "test_scenarios.hpp"

#include "naikkelas/io/sha256.hpp"
#include "naikkelas/registry/plugin_registry.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <set>
#include <string>
#include <vector>

using namespace nk;

namespace {

std::string fixturePath(const std::string& name) {
    return std::string(NK_FIXTURE_DIR) + "/" + name + ".so";
}

bool contains(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

std::string lower(std::string text) {
    for (char& c : text)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return text;
}

// "major.minor", built from the numbers so that the tests follow the header.
std::string abi(int major, int minor) {
    return std::to_string(major) + "." + std::to_string(minor);
}

bool isDigit(char c) {
    return c >= '0' && c <= '9';
}

// "month 3", "month: 3", "month t = 3": the word, a few non-digits, then exactly n.
// (A small matcher instead of std::regex, which g++ 12 under ASan warns about.)
bool mentionsMonth(const std::string& text, int n) {
    const std::string lowered = lower(text), number = std::to_string(n);
    for (std::size_t at = lowered.find("month"); at != std::string::npos;
         at = lowered.find("month", at + 1)) {
        std::size_t pos = at + 5;
        while (pos < lowered.size() && pos < at + 11 && !isDigit(lowered[pos])) ++pos;
        const std::size_t end = pos + number.size();
        if (lowered.compare(pos, number.size(), number) == 0 &&
            (end >= lowered.size() || !isDigit(lowered[end])))
            return true;
    }
    return false;
}

constexpr RunMode kModes[] = {RunMode::Expected, RunMode::MonteCarlo};

// Loads a fixture that must be refused; returns the message, which must name the file.
std::string refusal(const std::string& name) {
    PluginRegistry registry;
    std::string error;
    CHECK_FALSE(registry.loadFile(fixturePath(name), error));
    CHECK(registry.modules().empty());
    INFO(error);
    CHECK(contains(error, name + ".so"));
    return error;
}

// The fixtures that load (and misbehave later), loaded once.
const PluginRegistry& goodFixtures() {
    static const PluginRegistry* registry = [] {
        auto* r = new PluginRegistry();
        for (const char* name :
             {"refuses", "nan_modifier", "throws", "abi_1_0", "future_minor", "seed_echo"}) {
            std::string error;
            if (!r->loadFile(fixturePath(name), error)) FAIL_CHECK(error);
        }
        return r;
    }();
    return *registry;
}

Scenario withPlugin(const std::string& id, std::map<std::string, ParamValue> params = {}) {
    Scenario s = test::smallScenario();
    s.plugins.push_back({id, std::move(params)});
    return s;
}

} // namespace

TEST_CASE("loading: a module without nk_plugin_entry is refused naming the symbol") {
    const std::string error = refusal("no_entry");
    CHECK(contains(error, NK_ENTRY_SYMBOL));
}

TEST_CASE("loading: a module for another ABI major is refused with both versions") {
    const std::string error = refusal("abi_major");
    INFO(error);
    CHECK(contains(error, abi(NK_ABI_MAJOR + 1, NK_ABI_MINOR)));
    CHECK(contains(error, abi(NK_ABI_MAJOR, NK_ABI_MINOR)));
}

TEST_CASE("loading: a module for a newer ABI minor is refused with both versions") {
    const std::string error = refusal("abi_minor_newer");
    INFO(error);
    CHECK(contains(error, abi(NK_ABI_MAJOR, NK_ABI_MINOR + 1)));
    CHECK(contains(error, abi(NK_ABI_MAJOR, NK_ABI_MINOR)));
}

TEST_CASE("loading: malformed descriptions and non-modules are refused naming the file") {
    // The file's name is the check: how the problem is worded may change, not which file.
    SUBCASE("no create function") {
        CHECK(contains(refusal("null_functions"), "create"));
    }
    SUBCASE("struct_size too small for the functions") {
        refusal("tiny_struct");
    }
    SUBCASE("a parameter without a name") {
        refusal("bad_param_decl");
    }
    SUBCASE("a choice list with a null entry") {
        CHECK(contains(refusal("null_choice"), "pick"));
    }
    SUBCASE("a choice whose default is not among its choices") {
        CHECK(contains(refusal("default_not_a_choice"), "pick"));
    }
    SUBCASE("a number whose default is out of its range") {
        CHECK(contains(refusal("default_out_of_range"), "share"));
    }
    SUBCASE("an integer whose default is NaN") {
        CHECK(contains(refusal("nan_integer_default"), "months"));
    }
    SUBCASE("a text file named .so") {
        refusal("not_a_module");
    }
    SUBCASE("a file that does not exist") {
        refusal("no_such_module");
    }
}

TEST_CASE("loading: a folder loads the good modules and notes each bad one") {
    PluginRegistry registry;
    registry.loadFolder(NK_FIXTURE_DIR);

    std::set<std::string> ids;
    for (const auto& m : registry.modules()) ids.insert(m->id);
    CHECK(ids == std::set<std::string>{"fixture_abi_1_0", "fixture_future_minor",
                                       "fixture_nan_modifier", "fixture_refuses",
                                       "fixture_seed_echo", "fixture_throws"});

    std::string all;
    for (const auto& p : registry.problems()) all += p + "\n";
    INFO(all);
    CHECK(registry.problems().size() == 11);
    CHECK(registry.shadowed().empty());
    for (const char* bad : {"no_entry", "abi_major", "abi_minor_newer", "null_functions",
                            "tiny_struct", "bad_param_decl", "null_choice", "default_not_a_choice",
                            "default_out_of_range", "nan_integer_default", "not_a_module"})
        CHECK(contains(all, std::string(bad) + ".so"));
}

TEST_CASE("loading: a missing folder is no error") {
    PluginRegistry registry;
    registry.loadFolder(std::string(NK_FIXTURE_DIR) + "/no_such_folder");
    CHECK(registry.modules().empty());
    CHECK(registry.problems().empty());
}

TEST_CASE("loading: a loaded module records id, version, ABI and file digest") {
    // A builtin and a fixture: both are built by naikkelas_add_plugin like a third party's.
    for (const std::string& path :
         {std::string(NK_PLUGIN_DIR) + "/cohort_outcomes.so", fixturePath("refuses")}) {
        CAPTURE(path);
        PluginRegistry registry;
        std::string error;
        REQUIRE_MESSAGE(registry.loadFile(path, error), error);
        REQUIRE(registry.modules().size() == 1);
        const PluginModule& m = *registry.modules().front();
        CHECK(m.path == path);
        CHECK(m.plugin != nullptr);
        CHECK_FALSE(m.id.empty());
        CHECK_FALSE(m.version.empty());
        CHECK(m.abi == abi(NK_ABI_MAJOR, NK_ABI_MINOR)); // built with this header
        CHECK(registry.find(m.id) == &m);
        CHECK(registry.find("no_such_plugin") == nullptr);

        std::string expected, readError;
        REQUIRE(io::sha256File(path, expected, readError));
        CHECK(m.sha256.size() == 64);
        CHECK(m.sha256 == expected);
    }
}

TEST_CASE("loading: the same id twice is refused and the first stays") {
    PluginRegistry registry;
    std::string error;
    REQUIRE(registry.loadFile(fixturePath("refuses"), error));
    CHECK_FALSE(registry.loadFile(fixturePath("refuses"), error));
    INFO(error);
    CHECK(contains(error, "fixture_refuses"));
    CHECK(contains(error, "refuses.so"));
    CHECK(registry.modules().size() == 1);

    // A folder holding an id already loaded skips it with a note, not as a failure:
    // earlier folders win.
    registry.loadFolder(NK_FIXTURE_DIR);
    CHECK(std::count_if(registry.modules().begin(), registry.modules().end(),
                        [](const auto& m) { return m->id == "fixture_refuses"; }) == 1);
    REQUIRE(registry.shadowed().size() == 1);
    CHECK(contains(registry.shadowed().front(), "fixture_refuses"));
    std::string problems;
    for (const auto& p : registry.problems()) problems += p + "\n";
    CHECK_FALSE(contains(problems, "fixture_refuses"));
}

TEST_CASE("loading: search path is given folders, then NAIKKELAS_PLUGIN_PATH, then the "
          "executable's") {
    namespace fs = std::filesystem;
    auto normal = [](const std::vector<std::string>& dirs) {
        std::vector<std::string> out;
        for (const auto& d : dirs) out.push_back(fs::path(d).lexically_normal().string());
        return out;
    };
    const std::vector<std::string> tail = {"/opt/nk/bin/plugins", "/opt/nk/lib/naikkelas/plugins"};

    std::vector<std::string> expected = {"/given/a", "/given/b", "/env/c", "/env/d"};
    expected.insert(expected.end(), tail.begin(), tail.end());
    CHECK(normal(pluginSearchPath({"/given/a", "/given/b"}, "/env/c:/env/d", "/opt/nk/bin")) ==
          expected);

    expected = {"/given/a"};
    expected.insert(expected.end(), tail.begin(), tail.end());
    CHECK(normal(pluginSearchPath({"/given/a"}, nullptr, "/opt/nk/bin")) == expected);

    // The running test's own folder, as /proc/self/exe gives it.
    CHECK(fs::path(executableDir()) == fs::canonical("/proc/self/exe").parent_path());
}

TEST_CASE("loading: a plugin that refuses to create stops the run with its message") {
    const test::PluginRun run =
        test::tryRunWithPlugins(withPlugin("fixture_refuses"), goodFixtures());
    INFO(run.error);
    CHECK_FALSE(run.ok);
    CHECK(contains(run.error, "fixture_refuses"));
    CHECK(contains(run.error, "needs at least one cluster"));
}

TEST_CASE("loading: a NaN modifier stops the run naming plugin, cohort, month and arm") {
    for (const RunMode mode : kModes) {
        CAPTURE(static_cast<int>(mode));
        const test::PluginRun run =
            test::tryRunWithPlugins(withPlugin("fixture_nan_modifier"), goodFixtures(), mode, 4);
        INFO(run.error);
        CHECK_FALSE(run.ok);
        CHECK(contains(run.error, "fixture_nan_modifier"));
        CHECK(contains(run.error, "c1"));
        CHECK(mentionsMonth(run.error, 3));
        CHECK(contains(lower(run.error), "program")); // only the program arm gets NaN
    }
}

TEST_CASE("loading: an exception in a plugin stops the run with its message") {
    for (const RunMode mode : kModes) {
        CAPTURE(static_cast<int>(mode));
        const test::PluginRun run =
            test::tryRunWithPlugins(withPlugin("fixture_throws"), goodFixtures(), mode, 4);
        INFO(run.error);
        CHECK_FALSE(run.ok);
        CHECK(contains(run.error, "fixture_throws"));
        CHECK(contains(run.error, "c1"));
        CHECK(mentionsMonth(run.error, 2));
        CHECK(contains(run.error, "boom in modifiers"));
    }
}

TEST_CASE("loading: parameters reach the module") {
    // Throwing after the horizon: the run completes, so the value was passed through.
    const test::PluginRun run = test::tryRunWithPlugins(
        withPlugin("fixture_throws", {{"throw_month", std::int64_t{500}}}), goodFixtures());
    INFO(run.error);
    CHECK(run.ok);
}

TEST_CASE("loading: a scenario naming a plugin that is not installed does not run") {
    const test::PluginRun run =
        test::tryRunWithPlugins(withPlugin("arisan_tidak_ada"), goodFixtures());
    INFO(run.error);
    CHECK_FALSE(run.ok);
    CHECK(contains(run.error, "arisan_tidak_ada"));
    CHECK((contains(lower(run.error), "not installed") || contains(lower(run.error), "not found")));
}

TEST_CASE("loading: parameters are checked against the module's declarations") {
    SUBCASE("unknown name, with a suggestion") {
        const test::PluginRun run = test::tryRunWithPlugins(
            withPlugin("fixture_throws", {{"throw_mnth", std::int64_t{3}}}), goodFixtures());
        INFO(run.error);
        CHECK_FALSE(run.ok);
        CHECK(contains(run.error, "throw_mnth"));
        CHECK(contains(run.error, "did you mean"));
        CHECK(contains(run.error, "throw_month"));
    }
    SUBCASE("out of the declared range") {
        const test::PluginRun run = test::tryRunWithPlugins(
            withPlugin("fixture_throws", {{"throw_month", std::int64_t{-5}}}), goodFixtures());
        INFO(run.error);
        CHECK_FALSE(run.ok);
        CHECK(contains(run.error, "throw_month"));
    }
    SUBCASE("text where an integer is declared") {
        const test::PluginRun run = test::tryRunWithPlugins(
            withPlugin("fixture_throws", {{"throw_month", std::string("two")}}), goodFixtures());
        INFO(run.error);
        CHECK_FALSE(run.ok);
        CHECK(contains(run.error, "throw_month"));
    }
}

TEST_CASE("loading: a module built against ABI 1.0 loads and reads its month views in 1.0's "
          "layout") {
    // Five cohorts: a host that gave it 1.1's 24-byte group states would make it read the
    // wrong counts from the second group on.
    Scenario s = test::scenarioFile("001_malang_cookies_2023.yaml");
    s.plugins = {PluginUse{"fixture_abi_1_0", {}}};
    for (std::size_t c = 0; c < s.cohorts.size(); ++c) s.cohorts[c].entry_month = int(c) * 3;
    const PluginModule* module = goodFixtures().find("fixture_abi_1_0");
    REQUIRE(module);
    CHECK(module->abi == abi(1, 0));
    CHECK(module->plugin->compatibility_minimum == 0);
    for (const RunMode mode : kModes) {
        CAPTURE(static_cast<int>(mode));
        const test::PluginRun run = test::tryRunWithPlugins(s, goodFixtures(), mode, 8);
        INFO(run.error);
        REQUIRE(run.ok);
        for (const Arm arm : {Arm::Program, Arm::Baseline}) {
            const SeriesBand* seen = run.results.find(arm, "total", "fixture_abi_1_0:active");
            const SeriesBand* active = run.results.find(arm, "total", "active");
            REQUIRE(seen);
            REQUIRE(active);
            for (std::size_t t = 0; t < active->mean.size(); ++t)
                CHECK(seen->mean[t] == doctest::Approx(active->mean[t]));
        }
    }
}

TEST_CASE("loading: a module of a newer minor with a compatibility_minimum this host meets "
          "loads, its larger declarations read by their struct_size") {
    const PluginModule* module = goodFixtures().find("fixture_future_minor");
    REQUIRE(module);
    CHECK(module->abi == abi(NK_ABI_MAJOR, NK_ABI_MINOR + 1));
    // The registry's copy is in this host's layout.
    REQUIRE(module->plugin->param_count == 2);
    CHECK(module->plugin->params[1].struct_size == sizeof(nk_param_decl));
    CHECK(std::string(module->plugin->params[1].name) == "second");
    CHECK(module->plugin->params[1].default_number == 2.0);
    REQUIRE(module->plugin->series_count == 1);
    CHECK(std::string(module->plugin->series[0].name) == "second");

    const test::PluginRun run = test::tryRunWithPlugins(
        withPlugin("fixture_future_minor", {{"second", std::int64_t{5}}}), goodFixtures());
    INFO(run.error);
    REQUIRE(run.ok);
    const SeriesBand* echo = run.results.find(Arm::Program, "total", "fixture_future_minor:second");
    REQUIRE(echo);
    CHECK(echo->mean[0] == 5.0);
    const SeriesBand* cost = run.results.find(Arm::Program, "total", "cost:fixture");
    REQUIRE(cost);
    CHECK(cost->mean[0] == 1000.0);
}

TEST_CASE("loading: the planning instance sees the seed of the expected-mode run") {
    for (const std::uint64_t seed : {std::uint64_t{7}, std::uint64_t{20230106}}) {
        CAPTURE(seed);
        Scenario s = withPlugin("fixture_seed_echo");
        s.scenario.seed = 20230106; // the binding plans at the scenario's seed
        const test::PluginRun run =
            test::tryRunWithPlugins(s, goodFixtures(), RunMode::Expected, 0, seed);
        INFO(run.error);
        REQUIRE(run.ok);
        const SeriesBand* draw = run.results.find(Arm::Program, "total", "fixture_seed_echo:draw");
        const SeriesBand* cost = run.results.find(Arm::Program, "total", "cost:fixture");
        REQUIRE(draw);
        REQUIRE(cost);
        CHECK(draw->mean[0] > 0.0);
        CHECK(cost->mean[0] == draw->mean[0]);
    }
}
