// What the report's Assumptions section reads from a scenario file's own comments
// (issue 17): `# article ...` cites a source, `# assumption: ...` states a guess, each
// with the line it is on.
#include "report/scenario_comments.hpp"

#include <doctest/doctest.h>

using nk::gui::report::scenarioComments;

TEST_CASE("scenario comments: cited and assumed settings with their line numbers") {
    const auto c = scenarioComments("naikkelas: 1\n"
                                    "programs:\n"
                                    "  - id: kue  # article 001: \"26 per kecamatan\"\n"
                                    "    unit_cost: 2_500_000   # assumption: from a quote\n"
                                    "    months: 6 # assumption no colon\n"
                                    "    note: \"# article inside quotes\"\n"
                                    "    other: 1 # a plain comment\n"
                                    "    url: a#article\n");
    REQUIRE(c.cited.size() == 1);
    CHECK(c.cited[0].line == 3);
    CHECK(c.cited[0].setting == "id: kue");
    CHECK(c.cited[0].note == "article 001: \"26 per kecamatan\"");
    REQUIRE(c.assumed.size() == 2);
    CHECK(c.assumed[0].line == 4);
    CHECK(c.assumed[0].setting == "unit_cost: 2_500_000");
    CHECK(c.assumed[0].note == "from a quote");
    CHECK(c.assumed[1].line == 5);
    CHECK(c.assumed[1].note == "no colon");
}

TEST_CASE("scenario comments: Windows line ends and no comments at all") {
    const auto c = scenarioComments("a: 1 # assumption: guessed\r\nb: 2\r\n");
    REQUIRE(c.assumed.size() == 1);
    CHECK(c.assumed[0].setting == "a: 1");
    CHECK(c.assumed[0].note == "guessed");
    CHECK(c.cited.empty());
    CHECK(scenarioComments("a: 1\nb: 2").assumed.empty());
}
