// The preserving writer on the real scenario files: an edit changes only its own lines,
// entries come and go with their comments, and the text reads back as the edit.
#include "naikkelas/io/atomic_file.hpp"
#include "naikkelas/io/scenario_preserving.hpp"
#include "naikkelas/io/scenario_yaml.hpp"
#include "text_lines.hpp"

#include "scenario_files.hpp"
#include "temp_dir.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

using nk::Scenario;
namespace fs = std::filesystem;

using nk::test::linesOf;

namespace {

const fs::path kGoodDir = fs::path(__FILE__).parent_path().parent_path() / "data" / "good";

std::string readText(const fs::path& path) {
    std::string text;
    std::string error;
    REQUIRE_MESSAGE(nk::io::readFile(path.string(), text, error, 1 << 22), error);
    return text;
}

Scenario loadText(const std::string& text) {
    const auto loaded = nk::io::loadScenarioText(text, "test.yaml");
    REQUIRE(loaded.scenario);
    return *loaded.scenario;
}

// The lines `after` has in place of `before`'s, once the common head and tail are set
// aside: what a diff shows as one hunk.
struct Hunk {
    std::vector<std::string> removed;
    std::vector<std::string> added;
};

Hunk hunkOf(const std::string& before, const std::string& after) {
    const auto a = linesOf(before);
    const auto b = linesOf(after);
    std::size_t head = 0;
    while (head < a.size() && head < b.size() && a[head] == b[head]) ++head;
    std::size_t tail = 0;
    while (tail < a.size() - head && tail < b.size() - head &&
           a[a.size() - 1 - tail] == b[b.size() - 1 - tail])
        ++tail;
    return {{a.begin() + static_cast<long>(head), a.end() - static_cast<long>(tail)},
            {b.begin() + static_cast<long>(head), b.end() - static_cast<long>(tail)}};
}

std::string commentOf(const std::string& line) {
    const std::size_t hash = line.find(" #");
    return hash == std::string::npos ? std::string() : line.substr(hash);
}

// Writes with the preserving writer; the text must keep the layout and read back as
// the edited scenario.
std::string preserved(const std::string& original, const Scenario& edited) {
    const nk::io::PreservingWrite written = nk::io::writeScenarioPreserving(original, edited);
    CHECK_MESSAGE(written.rewriteReason.empty(), written.rewriteReason);
    CHECK(loadText(written.text) == edited);
    return written.text;
}

bool contains(const std::vector<std::string>& lines, const std::string& part) {
    return std::any_of(lines.begin(), lines.end(),
                       [&](const std::string& l) { return l.find(part) != std::string::npos; });
}

std::string crlf(const std::string& text) {
    std::string out;
    for (const char c : text) out += c == '\n' ? std::string("\r\n") : std::string(1, c);
    return out;
}

} // namespace

TEST_SUITE("scenario preserving writer") {

    TEST_CASE("a round trip with no change gives the original bytes") {
        auto files = nk::test::scenarioFiles();
        for (const auto& entry : fs::directory_iterator(kGoodDir)) files.push_back(entry.path());
        for (const auto& file : files) {
            CAPTURE(file);
            const std::string text = readText(file);
            const nk::io::PreservingWrite written =
                nk::io::writeScenarioPreserving(text, loadText(text));
            CHECK(written.rewriteReason.empty());
            CHECK(written.text == text);
        }
    }

    TEST_CASE("one changed value rewrites only its line, comment kept") {
        for (const auto& file : nk::test::scenarioFiles()) {
            CAPTURE(file);
            const std::string text = readText(file);
            Scenario edited = loadText(text);
            edited.parameters.volatility_monthly = 0.123;
            const Hunk hunk = hunkOf(text, preserved(text, edited));
            REQUIRE(hunk.removed.size() == 1);
            REQUIRE(hunk.added.size() == 1);
            CHECK(hunk.removed[0].find("volatility_monthly:") != std::string::npos);
            CHECK(hunk.added[0].find("volatility_monthly: 0.123") != std::string::npos);
            CHECK(commentOf(hunk.added[0]) == commentOf(hunk.removed[0]));

            Scenario more = loadText(text);
            REQUIRE_FALSE(more.cohorts.empty());
            more.cohorts.back().participants += 11;
            const Hunk cohort = hunkOf(text, preserved(text, more));
            REQUIRE(cohort.added.size() == 1);
            CHECK(cohort.added[0].find("participants: " +
                                       std::to_string(more.cohorts.back().participants)) !=
                  std::string::npos);
            CHECK(commentOf(cohort.added[0]) == commentOf(cohort.removed[0]));
        }
    }

    TEST_CASE("unchanged numbers keep their spelling; a changed one is written plainly") {
        const std::string text = readText(nk::test::scenarioFiles()[1]); // 001 Malang
        REQUIRE(text.find("micro_bands: [60_000_000, 300_000_000]") != std::string::npos);
        Scenario edited = loadText(text);
        edited.size_classes.micro_bands.back() = 400'000'000;
        const std::string out = preserved(text, edited);
        CHECK(out.find("micro_bands: [60_000_000, 400000000]  # assumption") != std::string::npos);
        CHECK(out.find("envelope: 1_000_000_000") != std::string::npos);
    }

    TEST_CASE("quoted and folded text keep their style") {
        const std::string text = readText(nk::test::scenarioFiles()[1]);
        Scenario edited = loadText(text);
        edited.scenario.title = "Kota Malang: a new title";
        edited.scenario.notes = "First paragraph.\nSecond one.";
        const std::string out = preserved(text, edited);
        CHECK(out.find("title: \"Kota Malang: a new title\"\n") != std::string::npos);
        CHECK(out.find("notes: >-\n    First paragraph.\n\n    Second one.\n  region:") !=
              std::string::npos);
    }

    TEST_CASE("adding a cohort inserts its lines in the file's style and nothing else") {
        for (const auto& file : nk::test::scenarioFiles()) {
            CAPTURE(file);
            const std::string text = readText(file);
            Scenario edited = loadText(text);
            REQUIRE_FALSE(edited.cohorts.empty());
            nk::Cohort added = edited.cohorts.front();
            added.id = "added_cohort";
            added.participants += 17;
            edited.cohorts.insert(edited.cohorts.begin() + 1, added);
            const Hunk hunk = hunkOf(text, preserved(text, edited));
            CHECK(hunk.removed.empty());
            REQUIRE_FALSE(hunk.added.empty());
            CHECK(hunk.added.front() == "  - id: added_cohort");
            CHECK(contains(hunk.added, "    participants: " + std::to_string(added.participants)));
            CHECK_FALSE(contains(hunk.added, "#"));
        }
    }

    TEST_CASE("removing a cohort cuts its lines with their comments and nothing else") {
        for (const auto& file : nk::test::scenarioFiles()) {
            CAPTURE(file);
            const std::string text = readText(file);
            Scenario edited = loadText(text);
            if (edited.cohorts.size() < 2) continue;
            const std::string gone = edited.cohorts[1].id;
            const std::string next = edited.cohorts.size() > 2 ? edited.cohorts[2].id : "";
            edited.cohorts.erase(edited.cohorts.begin() + 1);
            const Hunk hunk = hunkOf(text, preserved(text, edited));
            CHECK(hunk.added.empty());
            REQUIRE_FALSE(hunk.removed.empty());
            CHECK(contains(hunk.removed, "- id: " + gone));
            CHECK(contains(hunk.removed, "#")); // its comments went with it
            if (!next.empty()) CHECK_FALSE(contains(hunk.removed, "- id: " + next));
        }
    }

    TEST_CASE("the last cohort removed leaves an empty list, the key's comment kept") {
        const std::string text = "naikkelas: 1\n"
                                 "cohorts:  # who is trained\n"
                                 "  # the only one\n"
                                 "  - id: a  # first\n"
                                 "    participants: 3\n"
                                 "simulation:\n"
                                 "  mode: expected\n";
        Scenario edited = loadText(text);
        edited.cohorts.clear();
        CHECK(preserved(text, edited) == "naikkelas: 1\n"
                                         "cohorts: []  # who is trained\n"
                                         "simulation:\n"
                                         "  mode: expected\n");
    }

    TEST_CASE("reordered cohorts move with their comments") {
        const std::string text = readText(nk::test::scenarioFiles()[1]);
        Scenario edited = loadText(text);
        std::reverse(edited.cohorts.begin(), edited.cohorts.end());
        const std::string out = preserved(text, edited);
        CHECK(out.find("  - id: sukun\n    participants: 26  # article 001") != std::string::npos);
        CHECK(out.find("  - id: sukun") < out.find("  - id: blimbing"));
        CHECK(linesOf(out).size() == linesOf(text).size());
    }

    TEST_CASE("a key the original leaves out is added only when its value changes") {
        const std::string text = "# smallest\nnaikkelas: 1\n"
                                 "cohorts:\n"
                                 "  - id: a\n"
                                 "    participants: 30\n";
        Scenario edited = loadText(text);
        edited.cohorts[0].kube_size = 4;
        edited.budget.envelope = 5'000'000;
        CHECK(preserved(text, edited) == "# smallest\nnaikkelas: 1\n"
                                         "cohorts:\n"
                                         "  - id: a\n"
                                         "    participants: 30\n"
                                         "    kube_size: 4\n"
                                         "budget:\n"
                                         "  envelope: 5000000\n");
    }

    TEST_CASE("an empty list gets block entries; a flow list stays on its line") {
        const std::string text = readText(nk::test::scenarioFiles()[0]); // 000: equipment: []
        REQUIRE(text.find("equipment: []  # the article") != std::string::npos);
        Scenario edited = loadText(text);
        nk::Equipment mixer;
        mixer.id = "mixer";
        mixer.unit_cost = 1'500'000;
        edited.equipment.push_back(mixer);
        edited.clusters[0].channels.push_back("pasar_umkm");
        const std::string out = preserved(text, edited);
        CHECK(out.find("equipment:  # the article mentions no equipment handed over\n"
                       "  - id: mixer\n    name: \"\"\n") != std::string::npos);
        CHECK(out.find("channels: [offtake, pasar_umkm]  # article 000") != std::string::npos);
    }

    TEST_CASE("plugin parameters are added and removed as lines") {
        const std::string text = readText(kGoodDir / "rich.yaml");
        Scenario edited = loadText(text);
        REQUIRE(edited.plugins[0].params.count("count"));
        edited.plugins[0].params.erase("count");
        edited.plugins[0].params["zeta"] = 2.5;
        const Hunk hunk = hunkOf(text, preserved(text, edited));
        CHECK(hunk.removed == std::vector<std::string>{"      count: 3"});
        CHECK(contains(hunk.added, "      zeta: 2.5"));
    }

    TEST_CASE("Windows line ends are kept") {
        const std::string text = crlf(readText(nk::test::scenarioFiles()[1]));
        Scenario edited = loadText(text);
        edited.cohorts[0].participants = 99;
        nk::Cohort added = edited.cohorts[0];
        added.id = "crlf_cohort";
        edited.cohorts.push_back(added);
        const std::string out = preserved(text, edited);
        CHECK(out.find("participants: 99  # article 001") != std::string::npos);
        CHECK(out.find("  - id: crlf_cohort\r\n    participants: 99\r\n") != std::string::npos);
        CHECK(std::count(out.begin(), out.end(), '\n') == std::count(out.begin(), out.end(), '\r'));
    }

    TEST_CASE("what cannot be kept falls back to the full writer, with the reason") {
        const std::string unreadable = "naikkelas: [";
        const Scenario s = loadText(readText(nk::test::scenarioFiles()[1]));
        const auto fromBroken = nk::io::writeScenarioPreserving(unreadable, s);
        CHECK_FALSE(fromBroken.rewriteReason.empty());
        CHECK(fromBroken.text == nk::io::scenarioToYaml(s));
        // rich.yaml's alias of a removed cohort's anchor cannot stay.
        const std::string rich = readText(kGoodDir / "rich.yaml");
        Scenario edited = loadText(rich);
        edited.cohorts.erase(edited.cohorts.begin());
        const auto withAlias = nk::io::writeScenarioPreserving(rich, edited);
        CHECK_FALSE(withAlias.rewriteReason.empty());
        CHECK(loadText(withAlias.text) == edited);
    }

    TEST_CASE("saveScenarioPreserving writes the kept text by write-then-rename") {
        nk::test::TempDir dir;
        const fs::path path = dir.path / "saved.yaml";
        const std::string text = readText(nk::test::scenarioFiles()[2]);
        Scenario edited = loadText(text);
        edited.budget.envelope += 1;
        std::string error;
        REQUIRE(nk::io::saveScenarioPreserving(text, edited, path.string(), error));
        CHECK(readText(path) == nk::io::writeScenarioPreserving(text, edited).text);
        CHECK(hunkOf(text, readText(path)).added.size() == 1);
        CHECK_FALSE(nk::io::saveScenarioPreserving(text, edited, "/nonexistent/dir/x.yaml", error));
        CHECK_FALSE(error.empty());
    }
}
