// The compare and equipment views drawn headless for every scenario in scenarios/, for a
// few frames in both languages: ImGui's own checks (which abort on an unbalanced stack)
// must pass, the ID stack must be balanced, and each view must draw something.
#include "panels/compare_view.hpp"
#include "panels/equipment_view.hpp"

#include "imgui_harness.hpp"
#include "panel_harness_compare.hpp"

#include <doctest/doctest.h>
#include <imgui_internal.h>

#include <algorithm>
#include <filesystem>

namespace {

// Draws `draw` in a harness frame; returns the vertices it added, checking that it left
// the window's ID stack as it found it.
template <typename Draw>
int drawnVertices(nk::gui::chart::test::ImGuiHarness& harness, Draw&& draw) {
    return harness.frame([&](ImDrawList*) {
        const int ids = ImGui::GetCurrentWindow()->IDStack.Size;
        draw();
        CHECK(ImGui::GetCurrentWindow()->IDStack.Size == ids);
    });
}

std::vector<std::string> scenarioNames() {
    std::vector<std::string> names;
    for (const auto& item : std::filesystem::directory_iterator(NK_SCENARIO_DIR))
        if (item.path().extension() == ".yaml") names.push_back(item.path().filename().string());
    std::sort(names.begin(), names.end());
    return names;
}

} // namespace

TEST_CASE("compare view and equipment view: every scenario, both languages, headless") {
    const auto names = scenarioNames();
    REQUIRE(names.size() >= 6);
    for (const std::string& name : names) {
        INFO(name);
        nk::gui::compare_test::TestApp t;
        t.open(name);
        nk::gui::AppState& app = t.app();
        nk::gui::chart::test::ImGuiHarness harness;
        nk::gui::CompareView compare(app.registry());
        nk::gui::EquipmentView equipment;
        std::string error;
        const std::string other =
            name == "default.yaml" ? "002_kabat_craft_clusters_2021.yaml" : "default.yaml";
        REQUIRE(compare.session().add(std::string(NK_SCENARIO_DIR) + "/" + other, error));
        const auto snapshot = t.settled();
        REQUIRE(snapshot->expected != nullptr);
        for (const nk::Language language : {nk::Language::Indonesian, nk::Language::English}) {
            app.settings().language = language;
            for (int frame = 0; frame < 3; ++frame) {
                CHECK(drawnVertices(harness, [&] { compare.draw(app, *snapshot); }) > 0);
                CHECK(drawnVertices(harness, [&] { equipment.draw(app, *snapshot); }) > 0);
            }
        }
        CHECK(compare.session().size() == 2);
        CHECK(compare.session().entries()[0].results == snapshot->expected);
        CHECK_FALSE(equipment.reference().empty()); // taken from the first results it saw
    }
}

TEST_CASE("compare view: the document alone and a full session draw without problems") {
    nk::gui::compare_test::TestApp t;
    nk::gui::AppState& app = t.app();
    nk::gui::chart::test::ImGuiHarness harness;
    nk::gui::CompareView compare(app.registry());
    const auto snapshot = t.settled();
    CHECK(drawnVertices(harness, [&] { compare.draw(app, *snapshot); }) > 0);
    CHECK(compare.session().size() == 1);
    std::string error;
    for (const char* name :
         {"001_malang_cookies_2023.yaml", "003_malang_home_industry_women_2021.yaml",
          "004_mojokerto_pmks_batik_kube_2017.yaml"})
        REQUIRE(compare.session().add(std::string(NK_SCENARIO_DIR) + "/" + name, error));
    for (int frame = 0; frame < 3; ++frame)
        CHECK(drawnVertices(harness, [&] { compare.draw(app, *snapshot); }) > 0);
}
