#include "panels/monte_carlo_panel.hpp"

#include "model/field_schema.hpp"
#include "model/ui_text.hpp"

#include "naikkelas/units/rupiah.hpp"

#include <imgui.h>

#include <algorithm>
#include <string_view>
#include <thread>

namespace nk::gui {

namespace {

// The scenario schema's ranges, so that a run asked for here is one a file may hold.
struct IntRange {
    int min;
    int max;
};

IntRange schemaRange(std::string_view keyPath) {
    const FieldBounds b = fieldBounds(keyPath);
    return {static_cast<int>(b.min), static_cast<int>(b.max)};
}

const IntRange kReplications = schemaRange("simulation.replications");
// 0 ("all cores") is shown as the core count, so the strip starts at 1.
const IntRange kThreads = {1, schemaRange("simulation.threads").max};

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
        status.brief = tr(language, "Selesai", "Done");
        if (snapshot.monteCarlo)
            status.text = tr(language, "Selesai: ", "Done: ") +
                          formatNumber(snapshot.monteCarlo->replications, 0, language) +
                          tr(language, " replikasi, seed ", " replications, seed ") +
                          std::to_string(snapshot.monteCarlo->manifest.seed);
        break;
    case MonteCarloStatus::Cancelled:
        status.text = tr(language, "Dibatalkan", "Cancelled");
        status.brief = status.text;
        break;
    case MonteCarloStatus::Failed:
        status.text = tr(language, "Gagal: ", "Failed: ") + snapshot.monteCarloError;
        status.brief = tr(language, "Gagal", "Failed");
        status.failed = true;
        break;
    }
    // Newer than the snapshot only for the moment the projection of the same edit takes.
    status.stale =
        snapshot.monteCarlo != nullptr && snapshot.monteCarloGeneration < snapshot.generation;
    return status;
}

std::string monteCarloBlocker(const RunSnapshot& snapshot, const Document& document,
                              Language language) {
    const std::size_t problems = document.readProblems().items().size();
    if (problems > 0)
        return tr(language, "Proyeksi dijeda karena berkas memuat ",
                  "The projection is paused because the file has ") +
               std::to_string(problems) +
               tr(language,
                  " masalah; perbaiki isian di Pemeriksaan untuk menjalankan Monte Carlo.",
                  problems == 1
                      ? " problem; fix the field under Diagnostics to run Monte Carlo."
                      : " problems; fix the fields under Diagnostics to run Monte Carlo.");
    if (snapshot.compiled == nullptr)
        return tr(language, "Skenario belum dapat dijalankan; lihat pemeriksaan.",
                  "The scenario cannot run yet; see the diagnostics.");
    return {};
}

void MonteCarloPanel::adoptDefaults(AppState& app) {
    if (m_replications == 0) {
        m_replications =
            std::clamp(app.settings().replications, kReplications.min, kReplications.max);
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
                       kReplications.min, kReplications.max, "%d", ImGuiSliderFlags_AlwaysClamp))
        app.settings().replications = m_replications;
    ImGui::SameLine();
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 6.0f);
    ImGui::InputScalar("seed", ImGuiDataType_U64, &m_seed);
    ImGui::SameLine();
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 3.0f);
    ImGui::DragInt(tr(language, "utas", "threads"), &m_threads, 0.1f, kThreads.min, kThreads.max,
                   "%d", ImGuiSliderFlags_AlwaysClamp);
    ImGui::EndDisabled();
    ImGui::SameLine();
    if (running) {
        if (ImGui::Button(tr(language, "Batal", "Cancel"))) app.runs().cancelMonteCarlo();
        return;
    }
    const std::string blocker = monteCarloBlocker(snapshot, app.document(), language);
    ImGui::BeginDisabled(!blocker.empty());
    if (ImGui::Button(tr(language, "Jalankan", "Run")) &&
        app.runs().startMonteCarlo(m_replications, m_seed, m_threads)) {
        m_timing = true;
        m_started = std::chrono::steady_clock::now();
        m_lastSeconds = -1.0;
    }
    ImGui::EndDisabled();
    if (!blocker.empty() && ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled)) {
        ImGui::BeginTooltip();
        ImGui::PushTextWrapPos(ImGui::GetFontSize() * 24.0f);
        ImGui::TextUnformatted(blocker.c_str());
        ImGui::PopTextWrapPos();
        ImGui::EndTooltip();
    }
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
    const std::string duration =
        m_lastSeconds >= 0.0 ? " (" + secondsText(m_lastSeconds, language) + ")" : "";
    const std::string line = status.text.empty() ? status.text : status.text + duration;
    // The whole status where it fits the line; else its word, and the rest on hover (or,
    // for a failure, wrapped below the strip).
    const bool fits = ImGui::CalcTextSize(line.c_str()).x <= ImGui::GetContentRegionAvail().x;
    const ImVec4 color = status.failed ? ImVec4(0.95f, 0.45f, 0.40f, 1.0f)
                                       : ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled);
    ImGui::AlignTextToFramePadding();
    ImGui::PushStyleColor(ImGuiCol_Text, color);
    ImGui::TextUnformatted(fits ? line.c_str() : (status.brief + duration).c_str());
    if (!fits && status.failed) ImGui::TextWrapped("%s", line.c_str());
    ImGui::PopStyleColor();
    if (!fits && !status.failed && ImGui::IsItemHovered()) {
        ImGui::BeginTooltip();
        ImGui::PushTextWrapPos(ImGui::GetFontSize() * 30.0f);
        ImGui::TextUnformatted(line.c_str());
        ImGui::PopTextWrapPos();
        ImGui::EndTooltip();
    }
    if (!status.stale) return;
    ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(0.95f, 0.75f, 0.30f, 1.0f));
    ImGui::TextWrapped("%s", tr(language,
                                "Hasil Monte Carlo ini dari sebelum perubahan terakhir; grafik "
                                "menampilkan proyeksi harapan. Jalankan lagi.",
                                "These Monte Carlo results predate the latest edits; the charts "
                                "show the expected projection. Run again."));
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
