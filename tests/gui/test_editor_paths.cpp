// Key paths as diagnostics write them, located in the editor's section, table row and
// field, for every section; and the enclosing paths a focus falls back to.
#include "model/editor_paths.hpp"

#include <doctest/doctest.h>

using nk::gui::EditorLocation;
using nk::gui::EditorSection;
using nk::gui::enclosingPaths;
using nk::gui::locateKeyPath;

namespace {

EditorLocation parsed(const std::string& path) {
    const auto location = locateKeyPath(path);
    INFO(path);
    REQUIRE(location.has_value());
    return *location;
}

} // namespace

TEST_CASE("editor paths: settings keys name their group and field") {
    const struct {
        const char* path;
        const char* group;
        const char* field;
    } cases[] = {
        {"scenario.horizon_months", "scenario", "horizon_months"},
        {"scenario.start", "scenario", "start"},
        {"size_classes.thresholds[1]", "size_classes", "thresholds[1]"},
        {"grid.bins_per_decade", "grid", "bins_per_decade"},
        {"parameters.margin", "parameters", "margin"},
        {"simulation.quantiles[2]", "simulation", "quantiles[2]"},
        {"simulation", "simulation", ""},
    };
    for (const auto& c : cases) {
        const EditorLocation l = parsed(c.path);
        CHECK(l.section == EditorSection::Settings);
        CHECK(l.group == c.group);
        CHECK(l.field == c.field);
        CHECK(l.table.empty());
        CHECK_FALSE(l.row.has_value());
    }
}

TEST_CASE("editor paths: budget fields and the rows of its two tables") {
    CHECK(parsed("budget.envelope") ==
          EditorLocation{EditorSection::Budget, "", "", {}, "envelope"});
    CHECK(parsed("budget") == EditorLocation{EditorSection::Budget, "", "", {}, ""});
    CHECK(parsed("budget.lines[2].amount") ==
          EditorLocation{EditorSection::Budget, "", "budget.lines", 2, "amount"});
    CHECK(parsed("budget.fiscal_years[0].limit") ==
          EditorLocation{EditorSection::Budget, "", "budget.fiscal_years", 0, "limit"});
    CHECK(parsed("budget.fiscal_years[10]") ==
          EditorLocation{EditorSection::Budget, "", "budget.fiscal_years", 10, ""});
}

TEST_CASE("editor paths: list sections give their row and the rest of the path") {
    CHECK(parsed("programs[3].kit") ==
          EditorLocation{EditorSection::Programs, "", "programs", 3, "kit"});
    CHECK(parsed("equipment[0].running_probability") ==
          EditorLocation{EditorSection::Equipment, "", "equipment", 0, "running_probability"});
    CHECK(parsed("clusters[2].equipment[0].units") ==
          EditorLocation{EditorSection::Clusters, "", "clusters", 2, "equipment[0].units"});
    CHECK(parsed("clusters[1].channels[4]") ==
          EditorLocation{EditorSection::Clusters, "", "clusters", 1, "channels[4]"});
    CHECK(parsed("cohorts[0].participants") ==
          EditorLocation{EditorSection::Cohorts, "", "cohorts", 0, "participants"});
    CHECK(parsed("cohorts") == EditorLocation{EditorSection::Cohorts, "", "cohorts", {}, ""});
    CHECK(parsed("plugins[1].params.effect_scale") ==
          EditorLocation{EditorSection::Plugins, "", "plugins", 1, "params.effect_scale"});
    CHECK(parsed("plugins[12].id") ==
          EditorLocation{EditorSection::Plugins, "", "plugins", 12, "id"});
}

TEST_CASE("editor paths: what names no part of the editor is refused") {
    for (const char* bad :
         {"", "naikkelas", "scenarios.title", "cohorts[", "cohorts[]", "cohorts[x]", "cohorts[1",
          "cohorts[1]x", "cohorts.", "budget.lines[a].amount", "programmes[0].id", "cohorts[-1].id",
          "cohorts[0][1]", "budget[0]", "cohorts[blimbing].participants"}) {
        INFO(bad);
        CHECK_FALSE(locateKeyPath(bad).has_value());
    }
}

TEST_CASE("editor paths: enclosing paths go from the field out to the section") {
    CHECK(enclosingPaths("clusters[2].equipment[0].units") ==
          std::vector<std::string>{"clusters[2].equipment[0].units", "clusters[2].equipment[0]",
                                   "clusters[2].equipment", "clusters[2]", "clusters"});
    CHECK(enclosingPaths("plugins[1].params.effect_scale") ==
          std::vector<std::string>{"plugins[1].params.effect_scale", "plugins[1].params",
                                   "plugins[1]", "plugins"});
    CHECK(enclosingPaths("budget") == std::vector<std::string>{"budget"});
    CHECK(enclosingPaths("").empty());
    // An id may hold a dot: the core's key paths keep it in its brackets.
    CHECK(enclosingPaths("cohorts[kab.1].participants") ==
          std::vector<std::string>{"cohorts[kab.1].participants", "cohorts[kab.1]", "cohorts"});
    // Every enclosing path of a parseable path parses into the same section.
    for (const std::string& p : enclosingPaths("budget.lines[2].amount"))
        CHECK(parsed(p).section == EditorSection::Budget);
}
