// Follow-up survey files (calibration/followup_data.hpp): a good file reads row by row;
// each kind of bad row is refused at its line, naming the column and what is valid.
#include "test_scenarios.hpp"

#include "naikkelas/calibration/followup_data.hpp"

#include <doctest/doctest.h>

#include <string>

using nk::calibration::parseFollowup;

namespace {

nk::Scenario twoCohorts() {
    nk::Scenario s = nk::test::smallScenario(26); // cohort c1, horizon 24
    nk::test::addLateCohort(s, 6);
    return s;
}

// The single error of `text` (after the header line), which must be the only one.
nk::Diagnostic onlyError(const std::string& body) {
    const auto data = parseFollowup("cohort,month,surveyed,running,sales_median,at_umk\n" + body,
                                    "follow.csv", twoCohorts());
    REQUIRE(data.diagnostics.items().size() == 1);
    return data.diagnostics.items().front();
}

} // namespace

TEST_CASE("a follow-up file reads its rows, skipping comments and blank lines") {
    const auto data = parseFollowup("# synthetic\ncohort, month, surveyed, running, sales_q25, "
                                    "sales_median, sales_q75, at_umk\n"
                                    "c1,12,26,15,1_800_000,3_200_000,5000000,6\n\n"
                                    "late,12,20,4,,,,\n"
                                    "total,24,40,20,,2500000,,\n",
                                    "follow.csv", twoCohorts());
    CHECK_FALSE(data.diagnostics.hasErrors());
    REQUIRE(data.rows.size() == 3);
    CHECK(data.rows[0].line == 3);
    CHECK(data.rows[0].cohort == "c1");
    CHECK(data.rows[0].month == 12);
    CHECK(data.rows[0].surveyed == 26);
    CHECK(data.rows[0].running == 15);
    CHECK(*data.rows[0].salesQ25 == 1'800'000);
    CHECK(*data.rows[0].salesMedian == 3'200'000);
    CHECK(*data.rows[0].salesQ75 == 5'000'000);
    CHECK(*data.rows[0].atUmk == 6);
    CHECK_FALSE(data.rows[1].salesMedian);
    CHECK_FALSE(data.rows[1].atUmk);
    CHECK(data.rows[2].cohort == "total");
    CHECK(data.rows[2].line == 6);
}

TEST_CASE("bad follow-up rows are refused at their line, column and with what is valid") {
    SUBCASE("an unknown cohort, with a suggestion") {
        const auto d = onlyError("c2,12,26,15,,\n");
        CHECK(d.file == "follow.csv");
        CHECK(d.line == 2);
        CHECK(d.column == 1);
        CHECK(d.path == "cohort");
        CHECK(d.hint.find("c1") != std::string::npos);
    }
    SUBCASE("running above surveyed") {
        const auto d = onlyError("c1,12,26,15,,\nc1,24,20,21,,\n");
        CHECK(d.line == 3);
        CHECK(d.path == "running");
        CHECK(d.column == 10);
        CHECK(d.hint == "0 to the 20 surveyed");
    }
    SUBCASE("more surveyed than the cohort's participants") {
        const auto d = onlyError("c1,12,27,15,,\n");
        CHECK(d.path == "surveyed");
        CHECK(d.hint.find("26 participants") != std::string::npos);
    }
    SUBCASE("a month before the cohort entered or past the horizon") {
        CHECK(onlyError("late,3,10,1,,\n").path == "month");
        const auto d = onlyError("c1,25,10,1,,\n");
        CHECK(d.path == "month");
        CHECK(d.hint.find("horizon 24") != std::string::npos);
    }
    SUBCASE("a count that is not a whole number") {
        const auto d = onlyError("c1,12,26,15.5,,\n");
        CHECK(d.path == "running");
        CHECK(d.message.find("15.5") != std::string::npos);
    }
    SUBCASE("sales that are not an amount, or out of order") {
        CHECK(onlyError("c1,12,26,15,tiga juta,\n").path == "sales_median");
        const auto data = parseFollowup("cohort,month,surveyed,running,sales_q25,sales_median\n"
                                        "c1,12,26,15,4000000,3000000\n",
                                        "follow.csv", twoCohorts());
        REQUIRE(data.diagnostics.items().size() == 1);
        CHECK(data.diagnostics.items()[0].path == "sales_median");
        CHECK(data.diagnostics.items()[0].hint == "sales_q25 <= sales_median <= sales_q75");
    }
    SUBCASE("at_umk above surveyed") {
        CHECK(onlyError("c1,12,26,15,,27\n").path == "at_umk");
    }
    SUBCASE("a required value left empty") {
        const auto d = onlyError("c1,12,,15,,\n");
        CHECK(d.path == "surveyed");
        CHECK(d.message == "is empty");
    }
    SUBCASE("the same cohort and month twice") {
        const auto d = onlyError("c1,12,26,15,,\nc1,12,20,10,,\n");
        CHECK(d.line == 3);
        CHECK(d.message.find("line 2") != std::string::npos);
    }
}

TEST_CASE("a bad header is refused at its line") {
    const auto data =
        parseFollowup("cohort,month,surveyd,running\nc1,12,26,15\n", "f.csv", twoCohorts());
    REQUIRE(data.diagnostics.hasErrors());
    const auto& items = data.diagnostics.items();
    CHECK(items[0].line == 1);
    CHECK(items[0].path == "surveyd");
    CHECK(items[0].hint == "did you mean `surveyed`?");
    CHECK(data.rows.empty());
    CHECK(parseFollowup("", "f.csv", twoCohorts()).diagnostics.hasErrors());
    CHECK(parseFollowup("cohort,month,surveyed,running\n", "f.csv", twoCohorts())
              .diagnostics.hasErrors());
}
