// Key paths as diagnostics print them and people type them; settings applied through the
// reader, as `naikkelas set` does.
#include "naikkelas/io/scenario_settings.hpp"
#include "naikkelas/scenario/key_path.hpp"

#include <doctest/doctest.h>

using nk::KeyStep;

TEST_SUITE("key path") {

    TEST_CASE("keys, indexes and ids") {
        const auto steps = nk::parseKeyPath("clusters[kabat].equipment[1].units");
        REQUIRE(steps);
        REQUIRE(steps->size() == 5);
        CHECK((*steps)[0] == KeyStep{KeyStep::Kind::Key, "clusters", 0});
        CHECK((*steps)[1] == KeyStep{KeyStep::Kind::Id, "kabat", 0});
        CHECK((*steps)[2] == KeyStep{KeyStep::Kind::Key, "equipment", 0});
        CHECK((*steps)[3] == KeyStep{KeyStep::Kind::Index, "", 1});
        CHECK((*steps)[4] == KeyStep{KeyStep::Kind::Key, "units", 0});
        for (const char* path : {"budget.envelope", "cohorts[0].participants", "cohorts[a_b]",
                                 "plugins[1].params.effect_scale", "naikkelas"})
            CHECK(nk::formatKeyPath(*nk::parseKeyPath(path)) == path);
    }

    TEST_CASE("what is not a key path") {
        for (const char* path : {"", ".", "a.", ".a", "a..b", "[0]", "a[", "a[]", "a[0", "a]",
                                 "a[0]b", "a[[0]]", "a.[0]"})
            CHECK_MESSAGE(!nk::parseKeyPath(path), path);
    }

    TEST_CASE("a setting reads through the reader: defaults, new sections, diagnostics") {
        const std::string text = "naikkelas: 1\n"
                                 "cohorts:\n"
                                 "  - id: a\n"
                                 "    participants: 3\n"
                                 "plugins:\n"
                                 "  - id: shocks\n";
        const auto set = nk::io::loadScenarioWithSettings(text, "x.yaml",
                                                          {{"cohorts[a].participants", "30"},
                                                           {"budget.envelope", "5_000"},
                                                           {"plugins[shocks].start_month", "4"}});
        REQUIRE(set.scenario);
        CHECK(set.scenario->cohorts[0].participants == 30);
        CHECK(set.scenario->budget.envelope == 5'000);
        CHECK(std::get<std::int64_t>(set.scenario->plugins[0].params.at("start_month")) == 4);

        const auto bad =
            nk::io::loadScenarioWithSettings(text, "x.yaml", {{"cohorts[0].participants", "-1"}});
        CHECK_FALSE(bad.scenario);
        REQUIRE_FALSE(bad.diagnostics.items().empty());
        const nk::Diagnostic& d = bad.diagnostics.items().front();
        CHECK(d.file == "x.yaml");
        CHECK(d.path == "cohorts[0].participants");
        CHECK(d.line == 4); // the key's line in the text, not the setting's
    }

    TEST_CASE("parseKeySetting splits at the first =") {
        std::string error;
        const auto s = nk::io::parseKeySetting("scenario.title=a=b", error);
        REQUIRE(s);
        CHECK(s->path == "scenario.title");
        CHECK(s->value == "a=b");
        CHECK_FALSE(nk::io::parseKeySetting("title", error));
        CHECK_FALSE(nk::io::parseKeySetting("=1", error));
        CHECK_FALSE(error.empty());
    }
}
