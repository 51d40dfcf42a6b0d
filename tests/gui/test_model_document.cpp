// The document: undo and redo, gestures, the dirty flag, bounded history, save and open.
#include "model/document.hpp"

#include "temp_dir.hpp"

#include "naikkelas/io/scenario_yaml.hpp"

#include <doctest/doctest.h>

#include <fstream>

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

TEST_CASE("model: opening a broken file keeps the document and returns located diagnostics") {
    nk::test::TempDir dir;
    const std::string path = (dir.path / "broken.yaml").string();
    {
        std::ofstream out(path);
        out << "naikkelas: 1\nscenario:\n  id: x\n  horizon_months: many\n";
    }
    Document doc;
    setTitle(doc, "kept");
    const auto result = doc.open(path);
    CHECK_FALSE(result.ok);
    REQUIRE(result.diagnostics.hasErrors());
    bool located = false;
    for (const auto& d : result.diagnostics.items())
        if (d.severity == nk::Severity::Error && d.line == 4 && d.file == path &&
            d.path == "scenario.horizon_months")
            located = true;
    CHECK(located);
    CHECK(doc.scenario().scenario.title == "kept");
    CHECK(doc.path().empty());
    CHECK(doc.canUndo());

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
