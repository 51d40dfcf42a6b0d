#include "screenshot_tour.hpp"

#include "screenshot.hpp"

#include <cstdio>
#include <filesystem>

namespace nk::gui {

namespace {

// Frames drawn before a shot: ImGui lays windows out over the first frames.
constexpr int kSettleFrames = 5;
constexpr int kMonteCarloReplications = 60;

} // namespace

ScreenshotTour::ScreenshotTour(std::string folder)
    : m_folder(std::move(folder)), m_shots{{"results", MainTab::Results},
                                           {"compare", MainTab::Compare},
                                           {"equipment", MainTab::Equipment, false, false, true},
                                           {"help", MainTab::Results, true},
                                           {"montecarlo", MainTab::Results, false, true},
                                           {"decide", MainTab::Decide, false, false, false, true}} {
}

void ScreenshotTour::prepare(AppState& app, ViewState& view, MainView& main) {
    if (done()) return;
    const Shot& shot = m_shots[m_shot];
    if (m_frames == 0) {
        view.select(shot.tab);
        view.showDocs = shot.docs;
        if (shot.monteCarlo) {
            app.runs().startMonteCarlo(kMonteCarloReplications,
                                       app.document().scenario().scenario.seed, 2);
            app.runs().waitIdle();
        }
        if (shot.analyse) {
            if (app.factors().empty())
                for (decision::Factor& f : suggestedFactors(app.document().scenario()))
                    app.factors().add(f);
            DecideSession& session = main.decide().session();
            session.tick(app);
            std::string problem;
            session.startFrontier(app, problem);
            session.waitIdle();
            session.startSensitivity(app); // below the fold at 720 p; seen on a taller window
            session.waitIdle();
            session.startOptimiser(app, problem);
            session.waitIdle();
            const auto frontier = session.frontier().result();
            if (!session.tornadoCurrent(app) || !frontier || !frontier->complete())
                m_error = "the view '" + shot.name + "' has no tornado or no frontier";
        }
    }
    // The tab opens a frame after it is selected, and the view takes its reference from
    // its first frame: the change then shows against it.
    const Scenario& s = app.document().scenario();
    if (m_frames == 2 && shot.addUnit && !s.clusters.empty() && !s.clusters[0].equipment.empty()) {
        const int units = s.clusters[0].equipment[0].units + 1;
        app.edit("equipment units", "clusters[0].equipment[0].units",
                 [units](Scenario& x) { x.clusters[0].equipment[0].units = units; });
        app.runs().waitIdle();
    }
}

bool ScreenshotTour::capture(const ViewState& view, int width, int height) {
    if (done()) return true;
    if (!m_error.empty()) return false;
    if (++m_frames < kSettleFrames) return true;
    const Shot& shot = m_shots[m_shot];
    std::filesystem::create_directories(m_folder);
    const std::string path = m_folder + "/" + shot.name + ".png";
    const PixelRegion probe{static_cast<int>(view.viewArea[0]), static_cast<int>(view.viewArea[1]),
                            static_cast<int>(view.viewArea[2]), static_cast<int>(view.viewArea[3])};
    const ScreenshotResult result = saveScreenshot(path, width, height, probe);
    if (!result.ok || result.blank) {
        m_error =
            result.ok ? "the view '" + shot.name + "' renders blank (" + path + ")" : result.error;
        return false;
    }
    std::printf("%s\n", path.c_str());
    ++m_shot;
    m_frames = 0;
    return true;
}

} // namespace nk::gui
