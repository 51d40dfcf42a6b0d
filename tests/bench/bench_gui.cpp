// What the desktop app costs (issue #4): how long an edit takes to reach the charts
// (submit -> published snapshot through the run controller, as a dragged slider does),
// how long the UI itself takes to draw a frame of every view (headless ImGui, CPU side),
// how soon a large Monte Carlo run stops after Cancel, and the Decide tab's tornado after an
// edit. Prints figures and ratios
// against a 60 Hz frame (16.7 ms); asserts nothing.
//   bench_gui            all benchmarks
//   bench_gui --quick    fewer repeats, to check that the benchmark itself works
#include "model/app_state.hpp"
#include "model/decide_session.hpp"
#include "model/equipment_plan.hpp"
#include "naikkelas/io/scenario_yaml.hpp"
#include "panels/app_menu.hpp"
#include "panels/main_view.hpp"

#include "scenario_files.hpp"

#include <imgui.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <thread>
#include <vector>

using namespace nk;
using namespace nk::gui;
using Clock = std::chrono::steady_clock;

namespace {

constexpr double kFrameMs = 1000.0 / 60.0;

double msSince(Clock::time_point start) {
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

double percentile(std::vector<double> v, double p) {
    std::sort(v.begin(), v.end());
    return v[static_cast<std::size_t>(p * double(v.size() - 1))];
}

// A slider drag over the first cohort's participants: each step is one edit, submitted
// and waited for, so the figure is the delay from the edit to the redrawn charts.
void benchEditLatency(AppState& app, int steps) {
    std::printf("Edit -> projection on screen, per seed scenario (%d edits; frame = %.1f ms)\n",
                steps, kFrameMs);
    for (const auto& file : nk::test::scenarioFiles()) {
        if (!app.open(file.string()) || app.document().scenario().cohorts.empty()) continue;
        app.runs().waitIdle();
        std::vector<double> ms;
        const int base = app.document().scenario().cohorts[0].participants;
        for (int i = 1; i <= steps; ++i) {
            const auto start = Clock::now();
            app.edit("participants", "cohorts[0].participants",
                     [&](Scenario& s) { s.cohorts[0].participants = base + i; });
            app.runs().waitIdle();
            ms.push_back(msSince(start));
        }
        const double median = percentile(ms, 0.5);
        std::printf("  %-42s median %6.2f ms, p95 %6.2f ms (%.2f frames)\n",
                    file.filename().c_str(), median, percentile(ms, 0.95), median / kFrameMs);
    }
}

// The CPU time of one UI frame with every panel of a view drawn (no GPU).
void benchFrames(AppState& app, const PluginRegistry& registry, int frames) {
    ImGuiContext* context = ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.DisplaySize = ImVec2(1920, 1080);
    io.DeltaTime = 1.0f / 60.0f;
    io.IniFilename = nullptr;
    unsigned char* pixels = nullptr;
    int w = 0, h = 0;
    io.Fonts->GetTexDataAsRGBA32(&pixels, &w, &h);
    std::printf("UI frame, 1920x1080, CPU only (%d frames per view)\n", frames);
    if (!app.open(
            (std::filesystem::path(NK_SCENARIO_DIR) / "001_malang_cookies_2023.yaml").string()))
        return;
    app.runs().waitIdle();
    MainView main(registry);
    AppMenu menu;
    ViewState view;
    bool quit = false;
    const std::pair<MainTab, const char*> tabs[] = {{MainTab::Results, "results"},
                                                    {MainTab::Compare, "compare"},
                                                    {MainTab::Equipment, "equipment"}};
    for (const auto& [tab, name] : tabs) {
        view.select(tab);
        std::vector<double> ms;
        for (int i = 0; i < frames + 3; ++i) {
            const auto start = Clock::now();
            ImGui::NewFrame();
            menu.draw(app, view, quit);
            main.draw(app, view);
            ImGui::Render();
            if (i >= 3) ms.push_back(msSince(start)); // after the tab opened
        }
        std::printf("  %-10s median %6.3f ms (%.0f %% of a frame)\n", name, percentile(ms, 0.5),
                    100.0 * percentile(ms, 0.5) / kFrameMs);
    }
    ImGui::DestroyContext(context);
}

// Cancel during a large run: the time from Cancel to the worker being free again.
void benchCancel(AppState& app, int replications) {
    std::printf("Monte Carlo cancel, default scenario, %d replications\n", replications);
    app.newDocument();
    app.runs().waitIdle();
    for (const double after : {0.05, 0.5}) {
        if (!app.runs().startMonteCarlo(replications, 1, 2)) return;
        std::this_thread::sleep_for(std::chrono::duration<double>(after));
        const auto start = Clock::now();
        app.runs().cancelMonteCarlo();
        app.runs().waitIdle();
        std::printf("  cancelled %.2f s after the start: stopped %.1f ms later\n", after,
                    msSince(start));
    }
}

// The Decide tab's tornado (OAT, expected mode, every core) with 10 factors, recomputed
// after an edit: from the edit to the new tornado (issue 16: goal <= 50 ms).
void benchTornado(AppState& app, int edits) {
    if (!app.open(
            (std::filesystem::path(NK_SCENARIO_DIR) / "001_malang_cookies_2023.yaml").string()))
        return;
    app.runs().waitIdle();
    app.factors().clear();
    for (decision::Factor& f : suggestedFactors(app.document().scenario())) app.factors().add(f);
    for (const char* path : {"parameters.start_revenue_median", "parameters.home_capacity",
                             "parameters.revenue_per_worker", "parameters.closure_size_elasticity"})
        if (app.factors().factors().size() < 10)
            if (auto f = defaultFactor(app.document().scenario(), path)) app.factors().add(*f);
    DecideSession session;
    session.tick(app);
    session.waitIdle();
    std::vector<double> ms;
    const int base = app.document().scenario().cohorts[0].participants;
    for (int i = 1; i <= edits; ++i) {
        const auto start = Clock::now();
        app.edit("participants", "cohorts[0].participants",
                 [&](Scenario& s) { s.cohorts[0].participants = base + i; });
        session.tick(app);
        session.waitIdle();
        ms.push_back(msSince(start));
    }
    std::printf("Decide tornado, Malang, %zu factors (%zu runs), after an edit: median %.1f ms, "
                "p95 %.1f ms (goal <= 50 ms)\n",
                app.factors().factors().size(), 2 * app.factors().factors().size() + 1,
                percentile(ms, 0.5), percentile(ms, 0.95));
}

} // namespace

// Pricing a changed allocation in the shared-equipment view: the plugins' planning step
// on the changed scenario, once per step of a drag.
void benchEquipmentPricing(const PluginRegistry& registry, int drags) {
    const auto loaded =
        io::loadScenarioFile(std::string(NK_SCENARIO_DIR) + "/001_malang_cookies_2023.yaml");
    if (!loaded.scenario) return;
    const Scenario& s = *loaded.scenario;
    const std::string oven = equipmentPlan(s, registry).items.front().id;
    const auto start = Clock::now();
    for (int units = 0; units < drags; ++units)
        equipmentPlan(withUnits(s, 1, oven, units % 6), registry);
    std::printf("Shared equipment, Malang: a changed allocation priced in %.3f ms (%d drags)\n",
                msSince(start) / drags, drags);
}

int main(int argc, char** argv) {
    const bool quick = argc > 1 && std::strcmp(argv[1], "--quick") == 0;
    // Settings and autosaves of this benchmark stay in a temporary folder.
    const auto home = std::filesystem::temp_directory_path() / "naikkelas_bench_gui";
    ::setenv("XDG_STATE_HOME", (home / "state").c_str(), 1);
    PluginRegistry registry;
    registry.loadFolder(NK_PLUGIN_DIR);
    {
        AppState app(registry, home / "settings.ini");
        benchEditLatency(app, quick ? 5 : 60);
        benchFrames(app, registry, quick ? 5 : 120);
        benchCancel(app, quick ? 2000 : 20000);
        benchTornado(app, quick ? 3 : 30);
    }
    benchEquipmentPricing(registry, quick ? 10 : 200);
    std::filesystem::remove_all(home);
    return 0;
}
