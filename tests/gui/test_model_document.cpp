// The document: undo and redo, gestures, the dirty flag, bounded history, save and open.
#include "model/document.hpp"

#include "temp_dir.hpp"

#include "naikkelas/io/scenario_yaml.hpp"

#include <doctest/doctest.h>

#include <fstream>
#include <string>
#include <vector>

using nk::Scenario;
using nk::gui::Document;

namespace {

void setHorizon(Document& doc, int months) {
    doc.edit("horizon", "scenario.horizon_months",
             [=](Scenario& s) { s.scenario.horizon_months = months; });
}

void setTitle(Document& doc, const std::string& title) {
    doc.edit("title", "scenario.title", [=](Scenario& s) { s.scenario.title = title; });
}

} // namespace

TEST_CASE("model: a new document is the default scenario, untitled and clean") {
    Document doc;
    CHECK(doc.path().empty());
    CHECK(doc.displayName() == "untitled.yaml");
    CHECK_FALSE(doc.dirty());
    CHECK_FALSE(doc.canUndo());
    CHECK_FALSE(doc.canRedo());
    CHECK_FALSE(doc.scenario().cohorts.empty());
    CHECK(doc.positions() != nullptr);
}

TEST_CASE("model: undo and redo go back and forth in order with their labels") {
    Document doc;
    const int original = doc.scenario().scenario.horizon_months;
    setHorizon(doc, 36);
    setTitle(doc, "Uji");
    CHECK(doc.undoLabel() == "title");
    CHECK(doc.redoLabel().empty());

    REQUIRE(doc.undo());
    CHECK(doc.scenario().scenario.title != "Uji");
    CHECK(doc.scenario().scenario.horizon_months == 36);
    CHECK(doc.undoLabel() == "horizon");
    CHECK(doc.redoLabel() == "title");

    REQUIRE(doc.undo());
    CHECK(doc.scenario().scenario.horizon_months == original);
    CHECK_FALSE(doc.canUndo());
    CHECK_FALSE(doc.undo());
    CHECK(doc.redoLabel() == "horizon");

    REQUIRE(doc.redo());
    REQUIRE(doc.redo());
    CHECK(doc.scenario().scenario.horizon_months == 36);
    CHECK(doc.scenario().scenario.title == "Uji");
    CHECK_FALSE(doc.redo());

    SUBCASE("a new edit after undo drops the redo steps") {
        doc.undo();
        setHorizon(doc, 48);
        CHECK_FALSE(doc.canRedo());
        CHECK(doc.undoLabel() == "horizon");
    }
}

TEST_CASE("model: an edit that changes nothing adds no undo step") {
    Document doc;
    setHorizon(doc, doc.scenario().scenario.horizon_months);
    CHECK_FALSE(doc.canUndo());
    CHECK_FALSE(doc.dirty());
}

TEST_CASE("model: a gesture coalesces edits of one key into one undo step") {
    Document doc;
    const int original = doc.scenario().scenario.horizon_months;
    doc.beginGesture();
    for (int m = 30; m <= 40; ++m) setHorizon(doc, m);
    doc.endGesture();
    CHECK(doc.undoCount() == 1);
    CHECK(doc.scenario().scenario.horizon_months == 40);
    REQUIRE(doc.undo());
    CHECK(doc.scenario().scenario.horizon_months == original);

    SUBCASE("other keys within a gesture, or edits outside one, stay separate") {
        doc.beginGesture();
        setHorizon(doc, 30);
        setTitle(doc, "a");
        setHorizon(doc, 31);
        doc.endGesture();
        CHECK(doc.undoCount() == 3);
        setHorizon(doc, 32);
        setHorizon(doc, 33);
        CHECK(doc.undoCount() == 5);
    }
    SUBCASE("two gestures on the same key are two steps") {
        doc.beginGesture();
        setHorizon(doc, 30);
        doc.endGesture();
        doc.beginGesture();
        setHorizon(doc, 31);
        doc.endGesture();
        CHECK(doc.undoCount() == 2);
    }
}

TEST_CASE("model: undo back to the saved state makes the document clean again") {
    nk::test::TempDir dir;
    Document doc;
    std::string error;
    setHorizon(doc, 36);
    REQUIRE(doc.saveAs((dir.path / "a.yaml").string(), error));
    CHECK_FALSE(doc.dirty());
    setHorizon(doc, 48);
    CHECK(doc.dirty());
    doc.undo();
    CHECK_FALSE(doc.dirty());
    doc.undo(); // before the save: dirty
    CHECK(doc.dirty());
    doc.redo();
    CHECK_FALSE(doc.dirty());
    doc.redo();
    CHECK(doc.dirty());
}

TEST_CASE("model: the undo history is bounded") {
    Document doc;
    doc.setHistoryLimit(5);
    for (int m = 20; m < 32; ++m) setHorizon(doc, m);
    CHECK(doc.undoCount() == 5);
    while (doc.undo()) {
    }
    CHECK(doc.scenario().scenario.horizon_months == 26); // the oldest five are gone
    CHECK(Document::kDefaultHistoryLimit == 200);
}

TEST_CASE("model: save and open round trip in a folder") {
    nk::test::TempDir dir;
    const std::string path = (dir.path / "program.yaml").string();
    Document doc;
    std::string error;
    CHECK_FALSE(doc.save(error)); // untitled: Save As first
    CHECK_FALSE(error.empty());
    setTitle(doc, "Pelatihan kue");
    REQUIRE(doc.saveAs(path, error));
    CHECK(doc.path() == path);
    CHECK(doc.displayName() == "program.yaml");

    Document other;
    const auto opened = other.open(path);
    REQUIRE(opened.ok);
    CHECK(other.scenario() == doc.scenario());
    CHECK_FALSE(other.dirty());
    CHECK_FALSE(other.canUndo());

    setHorizon(other, 24);
    REQUIRE(other.save(error));
    CHECK_FALSE(other.dirty());
    const auto reread = nk::io::loadScenarioFile(path);
    REQUIRE(reread.scenario);
    CHECK(reread.scenario->scenario.horizon_months == 24);
}

namespace {

// A file with three problems of reading: a value that is no number, a misspelt key (so
// the required `participants` is missing too).
constexpr const char* kBrokenFile = R"(naikkelas: 1
scenario:
  id: repair_me
  horizon_months: 36
programs:
  - id: training
    cost_per_participant: 1 juta
cohorts:
  - id: batch1
    participnts: 25
    program: training
)";

std::string writeFile(const nk::test::TempDir& dir, const std::string& name,
                      const std::string& text) {
    const std::string path = (dir.path / name).string();
    std::ofstream(path) << text;
    return path;
}

std::vector<std::string> problemPaths(const Document& doc) {
    std::vector<std::string> out;
    for (const auto& d : doc.readProblems().items()) out.push_back(d.path);
    return out;
}

} // namespace

TEST_CASE("model: a file with errors opens for repair under its own name, every problem kept") {
    nk::test::TempDir dir;
    const std::string path = writeFile(dir, "broken.yaml", kBrokenFile);
    Document doc;
    setTitle(doc, "before");
    const auto result = doc.open(path);
    CHECK(result.ok);
    CHECK(result.repair);
    CHECK(doc.path() == path);
    CHECK(doc.displayName() == "broken.yaml");
    CHECK(doc.scenario().scenario.id == "repair_me"); // the file's, not the default
    CHECK(doc.scenario().scenario.horizon_months == 36);
    CHECK_FALSE(doc.dirty());
    CHECK_FALSE(doc.canUndo());
    CHECK(problemPaths(doc) == std::vector<std::string>{"programs[0].cost_per_participant",
                                                        "cohorts[0].participants",
                                                        "cohorts[0].participnts"});
    for (const auto& d : doc.readProblems().items()) {
        CHECK(d.file == path);
        CHECK(d.line > 0);
    }
}

TEST_CASE("model: an edit of a problem's key settles it; other edits do not; undo brings it back") {
    nk::test::TempDir dir;
    Document doc;
    REQUIRE(doc.open(writeFile(dir, "broken.yaml", kBrokenFile)).repair);
    setTitle(doc, "a title"); // elsewhere: nothing settled
    CHECK(doc.readProblems().items().size() == 3);
    doc.edit("name", "programs[0].name", [](Scenario& s) { s.programs[0].name = "Pelatihan"; });
    CHECK(doc.readProblems().items().size() == 3); // a sibling is not the key
    // Typing the very value the key fell back to still settles it.
    const auto fallback = doc.scenario().programs[0].cost_per_participant;
    doc.edit("cost", "programs[0].cost_per_participant",
             [=](Scenario& s) { s.programs[0].cost_per_participant = fallback; });
    CHECK(problemPaths(doc) ==
          std::vector<std::string>{"cohorts[0].participants", "cohorts[0].participnts"});
    CHECK(doc.undoLabel() == "cost");
    // The misspelt key has no field: an edit in its entry settles it, as does the missing
    // key's own field.
    doc.edit("participants", "cohorts[0].participants",
             [](Scenario& s) { s.cohorts[0].participants = 25; });
    CHECK(doc.readProblems().items().empty());
    CHECK(doc.undo());
    CHECK(doc.readProblems().items().size() == 2);
    CHECK(doc.undo());
    CHECK(doc.readProblems().items().size() == 3);
    CHECK(doc.redo());
    CHECK(doc.redo());
    CHECK(doc.readProblems().items().empty());
}

TEST_CASE("model: removing a section settles the problems inside it; a new document has none") {
    nk::test::TempDir dir;
    Document doc;
    REQUIRE(doc.open(writeFile(dir, "broken.yaml", kBrokenFile)).repair);
    doc.edit("cohorts", "cohorts", [](Scenario& s) { s.cohorts.clear(); });
    CHECK(problemPaths(doc) == std::vector<std::string>{"programs[0].cost_per_participant"});
    doc.newDocument();
    CHECK(doc.readProblems().items().empty());
    CHECK(doc.displayName() == "untitled.yaml");
}

TEST_CASE("model: saving a document under repair keeps its problems, located in the new file") {
    nk::test::TempDir dir;
    Document doc;
    REQUIRE(doc.open(writeFile(dir, "broken.yaml", kBrokenFile)).repair);
    const std::string saved = (dir.path / "saved.yaml").string();
    std::string error;
    REQUIRE(doc.saveAs(saved, error));
    REQUIRE(doc.readProblems().items().size() == 3);
    const auto& first = doc.readProblems().items()[0];
    CHECK(first.file == saved);
    // The line of cost_per_participant in the saved text.
    std::ifstream in(saved);
    int line = 0, found = 0;
    for (std::string text; std::getline(in, text);) {
        ++line;
        if (text.find("cost_per_participant:") != std::string::npos) found = line;
    }
    CHECK(first.line == found);
}

TEST_CASE("model: a file that is no scenario at all keeps the document and says why") {
    nk::test::TempDir dir;
    Document doc;
    setTitle(doc, "kept");
    for (const std::string& text :
         {std::string("this is { not YAML\n  - at: [all\n"), std::string("- a\n- list\n"),
          std::string("naikkelas: 2\nscenario: {}\n"), std::string("\x01\x02binary")}) {
        const std::string path = writeFile(dir, "not_yaml.yaml", text);
        const auto result = doc.open(path);
        CHECK_FALSE(result.ok);
        CHECK(result.diagnostics.hasErrors());
        CHECK(result.diagnostics.items()[0].file == path);
        CHECK(doc.scenario().scenario.title == "kept");
        CHECK(doc.path().empty());
        CHECK(doc.canUndo());
    }
    const auto missing = doc.open((dir.path / "nothing.yaml").string());
    CHECK_FALSE(missing.ok);
    CHECK(missing.diagnostics.hasErrors());
}

TEST_CASE("model: a failed save leaves the document dirty") {
    nk::test::TempDir dir;
    Document doc;
    setTitle(doc, "x");
    std::string error;
    CHECK_FALSE(doc.saveAs((dir.path / "no" / "such" / "folder.yaml").string(), error));
    CHECK_FALSE(error.empty());
    CHECK(doc.dirty());
    CHECK(doc.path().empty());
}

TEST_CASE("model: saving a file keeps its comments and layout; a new document is written whole") {
    nk::test::TempDir dir;
    const std::string path = (dir.path / "commented.yaml").string();
    const std::string original = "# Our program, with notes\n"
                                 "naikkelas: 1\n"
                                 "scenario:\n"
                                 "  horizon_months: 36  # five years is too long here\n"
                                 "  umk_monthly: 3_194_144  # UMK 2023\n";
    {
        std::ofstream out(path, std::ios::binary);
        out << original;
    }
    Document doc;
    REQUIRE(doc.open(path).ok);
    setHorizon(doc, 48);
    std::string error;
    REQUIRE(doc.save(error));
    std::string expected = original;
    expected.replace(expected.find("36"), 2, "48");
    CHECK(nk::test::readAll(path) == expected);
    // The saved text is the new original: a second edit keeps the first one's line.
    setTitle(doc, "Kue");
    REQUIRE(doc.save(error));
    const std::string twice = nk::test::readAll(path);
    CHECK(twice.find("  horizon_months: 48  # five years is too long here\n") != std::string::npos);
    CHECK(twice.find("# Our program, with notes\n") == 0);
    CHECK(nk::io::loadScenarioFile(path).scenario == doc.scenario());

    Document fresh;
    setTitle(fresh, "Baru");
    const std::string freshPath = (dir.path / "fresh.yaml").string();
    REQUIRE(fresh.saveAs(freshPath, error));
    CHECK(nk::test::readAll(freshPath) == nk::io::scenarioToYaml(fresh.scenario()));
}
