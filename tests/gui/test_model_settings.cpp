// Settings: round trip, tolerance of corrupt files, the recent-files list.
#include "model/settings.hpp"

#include "temp_dir.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <fstream>

using nk::Language;
using nk::gui::Settings;

TEST_CASE("model: settings round trip through the file") {
    nk::test::TempDir dir;
    const auto path = dir.path / "sub" / "settings.ini";
    const auto recent = (dir.path / "a.yaml").string();
    std::ofstream(recent) << "x";

    Settings s;
    s.language = Language::English;
    s.windowWidth = 1600;
    s.windowHeight = 900;
    s.lastFolder = dir.path.string();
    s.replications = 1000;
    s.addRecentFile(recent);
    std::string error;
    REQUIRE(nk::gui::saveSettings(s, path, error));

    const Settings back = nk::gui::loadSettings(path);
    CHECK(back.language == Language::English);
    CHECK(back.windowWidth == 1600);
    CHECK(back.windowHeight == 900);
    CHECK(back.lastFolder == dir.path.string());
    CHECK(back.replications == 1000);
    REQUIRE(back.recentFiles.size() == 1);
    CHECK(back.recentFiles[0] == recent);
}

TEST_CASE("model: a missing or corrupt settings file gives defaults and keeps going") {
    nk::test::TempDir dir;
    const Settings defaults;
    const Settings missing = nk::gui::loadSettings(dir.path / "none.ini");
    CHECK(missing.language == defaults.language);
    CHECK(missing.windowWidth == defaults.windowWidth);

    const Settings corrupt = nk::gui::parseSettings(
        "\x01\x02garbage without equals\nlanguage = klingon\nwindow_width = -5\n"
        "window_height = 12abc\nreplications = 99999999999999999999\nfuture_key = 1\n"
        "[section]\nwindow_width = 1400\n= \nlanguage=en\n");
    CHECK(corrupt.language == Language::English); // the last valid line wins
    CHECK(corrupt.windowHeight == defaults.windowHeight);
    CHECK(corrupt.replications == defaults.replications);
    CHECK(corrupt.windowWidth == 1400); // a later valid line still counts
}

TEST_CASE("model: recent files: most recent first, no duplicates, at most eight") {
    Settings s;
    for (int i = 0; i < 10; ++i) s.addRecentFile("/f" + std::to_string(i));
    REQUIRE(s.recentFiles.size() == Settings::kMaxRecentFiles);
    CHECK(s.recentFiles.front() == "/f9");
    CHECK(s.recentFiles.back() == "/f2");
    s.addRecentFile("/f5");
    CHECK(s.recentFiles.size() == Settings::kMaxRecentFiles);
    CHECK(s.recentFiles[0] == "/f5");
    CHECK(s.recentFiles[1] == "/f9");
    CHECK(std::count(s.recentFiles.begin(), s.recentFiles.end(), "/f5") == 1);

    const Settings parsed = nk::gui::parseSettings(nk::gui::settingsText(s));
    CHECK(parsed.recentFiles == s.recentFiles); // order kept through the file
}

TEST_CASE("model: recent files that no longer exist are pruned on load") {
    nk::test::TempDir dir;
    const auto kept = (dir.path / "kept.yaml").string();
    std::ofstream(kept) << "x";
    Settings s;
    s.addRecentFile((dir.path / "gone.yaml").string());
    s.addRecentFile(kept);
    std::string error;
    REQUIRE(nk::gui::saveSettings(s, dir.path / "settings.ini", error));
    const Settings back = nk::gui::loadSettings(dir.path / "settings.ini");
    REQUIRE(back.recentFiles.size() == 1);
    CHECK(back.recentFiles[0] == kept);
}
