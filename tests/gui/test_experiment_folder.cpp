// What the report reads from an explore folder (issue 17): points.csv, sensitivity.csv
// and, for a frontier design, frontier.csv in preference to points.csv; a broken file
// is refused with its name, line and what is wrong.
#include "report/experiment_folder.hpp"

#include "temp_dir.hpp"

#include <doctest/doctest.h>

#include <fstream>
#include <string>

using nk::gui::report::ExperimentResults;
using nk::gui::report::readExperimentFolder;

namespace {

void write(const std::filesystem::path& path, const std::string& text) {
    std::ofstream(path, std::ios::binary) << text;
}

const char* kPoints = "point,cohorts[*].participants,additional_active,cost_discounted\n"
                      "0,10,5,100\n"
                      "1,20,12,200\n"
                      "2,30,11,300\n"
                      "3,40,20,250\n";

} // namespace

TEST_CASE("experiment folder: the frontier computed from points.csv, cheapest first") {
    nk::test::TempDir dir;
    write(dir.path / "points.csv", kPoints);
    ExperimentResults e;
    std::string error;
    REQUIRE(readExperimentFolder(dir.path.string(), e, error));
    CHECK(e.pointCount == 4);
    CHECK(e.outcome == "additional_active");
    CHECK(e.sensitivity.empty());
    REQUIRE(e.frontier.size() == 4);
    const std::size_t order[] = {0, 1, 3, 2};
    const bool efficient[] = {true, true, true, false};
    for (std::size_t i = 0; i < 4; ++i) {
        CHECK(e.frontier[i].plan.point == order[i]);
        CHECK(e.frontier[i].plan.efficient == efficient[i]);
    }
    CHECK(e.frontier[2].plan.cost == 250.0);
    CHECK(e.frontier[2].plan.outcome == 20.0);
    REQUIRE(e.frontier[2].factors.size() == 1);
    CHECK(e.frontier[2].factors[0].first == "cohorts[*].participants");
    CHECK(e.frontier[2].factors[0].second == 40.0);
}

TEST_CASE("experiment folder: frontier.csv is read in preference, with its own outcome") {
    nk::test::TempDir dir;
    write(dir.path / "points.csv", kPoints);
    write(dir.path / "frontier.csv",
          "point,cohorts[*].participants,cost_discounted,additional_at_umk,efficient,hull\n"
          "2,30,300,9,1,1\n"
          "0,10,100,1,1,1\n"
          "1,20,200,3,0,0\n");
    ExperimentResults e;
    std::string error;
    REQUIRE(readExperimentFolder(dir.path.string(), e, error));
    CHECK(e.pointCount == 4);
    CHECK(e.outcome == "additional_at_umk");
    REQUIRE(e.frontier.size() == 3);
    CHECK(e.frontier[0].plan.point == 0);
    CHECK(e.frontier[1].plan.point == 1);
    CHECK_FALSE(e.frontier[1].plan.efficient);
    CHECK(e.frontier[2].plan.point == 2);
    CHECK(e.frontier[2].plan.hull);
    CHECK(e.frontier[2].plan.outcome == 9.0);
    CHECK(e.frontier[2].factors.at(0).second == 30.0);
}

TEST_CASE("experiment folder: sensitivity.csv rows") {
    nk::test::TempDir dir;
    write(dir.path / "points.csv", kPoints);
    write(dir.path / "sensitivity.csv", "design,factor,indicator,measure,value\n"
                                        "oat,cohorts[*].participants,additional_active,"
                                        "swing_low,-3.5\n");
    ExperimentResults e;
    std::string error;
    REQUIRE(readExperimentFolder(dir.path.string(), e, error));
    REQUIRE(e.sensitivity.size() == 1);
    CHECK(e.sensitivity[0].design == "oat");
    CHECK(e.sensitivity[0].measure == "swing_low");
    CHECK(e.sensitivity[0].value == -3.5);
}

TEST_CASE("experiment folder: a missing or broken file is refused by name and line") {
    nk::test::TempDir dir;
    ExperimentResults e;
    std::string error;
    const std::string points = (dir.path / "points.csv").string();
    CHECK_FALSE(readExperimentFolder(dir.path.string(), e, error));
    CHECK(error == points + ": not found; --experiment takes the folder `naikkelas explore` wrote");

    write(points, "point,a.b,cost_discounted\n0,1,2\n1,x,3\n");
    CHECK_FALSE(readExperimentFolder(dir.path.string(), e, error));
    CHECK(error == points + ":3: expected 3 numbers, as the header names");

    write(points, "factor,a.b\n");
    CHECK_FALSE(readExperimentFolder(dir.path.string(), e, error));
    CHECK(error == points + ": the first line must be the header, starting with `point`");

    write(points, kPoints);
    const std::string frontier = (dir.path / "frontier.csv").string();
    write(frontier, "point,a.b,cost_discounted,additional_active,efficient\n0,1,2,3,1\n");
    CHECK_FALSE(readExperimentFolder(dir.path.string(), e, error));
    CHECK(error ==
          frontier + ": the header must end with cost_discounted, the outcome, efficient, hull");
    write(frontier, "point,a.b,cost_discounted,additional_active,efficient,hull\n0,1,2,3,1\n");
    CHECK_FALSE(readExperimentFolder(dir.path.string(), e, error));
    CHECK(error == frontier + ":2: expected 6 numbers, as the header names");

    std::filesystem::remove(frontier);
    write(dir.path / "sensitivity.csv", "design,factor,indicator,measure\n");
    CHECK_FALSE(readExperimentFolder(dir.path.string(), e, error));
    CHECK(error.find("sensitivity.csv: the first line must be design,factor,indicator,measure,"
                     "value") != std::string::npos);
}
