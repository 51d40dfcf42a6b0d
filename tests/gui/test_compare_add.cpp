// Adding a file to the compare view through its real widgets, with the mouse and keys:
// a path typed into the field is added on Enter; "Choose…" asks through the same file
// dialog as Open (a fake zenity on the search path answers) and adds what was chosen.
#include "panels/compare_view.hpp"

#include "app_harness.hpp"
#include "temp_dir.hpp"

#include <doctest/doctest.h>
#include <imgui_internal.h>

#include <chrono>
#include <fstream>
#include <optional>
#include <string>
#include <sys/stat.h>
#include <thread>

using nk::gui::test::AppHarness;

namespace {

struct Compare {
    AppHarness harness;
    nk::gui::AppState& app = harness.app();
    nk::gui::CompareView view{app.registry()};

    void frame() {
        const auto snapshot = app.runs().snapshot();
        harness.imgui().frame([&](ImDrawList*) { view.draw(app, *snapshot); });
    }
    // Where the widget `label` of the add row is: the row under the title and its
    // separator, swept with the mouse until ImGui says the widget is hovered.
    std::optional<ImVec2> find(const char* label) {
        const ImGuiStyle& style = ImGui::GetStyle();
        const float y = style.WindowPadding.y + ImGui::GetTextLineHeight() +
                        style.ItemSpacing.y * 2.0f + ImGui::GetFrameHeight() * 0.5f;
        const ImGuiID id = ImGui::FindWindowByName("window")->GetID(label);
        for (float x = 4.0f; x < 1280.0f; x += 6.0f) {
            harness.imgui().mouse(x, y, false);
            frame();
            if (ImGui::GetCurrentContext()->HoveredId == id) return ImVec2(x, y);
        }
        return std::nullopt;
    }
    void click(ImVec2 at) {
        harness.imgui().mouse(at.x, at.y, true);
        frame();
        harness.imgui().mouse(at.x, at.y, false);
        frame();
    }
};

} // namespace

TEST_CASE("compare view: a path typed into the field is added on Enter") {
    Compare c;
    c.app.settings().language = nk::Language::English;
    c.frame();
    const auto field = c.find("##path");
    REQUIRE(field);
    c.click(*field);
    REQUIRE(ImGui::GetCurrentContext()->ActiveId != 0); // the field takes the keyboard
    const std::string path =
        std::string(NK_SCENARIO_DIR) + "/003_malang_home_industry_women_2021.yaml";
    c.harness.imgui().type(path.c_str());
    c.frame();
    CHECK(c.view.session().size() == 1); // typing adds nothing
    c.harness.imgui().key(ImGuiKey_Enter, true);
    c.frame();
    c.harness.imgui().key(ImGuiKey_Enter, false);
    c.frame();
    REQUIRE(c.view.session().size() == 2);
    CHECK(c.view.session().entries()[1].label == "003_malang_home_industry_women_2021.yaml");

    // A file that does not load is not added; the field keeps it to correct.
    c.click(*field);
    c.harness.imgui().type("/no/such/file.yaml");
    c.frame();
    c.harness.imgui().key(ImGuiKey_Enter, true);
    c.frame();
    c.harness.imgui().key(ImGuiKey_Enter, false);
    c.frame();
    CHECK(c.view.session().size() == 2);
}

TEST_CASE("compare view: Choose… asks through the file dialog of Open and adds the file") {
    nk::test::TempDir dir;
    const std::string chosen = std::string(NK_SCENARIO_DIR) + "/002_kabat_craft_clusters_2021.yaml";
    {
        std::ofstream out(dir.path / "zenity");
        out << "#!/bin/sh\nprintf '%s\\n' '" << chosen << "'\n";
    }
    ::chmod((dir.path / "zenity").c_str(), 0755);
    Compare c;
    c.app.settings().language = nk::Language::Indonesian;
    c.app.setFileChooser(nk::gui::FileChooser(dir.path.string()));
    c.frame();
    const auto button = c.find("Pilih\u2026");
    REQUIRE(button);
    c.click(*button);
    const auto until = std::chrono::steady_clock::now() + std::chrono::seconds(10);
    while (c.view.session().size() < 2 && std::chrono::steady_clock::now() < until) {
        c.frame();
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    REQUIRE(c.view.session().size() == 2);
    CHECK(c.view.session().entries()[1].path == chosen);
}
