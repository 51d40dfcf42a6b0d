// The whole editor drawn headless in a 380-px left pane at 1280x720: every scenario in
// scenarios/, with the real builtin plugins, every section, group and row opened through
// focus(), in both languages, without ImGui assertion failures and without a row wider
// than the pane (also in a narrower one); focus() opens the right section and goes to
// the field; every declared plugin parameter gets its widget.
#include "panels/editor_panel.hpp"

#include "panels/editor_diagnostics.hpp"

#include "app_harness.hpp"
#include "scenario_files.hpp"

#include <doctest/doctest.h>
#include <imgui_internal.h>

#include <algorithm>
#include <filesystem>

using nk::gui::EditorPanel;
using nk::gui::indexedPath;
using nk::gui::test::AppHarness;

namespace {

constexpr float kPaneWidth = 380.0f;

struct Editor {
    AppHarness harness{ImVec2(1280.0f, 720.0f)};
    nk::gui::AppState& app = harness.app();
    EditorPanel panel;
    float paneWidth = kPaneWidth;

    void frames(int count) {
        for (int i = 0; i < count; ++i) {
            const auto snapshot = app.runs().snapshot();
            harness.imgui().paneFrame(paneWidth, [&] { panel.draw(app, *snapshot); });
        }
    }
    // How far the content of the pane or of a child of it (the sections' scroll region)
    // reaches past its right edge in the last frame, in pixels: a row cut off.
    static float overflow() {
        float widest = 0.0f;
        for (const ImGuiWindow* window : ImGui::GetCurrentContext()->Windows)
            if (window->Active && std::string(window->Name).rfind("pane", 0) == 0)
                widest = std::max(widest, window->ContentSize.x - window->Size.x);
        return widest;
    }
    // Goes to a path and draws until the focus has resolved.
    void go(const std::string& keyPath) {
        panel.focus(keyPath);
        frames(3);
    }
};

// One key path per part of the editor that opens separately: every settings group, the
// budget, every row of every table and every plugin use.
std::vector<std::string> everyPart(const nk::Scenario& s) {
    std::vector<std::string> paths = {"scenario.title",  "size_classes.scheme",
                                      "grid.r_min",      "parameters.margin",
                                      "simulation.mode", "budget.envelope"};
    for (std::size_t i = 0; i < s.programs.size(); ++i)
        paths.push_back(indexedPath("programs", i) + ".name");
    for (std::size_t i = 0; i < s.equipment.size(); ++i)
        paths.push_back(indexedPath("equipment", i) + ".name");
    for (std::size_t i = 0; i < s.clusters.size(); ++i)
        paths.push_back(indexedPath("clusters", i) + ".name");
    for (std::size_t i = 0; i < s.cohorts.size(); ++i)
        paths.push_back(indexedPath("cohorts", i) + ".participants");
    for (std::size_t i = 0; i < s.plugins.size(); ++i) paths.push_back(indexedPath("plugins", i));
    return paths;
}

} // namespace

TEST_CASE("editor panel: every scenario draws with every part open and fits, in both languages") {
    const auto files = nk::test::scenarioFiles();
    REQUIRE(files.size() >= 5);
    for (const nk::Language language : {nk::Language::Indonesian, nk::Language::English})
        for (const std::filesystem::path& file : files) {
            INFO(file.string());
            Editor e;
            e.app.settings().language = language;
            REQUIRE(e.app.open(file.string()));
            e.app.runs().waitIdle();
            e.frames(2);
            const nk::Scenario& s = e.app.document().scenario();
            for (const std::string& path : everyPart(s)) {
                INFO(path);
                e.go(path);
                CHECK(e.panel.drewField(path));
                CHECK(Editor::overflow() <= 1.0f);
            }
            // Sections stay open: the last cohort gone to is still drawn at the end.
            if (!s.cohorts.empty())
                CHECK(e.panel.drewField(indexedPath("cohorts", s.cohorts.size() - 1) +
                                        ".participants"));
            CHECK(e.panel.drewField("scenario.horizon_months"));
            CHECK(e.panel.drewField("budget.envelope"));
            for (std::size_t j = 0; j < s.budget.lines.size(); ++j)
                CHECK(e.panel.drewField(indexedPath("budget.lines", j) + ".amount"));
        }
}

TEST_CASE("editor panel: every row fits a narrow pane") {
    for (const nk::Language language : {nk::Language::Indonesian, nk::Language::English})
        for (const std::filesystem::path& file : nk::test::scenarioFiles()) {
            INFO(file.string());
            Editor e;
            e.paneWidth = 260.0f;
            e.app.settings().language = language;
            REQUIRE(e.app.open(file.string()));
            e.app.runs().waitIdle();
            e.frames(2);
            for (const std::string& path : everyPart(e.app.document().scenario())) {
                INFO(path);
                e.go(path);
                CHECK(Editor::overflow() <= 1.0f);
            }
        }
}

TEST_CASE("editor panel: focus opens the section of a key path and goes to its field") {
    Editor e;
    e.harness.openScenario("001_malang_cookies_2023.yaml");
    const nk::Scenario s = e.app.document().scenario();
    REQUIRE(s.clusters.size() >= 2);
    REQUIRE_FALSE(s.clusters[1].equipment.empty());
    REQUIRE(s.cohorts.size() >= 2);
    e.frames(2);
    // Closed at start: nothing of the clusters is drawn.
    CHECK_FALSE(e.panel.drewField("clusters[1].equipment[0].units"));
    CHECK_FALSE(e.panel.drewField("parameters.margin"));

    e.go("clusters[1].equipment[0].units");
    CHECK(e.panel.drewField("clusters[1].equipment[0].units"));
    CHECK(e.panel.focusTarget() == "clusters[1].equipment[0].units");
    // The chosen row is the one the path names: row 0's fields are not drawn.
    CHECK_FALSE(e.panel.drewField("clusters[0].name"));

    e.go("parameters.margin");
    CHECK(e.panel.focusTarget() == "parameters.margin");

    e.go(indexedPath("cohorts", s.cohorts.size() - 1) + ".business_share");
    CHECK(e.panel.focusTarget() ==
          indexedPath("cohorts", s.cohorts.size() - 1) + ".business_share");

    // A key with no widget of its own goes to the nearest enclosing one.
    e.go("cohorts[0].no_such_field");
    CHECK(e.panel.focusTarget() == "cohorts[0]");
    e.go("budget");
    CHECK(e.panel.focusTarget() == "budget");

    // The highlight ends after its time.
    e.go("budget.envelope");
    CHECK(e.panel.focusTarget() == "budget.envelope");
    e.frames(static_cast<int>(nk::gui::EditorFocus::kHighlightSeconds * 60.0) + 5);
    CHECK(e.panel.focusTarget().empty());
}

TEST_CASE("editor panel: every declared parameter of every builtin plugin gets a widget") {
    Editor e;
    const auto& modules = e.app.registry().modules();
    e.app.edit("plugins", "plugins", [&](nk::Scenario& s) {
        s.plugins.clear();
        for (const auto& m : modules) s.plugins.push_back({m->id, {}});
    });
    e.frames(1);
    std::size_t widgets = 0;
    for (std::size_t u = 0; u < modules.size(); ++u) {
        e.go(indexedPath("plugins", u));
        for (std::uint32_t i = 0; i < modules[u]->plugin->param_count; ++i) {
            const std::string path =
                indexedPath("plugins", u) + ".params." + modules[u]->plugin->params[i].name;
            INFO(path);
            CHECK(e.panel.drewField(path));
            widgets += e.panel.drewField(path) ? 1 : 0;
        }
    }
    std::size_t declared = 0;
    for (const auto& m : modules) declared += m->plugin->param_count;
    CHECK(widgets == declared);
}

TEST_CASE("editor panel: clicking a diagnostic goes to its field") {
    Editor e;
    e.app.edit("participants", "cohorts[0].participants",
               [](nk::Scenario& s) { s.cohorts[0].participants = 0; });
    e.app.runs().waitIdle();
    const auto snapshot = e.app.runs().snapshot();
    REQUIRE_FALSE(snapshot->diagnostics.items().empty());
    const std::string first = snapshot->diagnostics.items().front().path;
    e.frames(2);
    // The list sits at the bottom of the pane, in a child with its own padding; its first
    // entry follows the heading line. Hover there, then press and release.
    const float padding = ImGui::GetStyle().WindowPadding.y;
    const float line = ImGui::GetTextLineHeightWithSpacing();
    const float y =
        720.0f - padding - nk::gui::diagnosticsListHeight(*snapshot) + padding + line * 2.0f;
    e.harness.imgui().mouse(100.0f, y, false);
    e.frames(1);
    e.harness.imgui().mouse(100.0f, y, true);
    e.frames(1);
    e.harness.imgui().mouse(100.0f, y, false);
    e.frames(3);
    const auto candidates = nk::gui::enclosingPaths(first);
    INFO(first);
    CHECK(std::find(candidates.begin(), candidates.end(), e.panel.focusTarget()) !=
          candidates.end());
}
