// Autosave: written when dirty after the interval and not before, removed once saved,
// and listed for recovery at the next start. Time is passed in: no sleeping.
#include "model/autosave.hpp"

#include "temp_dir.hpp"

#include <doctest/doctest.h>

#include <chrono>
#include <filesystem>
#include <fstream>

using namespace std::chrono_literals;
using nk::Scenario;
using nk::gui::Autosaver;
using nk::gui::Document;

namespace {

void setTitle(Document& doc, const std::string& title) {
    doc.edit("title", "scenario.title", [=](Scenario& s) { s.scenario.title = title; });
}

} // namespace

TEST_CASE("model: autosave is written when dirty after the interval, not before") {
    nk::test::TempDir dir;
    Autosaver autosaver(dir.path / "autosave", 30s, "s1");
    Document doc;
    const auto t0 = nk::gui::AutosaveClock::now();
    std::string error;

    CHECK_FALSE(autosaver.tick(doc, t0, error)); // clean: nothing to keep
    CHECK_FALSE(std::filesystem::exists(autosaver.fileFor(doc)));

    setTitle(doc, "first");
    CHECK_FALSE(autosaver.tick(doc, t0, error));
    CHECK_FALSE(autosaver.tick(doc, t0 + 29s, error));
    CHECK_FALSE(std::filesystem::exists(autosaver.fileFor(doc)));
    CHECK(autosaver.tick(doc, t0 + 30s, error));
    CHECK(error.empty());
    const auto file = autosaver.fileFor(doc);
    REQUIRE(std::filesystem::exists(file));
    CHECK(file.filename().string() == "untitled-s1.autosave.yaml");
    CHECK(nk::test::readAll(file).find("first") != std::string::npos);
    CHECK_FALSE(autosaver.tick(doc, t0 + 90s, error)); // nothing new since

    // Steady editing is still autosaved every interval, counted from the first change.
    setTitle(doc, "second");
    CHECK_FALSE(autosaver.tick(doc, t0 + 100s, error));
    setTitle(doc, "third");
    CHECK_FALSE(autosaver.tick(doc, t0 + 120s, error));
    CHECK(autosaver.tick(doc, t0 + 130s, error));
    CHECK(nk::test::readAll(file).find("third") != std::string::npos);

    // The autosave is a scenario file: it loads back into a document, dirty.
    const auto listed = nk::gui::listRecoverable(dir.path / "autosave");
    REQUIRE(listed.size() == 1);
    std::string text;
    REQUIRE(nk::gui::readAutosave(listed[0], text, error));
    Document recovered;
    REQUIRE(recovered.recover(text, listed[0].originalPath).ok);
    CHECK(recovered.scenario() == doc.scenario());
    CHECK(recovered.dirty());
    CHECK(recovered.path().empty());
}

TEST_CASE("model: autosave is removed after a save and when the document is clean") {
    nk::test::TempDir dir;
    Autosaver autosaver(dir.path / "autosave", 5s, "s1");
    Document doc;
    const auto t0 = nk::gui::AutosaveClock::now();
    std::string error;
    setTitle(doc, "x");
    autosaver.tick(doc, t0, error);
    REQUIRE(autosaver.tick(doc, t0 + 5s, error));
    const auto untitled = autosaver.fileFor(doc);
    REQUIRE(std::filesystem::exists(untitled));

    SUBCASE("save: the next tick removes it") {
        REQUIRE(doc.saveAs((dir.path / "a.yaml").string(), error));
        CHECK_FALSE(autosaver.tick(doc, t0 + 6s, error));
        CHECK_FALSE(std::filesystem::exists(untitled));
        CHECK(nk::gui::listRecoverable(dir.path / "autosave").empty());
    }
    SUBCASE("undo back to the saved state") {
        doc.undo();
        autosaver.tick(doc, t0 + 6s, error);
        CHECK_FALSE(std::filesystem::exists(untitled));
    }
    SUBCASE("discard on a clean close") {
        autosaver.discard();
        CHECK_FALSE(std::filesystem::exists(untitled));
    }
    SUBCASE("after Save As elsewhere and a new edit, only the new name's autosave is left") {
        REQUIRE(doc.saveAs((dir.path / "b.yaml").string(), error));
        setTitle(doc, "y");
        autosaver.tick(doc, t0 + 10s, error);
        REQUIRE(autosaver.tick(doc, t0 + 15s, error));
        CHECK_FALSE(std::filesystem::exists(untitled));
        CHECK(std::filesystem::exists(autosaver.fileFor(doc)));
        CHECK(autosaver.fileFor(doc).filename().string().starts_with("b-"));
    }
}

TEST_CASE("model: recovery lists autosaves newer than their file, or untitled") {
    nk::test::TempDir dir;
    const auto folder = dir.path / "autosave";
    std::string error;
    const auto t0 = nk::gui::AutosaveClock::now();

    Document untitled;
    setTitle(untitled, "u");
    Autosaver a1(folder, 1s, "s1");
    a1.tick(untitled, t0, error);
    REQUIRE(a1.tick(untitled, t0 + 1s, error));

    Document newer; // saved, then edited and autosaved (a crash before the next save)
    const std::string newerPath = (dir.path / "newer.yaml").string();
    REQUIRE(newer.saveAs(newerPath, error));
    setTitle(newer, "n");
    Autosaver a2(folder, 1s, "s2");
    a2.tick(newer, t0, error);
    REQUIRE(a2.tick(newer, t0 + 1s, error));

    Document older; // autosaved, then the file was saved again later by another means
    const std::string olderPath = (dir.path / "older.yaml").string();
    REQUIRE(older.saveAs(olderPath, error));
    setTitle(older, "o");
    Autosaver a3(folder, 1s, "s3");
    a3.tick(older, t0, error);
    REQUIRE(a3.tick(older, t0 + 1s, error));

    // Make the order of modification times certain whatever the file system's resolution.
    const auto now = std::filesystem::file_time_type::clock::now();
    std::filesystem::last_write_time(newerPath, now - 1h);
    std::filesystem::last_write_time(a2.fileFor(newer), now - 1min);
    std::filesystem::last_write_time(a3.fileFor(older), now - 1h);
    std::filesystem::last_write_time(olderPath, now - 1min);

    // A stray file does not disturb the listing.
    std::ofstream(folder / "notes.txt") << "x";

    const auto listed = nk::gui::listRecoverable(folder);
    REQUIRE(listed.size() == 2);
    bool sawUntitled = false, sawNewer = false;
    for (const auto& r : listed) {
        if (r.originalPath.empty()) sawUntitled = true;
        if (r.originalPath == newerPath) sawNewer = true;
        CHECK(r.savedAt.size() == 20); // 2025-01-01T00:00:00Z
    }
    CHECK(sawUntitled);
    CHECK(sawNewer);

    SUBCASE("the original is gone: still offered") {
        std::filesystem::remove(olderPath);
        CHECK(nk::gui::listRecoverable(folder).size() == 3);
    }
    CHECK(nk::gui::listRecoverable(dir.path / "missing").empty());
}
