// A save that cannot keep the file's comments and layout says so in the status line, in
// the user's language, with why: each reason the preserving writer gives is translated
// (its technical detail follows as written); through the app, a file whose alias loses
// its anchor is saved whole and the status says so; a save that keeps the layout says
// nothing.
#include "model/save_notice.hpp"

#include "app_harness.hpp"
#include "temp_dir.hpp"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <string>

using nk::Language;
using nk::gui::savedWholeNotice;
using nk::gui::test::AppHarness;

namespace {

bool contains(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

} // namespace

TEST_CASE("save notice: every reason of the preserving writer, in both languages") {
    const char* reasons[] = {
        "the original text does not read as a scenario",
        "the original's layout could not be followed: a removed key shares its line",
        "the changes to the original overlap",
        "the original's layout did not read back as the edits",
        "the original could not be followed: bad anchor",
    };
    for (const char* reason : reasons) {
        INFO(std::string(reason));
        const nk::gui::StatusText notice = savedWholeNotice(reason);
        const std::string id = notice.text(Language::Indonesian);
        const std::string en = notice.text(Language::English);
        CHECK(contains(id, "tanpa komentar dan tata letak berkas"));
        CHECK(contains(en, "without the file's comments and layout"));
        // The kind is in words; the English reason is not repeated whole in Indonesian.
        CHECK_FALSE(contains(id, reason));
        CHECK_FALSE(notice.error); // the file was saved
    }
    CHECK(savedWholeNotice(reasons[1]).detail == "(a removed key shares its line).");
    CHECK(savedWholeNotice(reasons[0]).detail.empty());
    // A reason this app does not know yet is shown as the core gives it.
    CHECK(contains(savedWholeNotice("something new").text(Language::Indonesian), "something new"));
}

TEST_CASE("save notice: the app says when a save wrote the file whole, and not otherwise") {
    AppHarness harness;
    nk::gui::AppState& app = harness.app();
    const std::filesystem::path path = harness.home() / "rich.yaml";
    std::filesystem::copy_file(std::filesystem::path(NK_SCENARIO_DIR).parent_path() / "tests" /
                                   "data" / "good" / "rich.yaml",
                               path);
    REQUIRE(app.open(path.string()));
    // The first cohort holds the anchor that a later cohort's alias names.
    app.edit("remove cohort", "cohorts",
             [](nk::Scenario& s) { s.cohorts.erase(s.cohorts.begin()); });
    REQUIRE(app.save());
    CHECK_FALSE(app.document().rewriteReason().empty());
    for (const Language language : {Language::Indonesian, Language::English}) {
        app.settings().language = language;
        const std::string status = app.status().text(language);
        CHECK(contains(status, language == Language::Indonesian ? "tanpa komentar"
                                                                : "without the file's comments"));
    }
    // The whole text is now the file's: the next save keeps it, and the notice goes.
    app.edit("title", "scenario.title", [](nk::Scenario& s) { s.scenario.title = "Kue"; });
    REQUIRE(app.save());
    CHECK(app.document().rewriteReason().empty());
    CHECK(app.status().empty());
}
