#include "panels/monte_carlo_panel.hpp"

#include "panels/ui_text.hpp"

#include "naikkelas/units/rupiah.hpp"

#include <imgui.h>

#include <algorithm>
#include <thread>

namespace nk::gui {

namespace {

constexpr int kMinReplications = 10;
constexpr int kMaxReplications = 20000;
constexpr int kMaxThreads = 256;

int hardwareThreads() {
    return std::max(1, static_cast<int>(std::thread::hardware_concurrency()));
}

std::string secondsText(double seconds, Language language) {
    return formatNumber(seconds, 1, language) + tr(language, " dtk", " s");
}

} // namespace

MonteCarloStatusText monteCarloStatusText(const RunSnapshot& snapshot, Language language) {
    MonteCarloStatusText status;
    switch (snapshot.monteCarloStatus) {
    case MonteCarloStatus::None:
        break;
    case MonteCarloStatus::Done:
        if (snapshot.monteCarlo)
            status.text = tr(language, "Selesai: ", "Done: ") +
                          formatNumber(snapshot.monteCarlo->replications, 0, language) +
                          tr(language, " replikasi, seed ", " replications, seed ") +
                          std::to_string(snapshot.monteCarlo->manifest.seed);
        break;
    case MonteCarloStatus::Cancelled:
        status.text = tr(language, "Dibatalkan", "Cancelled");
        break;
    case MonteCarloStatus::Failed:
        status.text = tr(language, "Gagal: ", "Failed: ") + snapshot.monteCarloError;
        status.failed = true;
        break;
    }
    // Newer than the snapshot only for the moment the projection of the same edit takes.
    status.stale =
        snapshot.monteCarlo != nullptr && snapshot.monteCarloGeneration < snapshot.generation;
    return status;
}

void MonteCarloPanel::adoptDefaults(AppState& app) {
    if (m_replications == 0) {
        m_replications =
            std::clamp(app.settings().replications, kMinReplications, kMaxReplications);
        m_threads = hardwareThreads();
    }
    // The scenario's seed, again whenever another scenario (or its seed) comes in.
    const std::uint64_t scenarioSeed = app.document().scenario().scenario.seed;
    if (m_scenarioSeed != scenarioSeed) {
        m_scenarioSeed = scenarioSeed;
        m_seed = scenarioSeed;
    }
}

double MonteCarloPanel::elapsedSeconds() const {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - m_started).count();
}

void MonteCarloPanel::drawSettings(AppState& app, const RunSnapshot& snapshot, Language language) {
    const bool running = app.runs().monteCarloRunning();
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted("Monte Carlo");
    ImGui::SameLine();
    ImGui::BeginDisabled(running);
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 5.0f);
    if (ImGui::DragInt(tr(language, "replikasi", "replications"), &m_replications, 10.0f,
                       kMinReplications, kMaxReplications, "%d", ImGuiSliderFlags_AlwaysClamp))
        app.settings().replications = m_replications;
    ImGui::SameLine();
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 6.0f);
    ImGui::InputScalar("seed", ImGuiDataType_U64, &m_seed);
    ImGui::SameLine();
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 3.0f);
    ImGui::DragInt("thread", &m_threads, 0.1f, 1, kMaxThreads, "%d", ImGuiSliderFlags_AlwaysClamp);
    ImGui::EndDisabled();
    ImGui::SameLine();
    if (running) {
        if (ImGui::Button(tr(language, "Batal", "Cancel"))) app.runs().cancelMonteCarlo();
        return;
    }
    ImGui::BeginDisabled(snapshot.compiled == nullptr);
    if (ImGui::Button(tr(language, "Jalankan", "Run")) &&
        app.runs().startMonteCarlo(m_replications, m_seed, m_threads)) {
        m_timing = true;
        m_started = std::chrono::steady_clock::now();
        m_lastSeconds = -1.0;
    }
    ImGui::EndDisabled();
    if (snapshot.compiled == nullptr && ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled))
        ImGui::SetTooltip("%s", tr(language, "Skenario belum dapat dijalankan; lihat pemeriksaan.",
                                   "The scenario cannot run yet; see the diagnostics."));
}

void MonteCarloPanel::drawProgress(AppState& app, const RunSnapshot& snapshot, Language language) {
    ImGui::SameLine();
    if (app.runs().monteCarloRunning()) {
        const double progress = app.runs().monteCarloProgress();
        std::string overlay = formatPercent(progress, 0, language);
        if (m_timing) overlay += " \xC2\xB7 " + secondsText(elapsedSeconds(), language);
        ImGui::ProgressBar(static_cast<float>(progress), ImVec2(-1.0f, 0.0f), overlay.c_str());
        return;
    }
    if (m_timing) { // the run this panel started has ended
        m_timing = false;
        m_lastSeconds = elapsedSeconds();
    }
    const MonteCarloStatusText status = monteCarloStatusText(snapshot, language);
    std::string line = status.text;
    if (!line.empty() && m_lastSeconds >= 0.0)
        line += " (" + secondsText(m_lastSeconds, language) + ")";
    ImGui::AlignTextToFramePadding();
    if (status.failed)
        ImGui::TextColored(ImVec4(0.95f, 0.45f, 0.40f, 1.0f), "%s", line.c_str());
    else
        ImGui::TextDisabled("%s", line.c_str());
    if (!status.stale) return;
    ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(0.95f, 0.75f, 0.30f, 1.0f));
    ImGui::TextWrapped(
        "%s", tr(language,
                 "Hasil Monte Carlo ini untuk versi skenario sebelum diubah; grafik menampilkan "
                 "proyeksi harapan. Jalankan lagi untuk rentang terkini.",
                 "These Monte Carlo results are for the scenario before its latest edits; the "
                 "charts show the expected projection. Run again for current bands."));
    ImGui::PopStyleColor();
}

void MonteCarloPanel::draw(AppState& app, const RunSnapshot& snapshot) {
    const Language language = app.settings().language;
    adoptDefaults(app);
    ImGui::PushID("monte_carlo");
    drawSettings(app, snapshot, language);
    drawProgress(app, snapshot, language);
    ImGui::PopID();
}

} // namespace nk::gui
