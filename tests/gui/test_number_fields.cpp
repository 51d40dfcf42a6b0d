// Amounts and counts typed into the editor (issue 11): the reading of each form in both
// languages (model/number_entry), then through the real widgets of the editor drawn
// headless, with typed text and Enter: "1 juta" participants are a million, "-5" and
// "1,5" are refused in red and never applied, "1.500.000" rupiah is 1.5 million in
// Indonesian, every accepted value is one undo step, Escape and a refused text leave
// the scenario as it was.
#include "model/number_entry.hpp"
#include "panels/editor_panel.hpp"

#include "app_harness.hpp"

#include <doctest/doctest.h>

#include <string>

using nk::InputRange;
using nk::Language;
using nk::gui::NumberKind;
using nk::gui::readNumber;
using nk::gui::test::AppHarness;

namespace {

constexpr InputRange kParticipants = {1, 100'000'000};

std::optional<std::int64_t> amount(const char* text, Language language) {
    return readNumber(NumberKind::Amount, text, language, nk::kRupiahInputRange).value;
}

std::optional<std::int64_t> count(const char* text, Language language) {
    return readNumber(NumberKind::Count, text, language, kParticipants).value;
}

// The editor in a left pane, with keys and typed text going to its focused field.
struct Editor {
    AppHarness harness{ImVec2(1280.0f, 720.0f)};
    nk::gui::AppState& app = harness.app();
    nk::gui::EditorPanel panel;

    void frames(int n) {
        for (int i = 0; i < n; ++i) {
            const auto snapshot = app.runs().snapshot();
            harness.imgui().paneFrame(420.0f, [&] { panel.draw(app, *snapshot); });
        }
    }
    void press(ImGuiKey_ key) {
        harness.imgui().key(key, true);
        frames(1);
        harness.imgui().key(key, false);
        frames(1);
    }
    // Goes to the field (which takes the keyboard, its text selected) and types `text`.
    void typeInto(const std::string& keyPath, const char* text) {
        panel.focus(keyPath);
        frames(3);
        REQUIRE(panel.focusTarget() == keyPath);
        harness.imgui().type(text);
        frames(1);
    }
    void enter(const std::string& keyPath, const char* text) {
        typeInto(keyPath, text);
        press(ImGuiKey_Enter);
    }
    const nk::Scenario& scenario() const { return app.document().scenario(); }
};

} // namespace

TEST_CASE("number entry: amounts in both languages, as people write them") {
    for (const Language l : {Language::Indonesian, Language::English}) {
        CHECK(amount("1.500.000", l) == 1'500'000); // one reading only: groups of three
        CHECK(amount("1,500,000", l) == 1'500'000);
        CHECK(amount("Rp 1.250.000", l) == 1'250'000);
        CHECK(amount("1 juta", l) == 1'000'000);
        CHECK(amount("40 jt", l) == 40'000'000);
        CHECK_FALSE(amount("satu juta", l));
        CHECK_FALSE(amount("-5", l));
    }
    CHECK(amount("1,5 juta", Language::Indonesian) == 1'500'000);
    CHECK(amount("Rp 2 M", Language::Indonesian) == 2'000'000'000);
    CHECK(amount("1.5 million", Language::English) == 1'500'000);
    CHECK(amount("2 billion", Language::English) == 2'000'000'000);
    CHECK_FALSE(amount("Rp 1,5", Language::Indonesian)); // a fraction of a rupiah
    CHECK_FALSE(amount("2 M", Language::English));       // million or miliar?

    // The field shows the value in the user's style, which reads back as the value.
    for (const Language l : {Language::Indonesian, Language::English}) {
        const std::string shown = nk::gui::numberText(NumberKind::Amount, 1'250'000, l);
        CHECK(amount(shown.c_str(), l) == 1'250'000);
    }
    CHECK(nk::gui::numberText(NumberKind::Amount, 1'250'000, Language::Indonesian) ==
          "Rp 1.250.000");
}

TEST_CASE("number entry: counts take scale words but no fraction, sign or currency") {
    for (const Language l : {Language::Indonesian, Language::English}) {
        CHECK(count("25", l) == 25);
        CHECK(count("1 juta", l) == 1'000'000);
        CHECK(count("2 ribu", l) == 2'000);
        CHECK_FALSE(count("-5", l));
        CHECK_FALSE(count("Rp 25", l));
        CHECK_FALSE(count("0", l)); // below the range
        CHECK_FALSE(count("200 juta", l));
    }
    CHECK(count("1.500", Language::Indonesian) == 1'500);
    CHECK(count("1,500", Language::English) == 1'500);
    CHECK_FALSE(count("1,5", Language::Indonesian));
    CHECK_FALSE(count("2.5", Language::English));
    CHECK(count("1,5 ribu", Language::Indonesian) == 1'500);
}

TEST_CASE("number entry: the preview says the value in words, the refusal why") {
    const auto r =
        readNumber(NumberKind::Amount, "1,5 juta", Language::Indonesian, nk::kRupiahInputRange);
    CHECK(r.preview == "= Rp 1,5 juta");
    CHECK(r.problem.empty());
    // Words that round carry the exact amount as well.
    const auto exact =
        readNumber(NumberKind::Amount, "1.234.567", Language::Indonesian, nk::kRupiahInputRange);
    CHECK(exact.preview == "= Rp 1,23 juta (Rp 1.234.567)");
    const auto refused = readNumber(NumberKind::Count, "-5", Language::English, kParticipants);
    CHECK_FALSE(refused.value);
    CHECK(refused.preview.empty());
    CHECK_FALSE(refused.problem.empty());
    CHECK(readNumber(NumberKind::Count, "-5", Language::Indonesian, kParticipants).problem !=
          refused.problem);
}

TEST_CASE("number fields: participants typed in the editor, both languages") {
    for (const Language l : {Language::Indonesian, Language::English}) {
        INFO(nk::languageCode(l));
        Editor e;
        e.app.settings().language = l;
        e.harness.openScenario("001_malang_cookies_2023.yaml");
        e.frames(2);
        const std::string path = "cohorts[0].participants";
        const int before = e.scenario().cohorts[0].participants;
        const std::size_t steps = e.app.document().undoCount();

        e.enter(path, "1 juta");
        CHECK(e.scenario().cohorts[0].participants == 1'000'000);
        CHECK(e.app.document().undoCount() == steps + 1);
        CHECK(e.panel.numberDraft().keyPath().empty());

        // Refused: red with its reason, kept in the field, never applied.
        for (const char* bad :
             {"-5", "lima", l == Language::Indonesian ? "2,5" : "2.5", "200 juta"}) {
            INFO(std::string(bad));
            e.enter(path, bad);
            CHECK(e.scenario().cohorts[0].participants == 1'000'000);
            CHECK(e.app.document().undoCount() == steps + 1);
            REQUIRE(e.panel.numberDraft().holds(path));
            CHECK(e.panel.numberDraft().text() == bad);
            CHECK_FALSE(e.panel.numberDraft().reading(l).problem.empty());
        }
        // Corrected in place: applied, one more step.
        e.enter(path, l == Language::Indonesian ? "1.500" : "1,500");
        CHECK(e.scenario().cohorts[0].participants == 1'500);
        CHECK(e.app.document().undoCount() == steps + 2);

        // Escape leaves the value as it was and forgets the text.
        e.typeInto(path, "7");
        CHECK(e.panel.numberDraft().reading(l).preview == "= 7");
        e.press(ImGuiKey_Escape);
        CHECK(e.scenario().cohorts[0].participants == 1'500);
        CHECK(e.panel.numberDraft().keyPath().empty());

        // Each accepted value is one undo step.
        e.app.undo();
        CHECK(e.scenario().cohorts[0].participants == 1'000'000);
        e.app.undo();
        CHECK(e.scenario().cohorts[0].participants == before);
    }
}

TEST_CASE("number fields: cost per participant typed in the editor, both languages") {
    struct Case {
        Language language;
        const char* text;
        nk::Rupiah expected;
    };
    const Case cases[] = {
        {Language::Indonesian, "1.500.000", 1'500'000},
        {Language::Indonesian, "1,5 juta", 1'500'000},
        {Language::Indonesian, "Rp 2 M", 2'000'000'000},
        {Language::Indonesian, "Rp 750 rb", 750'000},
        {Language::English, "1,500,000", 1'500'000},
        {Language::English, "1.5 million", 1'500'000},
        {Language::English, "3 juta", 3'000'000},
        {Language::English, "Rp 2.25 million", 2'250'000},
    };
    for (const Case& c : cases) {
        INFO(std::string(c.text));
        Editor e;
        e.app.settings().language = c.language;
        e.harness.openScenario("001_malang_cookies_2023.yaml");
        REQUIRE_FALSE(e.scenario().programs.empty());
        e.frames(2);
        const std::size_t steps = e.app.document().undoCount();
        e.typeInto("programs[0].cost_per_participant", c.text);
        // While typing, the value in words; nothing applied yet.
        CHECK(e.panel.numberDraft().reading(c.language).preview.rfind("= Rp", 0) == 0);
        CHECK(e.app.document().undoCount() == steps);
        e.press(ImGuiKey_Enter);
        CHECK(e.scenario().programs[0].cost_per_participant == c.expected);
        CHECK(e.app.document().undoCount() == steps + 1);
    }
    Editor e;
    e.app.settings().language = Language::Indonesian;
    e.harness.openScenario("001_malang_cookies_2023.yaml");
    e.frames(2);
    const nk::Rupiah before = e.scenario().programs[0].cost_per_participant;
    const std::size_t steps = e.app.document().undoCount();
    for (const char* bad : {"Rp 1,5", "1.5", "sejuta", "-1 juta"}) {
        INFO(std::string(bad));
        e.enter("programs[0].cost_per_participant", bad);
        CHECK(e.scenario().programs[0].cost_per_participant == before);
        CHECK(e.app.document().undoCount() == steps);
        CHECK_FALSE(e.panel.numberDraft().reading(Language::Indonesian).problem.empty());
    }
}

TEST_CASE("number fields: going to another field applies the text; an untouched field "
          "changes nothing") {
    Editor e;
    e.app.settings().language = Language::English;
    e.harness.openScenario("001_malang_cookies_2023.yaml");
    e.frames(2);
    const std::size_t steps = e.app.document().undoCount();
    // Entered and left without typing: no edit (also for revenues kept as numbers).
    for (const char* path : {"cohorts[0].participants", "cohorts[0].initial_revenue_median",
                             "budget.envelope", "grid.r_max"}) {
        e.panel.focus(path);
        e.frames(3);
    }
    e.panel.focus("budget.envelope");
    e.frames(3);
    CHECK(e.app.document().undoCount() == steps);

    e.typeInto("budget.envelope", "2 billion");
    e.panel.focus("cohorts[0].initial_revenue_median"); // leaves the envelope
    e.frames(3);
    CHECK(e.scenario().budget.envelope == 2'000'000'000);
    CHECK(e.app.document().undoCount() == steps + 1);
    e.harness.imgui().type("3.5 million");
    e.frames(1);
    e.press(ImGuiKey_Enter);
    CHECK(e.scenario().cohorts[0].initial_revenue_median == 3'500'000.0);
    CHECK(e.app.document().undoCount() == steps + 2);
}

TEST_CASE("number fields: a text left by a click that hides its field is applied") {
    Editor e;
    e.app.settings().language = Language::Indonesian;
    e.harness.openScenario("001_malang_cookies_2023.yaml");
    REQUIRE(e.scenario().cohorts.size() >= 2);
    e.frames(2);
    const std::size_t steps = e.app.document().undoCount();
    e.typeInto("cohorts[0].participants", "2 ribu");
    // Another row's field: cohort 0's form is no longer drawn.
    e.panel.focus("cohorts[1].entry_month");
    e.frames(3);
    CHECK_FALSE(e.panel.drewField("cohorts[0].participants"));
    e.press(ImGuiKey_Enter); // leaves the entry month as it was
    e.frames(1);
    CHECK(e.scenario().cohorts[0].participants == 2'000);
    CHECK(e.app.document().undoCount() == steps + 1);
    CHECK(e.panel.numberDraft().keyPath().empty());
}
