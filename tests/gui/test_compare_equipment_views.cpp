// The compare and equipment views drawn headless for every scenario in scenarios/, for a
// few frames in both languages: ImGui's own checks (which abort on an unbalanced stack)
// must pass, the ID stack must be balanced, and each view must draw something.
#include "panels/compare_view.hpp"
#include "panels/equipment_view.hpp"

#include "app_harness.hpp"
#include "scenario_files.hpp"

#include <doctest/doctest.h>
#include <imgui_internal.h>

#include <string>

namespace {

// Draws `draw` in a harness frame; returns the vertices it added, checking that it left
// the window's ID stack as it found it.
template <typename Draw> int drawnVertices(nk::gui::test::ImGuiHarness& harness, Draw&& draw) {
    return harness.frame([&](ImDrawList*) {
        const int ids = ImGui::GetCurrentWindow()->IDStack.Size;
        draw();
        CHECK(ImGui::GetCurrentWindow()->IDStack.Size == ids);
    });
}

} // namespace

TEST_CASE("compare view and equipment view: every scenario, both languages, headless") {
    const auto files = nk::test::scenarioFiles();
    REQUIRE(files.size() >= 6);
    for (const auto& file : files) {
        const std::string name = file.filename().string();
        INFO(name);
        nk::gui::test::AppHarness t;
        t.openScenario(name);
        nk::gui::AppState& app = t.app();
        nk::gui::test::ImGuiHarness& harness = t.imgui();
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
        CHECK(compare.session().entries()[0].expected == snapshot->expected);
        CHECK_FALSE(equipment.reference().empty()); // taken from the first results it saw
    }
}

TEST_CASE("compare view: the document alone and a full session draw without problems") {
    nk::gui::test::AppHarness t;
    nk::gui::AppState& app = t.app();
    nk::gui::test::ImGuiHarness& harness = t.imgui();
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
