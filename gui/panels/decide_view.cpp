#include "panels/decide_view.hpp"

#include "chart/chart_draw.hpp"
#include "model/frontier_chart.hpp"
#include "model/indicator_text.hpp"
#include "model/ui_text.hpp"

#include "naikkelas/units/strings.hpp"

#include <imgui.h>

#include <algorithm>
#include <cmath>

namespace nk::gui {

namespace {

constexpr const char* kIndicators[] = {"additional_active",          "additional_at_umk",
                                       "additional_kecil_or_above",  "benefit_discounted",
                                       "cost_per_additional_active", "benefit_cost_ratio"};

bool indicatorCombo(const char* id, std::string& key, Language language) {
    bool changed = false;
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 16.0f);
    if (!ImGui::BeginCombo(id, translate(key, language).c_str())) return false;
    for (const char* k : kIndicators)
        if (ImGui::Selectable(translate(k, language).c_str(), key == k)) {
            key = k;
            changed = true;
        }
    ImGui::EndCombo();
    return changed;
}

void progressRow(double progress, bool running, const char* id, const std::function<void()>& cancel,
                 Language language) {
    if (!running) return;
    ImGui::SameLine();
    ImGui::ProgressBar(static_cast<float>(progress), ImVec2(ImGui::GetFontSize() * 10.0f, 0.0f));
    ImGui::SameLine();
    ImGui::PushID(id);
    if (ImGui::Button(tr(language, "Batal", "Cancel"))) cancel();
    ImGui::PopID();
}

std::string problemText(const std::string& problem, Language language) {
    if (problem == "no_levers")
        return tr(language,
                  "Tambahkan tuas rencana (peserta kelompok, bulan pendampingan, unit alat "
                  "bersama) ke faktor.",
                  "Add plan levers (cohort participants, mentoring months, shared units) to the "
                  "factors.");
    if (problem == "too_many")
        return tr(language, "Terlalu banyak rencana: kurangi tuas rencana.",
                  "Too many plans: vary fewer plan levers.");
    return problem;
}

// A column of the tornado and frontier row: exactly `width` wide, its text wrapped there.
void beginColumn(float width) {
    ImGui::BeginGroup();
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
    ImGui::Dummy(ImVec2(width, 0.0f));
}

void endColumn() {
    ImGui::PopTextWrapPos();
    ImGui::EndGroup();
}

std::string valueText(double v) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%g", v);
    return buffer;
}

} // namespace

void DecideView::drawChartIn(std::size_t which, const chart::ChartModel& model, float width,
                             float height, chart::ChartInteraction* interaction) {
    ImGui::PushID(static_cast<int>(which));
    const ImVec2 min = ImGui::GetCursorScreenPos();
    const ImVec2 size(std::max(width, 50.0f), std::max(height, 50.0f));
    ImGui::InvisibleButton("chart", size);
    const bool hovered = ImGui::IsItemHovered();
    const chart::ChartInteraction shown =
        chart::drawChart(ImGui::GetWindowDrawList(), model, m_states[which],
                         chart::Rect{min.x, min.y, min.x + size.x, min.y + size.y},
                         chart::chartInputFromImGui(ImGui::GetIO(), hovered));
    if (interaction) *interaction = shown;
    ImGui::PopID();
}

void DecideView::drawFactors(AppState& app, Language language) {
    AnalysisFactors& factors = app.factors();
    ImGui::TextWrapped("%s", tr(language,
                                "Faktor: klik kanan isian angka di penyunting, lalu \"Variasikan "
                                "dalam analisis\". Disimpan di samping skenario sebagai "
                                "<skenario>.experiment.yaml.",
                                "Factors: right-click a number in the editor and choose \"Vary in "
                                "analysis\". Saved beside the scenario as "
                                "<scenario>.experiment.yaml."));
    if (ImGui::Button(tr(language, "Usulkan faktor", "Suggest factors")))
        for (decision::Factor& f : suggestedFactors(app.document().scenario())) factors.add(f);
    ImGui::SameLine();
    if (ImGui::Button(tr(language, "Hapus semua", "Remove all"))) factors.clear();
    if (factors.empty()) return;
    const float rows = static_cast<float>(std::min<std::size_t>(factors.factors().size(), 4) + 1);
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH |
                                  ImGuiTableFlags_ScrollY | ImGuiTableFlags_SizingStretchProp;
    if (!ImGui::BeginTable("factors", 5, flags,
                           ImVec2(0.0f, rows * ImGui::GetFrameHeightWithSpacing() + 4.0f)))
        return;
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn(tr(language, "Faktor", "Factor"), ImGuiTableColumnFlags_WidthStretch,
                            3.0f);
    ImGui::TableSetupColumn(tr(language, "Rendah", "Low"), ImGuiTableColumnFlags_WidthStretch,
                            1.2f);
    ImGui::TableSetupColumn(tr(language, "Tinggi", "High"), ImGuiTableColumnFlags_WidthStretch,
                            1.2f);
    ImGui::TableSetupColumn(tr(language, "Peran", "Role"), ImGuiTableColumnFlags_WidthStretch,
                            1.2f);
    ImGui::TableSetupColumn("", ImGuiTableColumnFlags_WidthFixed, ImGui::GetFrameHeight());
    ImGui::TableHeadersRow();
    std::optional<std::size_t> removed;
    const Scenario& scenario = app.document().scenario();
    for (std::size_t i = 0; i < factors.factors().size(); ++i) {
        const decision::Factor& f = factors.factors()[i];
        ImGui::PushID(static_cast<int>(i));
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::AlignTextToFramePadding();
        ImGui::TextUnformatted(factorLabel(scenario, f.path, language).c_str());
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", f.path.c_str());
        double low = f.low, high = f.high;
        ImGui::TableNextColumn();
        ImGui::SetNextItemWidth(-FLT_MIN);
        const bool listed = !f.values.empty();
        if (listed) {
            ImGui::TextUnformatted(valueText(f.values.front()).c_str());
        } else if (ImGui::InputDouble("##low", &low, 0.0, 0.0, "%g",
                                      ImGuiInputTextFlags_EnterReturnsTrue)) {
            factors.setRange(i, low, high);
        }
        ImGui::TableNextColumn();
        ImGui::SetNextItemWidth(-FLT_MIN);
        if (listed) {
            ImGui::TextUnformatted(valueText(f.values.back()).c_str());
        } else if (ImGui::InputDouble("##high", &high, 0.0, 0.0, "%g",
                                      ImGuiInputTextFlags_EnterReturnsTrue)) {
            factors.setRange(i, low, high);
        }
        ImGui::TableNextColumn();
        ImGui::TextDisabled("%s", isPlanLever(f) ? tr(language, "tuas rencana", "plan lever")
                                                 : tr(language, "asumsi", "assumption"));
        ImGui::TableNextColumn();
        if (ImGui::SmallButton("x")) removed = i;
        ImGui::PopID();
    }
    ImGui::EndTable();
    if (removed) factors.remove(*removed);
}

void DecideView::drawTornado(const AppState& app, Language language, float width, float height) {
    const auto run = m_session.tornado().result();
    const bool current = m_session.tornadoCurrent(app);
    beginColumn(width);
    if (app.factors().empty()) {
        ImGui::TextWrapped("%s", tr(language, "Tambahkan faktor untuk melihat tornado.",
                                    "Add factors to see the tornado."));
    } else if (!run) {
        ImGui::TextDisabled("%s", tr(language, "Menghitung tornado…", "Computing the tornado…"));
    } else if (!run->error.empty() && current) {
        ImGui::TextWrapped("%s%s", tr(language, "Tornado gagal: ", "The tornado failed: "),
                           run->error.c_str());
    } else {
        const auto bars = tornadoBars(*run, m_session.indicator);
        const auto k = run->indicatorIndex(m_session.indicator);
        const chart::ChartModel model =
            tornadoChart(bars, tornadoBase(*run, m_session.indicator), m_session.indicator,
                         k ? run->units[*k] : std::string(), app.document().scenario(), language);
        const float note = ImGui::GetTextLineHeightWithSpacing();
        drawChartIn(0, model, width, height - note);
        ImGui::TextDisabled("%s %.0f ms%s",
                            tr(language, "OAT, mode ekspektasi:", "OAT, expected mode:"),
                            run->milliseconds,
                            current ? "" : tr(language, " (menghitung ulang…)", " (recomputing…)"));
    }
    endColumn();
}

void DecideView::drawFrontier(AppState& app, const RunSnapshot& snapshot, Language language,
                              float width, float height) {
    beginColumn(width);
    const bool running = m_session.frontier().running();
    if (ImGui::Button(tr(language, "Hitung frontier anggaran", "Compute the budget frontier")) &&
        !running) {
        m_problem.clear();
        m_chosenPoint.reset();
        if (!m_session.startFrontier(app, m_problem)) m_problem = problemText(m_problem, language);
    }
    progressRow(
        m_session.frontier().progress(), running, "frontier",
        [this] { m_session.frontier().cancel(); }, language);
    const auto run = m_session.frontier().result();
    if (!m_problem.empty()) ImGui::TextWrapped("%s", m_problem.c_str());
    if (run && run->complete()) {
        std::optional<std::pair<double, double>> now;
        if (snapshot.expected) {
            const Indicator* cost = snapshot.expected->indicator(decision::kCostIndicator);
            const Indicator* outcome = snapshot.expected->indicator(run->experiment.design.outcome);
            if (cost && outcome) now = std::pair{cost->mean, outcome->mean};
        }
        const float buttons = ImGui::GetFrameHeightWithSpacing();
        chart::ChartInteraction hit;
        drawChartIn(1, frontierChart(run->analysis.frontier, now, language), width,
                    height - 2 * buttons, &hit);
        const bool clicked = ImGui::IsItemClicked();
        std::optional<std::size_t> hovered;
        if (hit.hoverSeries && hit.hoverIndex)
            hovered = frontierPointAt(*run, *hit.hoverSeries, *hit.hoverIndex);
        if (hovered) {
            ImGui::BeginTooltip();
            for (std::size_t f = 0; f < run->experiment.factors.size(); ++f)
                ImGui::Text("%s: %s",
                            factorLabel(app.document().scenario(), run->experiment.factors[f].path,
                                        language)
                                .c_str(),
                            valueText(run->values[*hovered][f]).c_str());
            ImGui::TextDisabled("%s", tr(language, "Klik untuk memilih", "Click to choose"));
            ImGui::EndTooltip();
            if (clicked) m_chosenPoint = hovered;
        }
        ImGui::BeginDisabled(!m_chosenPoint);
        if (ImGui::Button(tr(language, "Terapkan rencana terpilih", "Apply the chosen plan")) &&
            m_chosenPoint)
            m_session.applyFrontierPoint(app, *m_chosenPoint);
        ImGui::EndDisabled();
    } else if (run && run->cancelled) {
        ImGui::TextDisabled("%s", tr(language, "Dibatalkan.", "Cancelled."));
    } else if (run && !run->error.empty()) {
        ImGui::TextWrapped("%s", run->error.c_str());
    }
    endColumn();
}

void DecideView::drawSensitivity(const AppState& app, Language language) {
    const bool running = m_session.sensitivity().running();
    int kind = m_session.sensitivityKind == decision::DesignKind::Sobol ? 0 : 1;
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 8.0f);
    if (ImGui::Combo("##kind", &kind, "Sobol\0Morris\0"))
        m_session.sensitivityKind =
            kind == 0 ? decision::DesignKind::Sobol : decision::DesignKind::Morris;
    if (kind == 0) {
        // N base samples: N (k + 2) runs; more samples, narrower intervals.
        ImGui::SameLine();
        ImGui::SetNextItemWidth(ImGui::GetFontSize() * 6.0f);
        ImGui::InputInt("N", &m_session.sobolSamples, 16, 64);
        m_session.sobolSamples = std::clamp(m_session.sobolSamples, 8, 4096);
        if (ImGui::IsItemHovered())
            ImGui::SetTooltip("%s",
                              tr(language, "Sampel dasar Saltelli: N x (faktor + 2) jalannya model",
                                 "Saltelli base samples: N x (factors + 2) model runs"));
    }
    ImGui::SameLine();
    ImGui::BeginDisabled(running || app.factors().empty());
    if (ImGui::Button(tr(language, "Jalankan sensitivitas", "Run sensitivity")))
        m_session.startSensitivity(app);
    ImGui::EndDisabled();
    progressRow(
        m_session.sensitivity().progress(), running, "sensitivity",
        [this] { m_session.sensitivity().cancel(); }, language);
    const auto run = m_session.sensitivity().result();
    if (!run) return;
    if (run->cancelled) {
        ImGui::TextDisabled("%s", tr(language, "Dibatalkan.", "Cancelled."));
        return;
    }
    if (!run->error.empty()) {
        ImGui::TextWrapped("%s", run->error.c_str());
        return;
    }
    const chart::ChartModel model =
        sensitivityChart(*run, m_session.indicator, app.document().scenario(), language);
    const float rows = static_cast<float>(std::max<std::size_t>(model.categories.size(), 3));
    drawChartIn(2, model, ImGui::GetContentRegionAvail().x,
                std::min(rows * ImGui::GetFontSize() * 2.2f + 90.0f, 420.0f));
    ImGui::TextDisabled("%zu %s, %.1f s", run->values.size(),
                        tr(language, "jalannya model", "model runs"), run->milliseconds / 1000.0);
}

void DecideView::drawOptimiser(AppState& app, Language language) {
    OptimiserRequest& request = m_session.optimiser;
    const bool running = m_session.optimiserJob().running();
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(tr(language, "Maksimalkan", "Maximise"));
    ImGui::SameLine();
    indicatorCombo("##objective", request.indicator, language);
    ImGui::SameLine();
    ImGui::Checkbox(
        tr(language, "Robust (kuantil 5% Monte Carlo)", "Robust (Monte Carlo 5% quantile)"),
        &request.robust);
    ImGui::BeginDisabled(running);
    if (ImGui::Button(tr(language, "Jalankan optimasi", "Run the optimiser"))) {
        m_problem.clear();
        if (!m_session.startOptimiser(app, m_problem)) m_problem = problemText(m_problem, language);
    }
    ImGui::EndDisabled();
    progressRow(
        m_session.optimiserJob().progress(), running, "optimiser",
        [this] { m_session.optimiserJob().cancel(); }, language);
    ImGui::TextDisabled("%s", tr(language, "Batasan: plafon dan batas tiap tahun anggaran dokumen.",
                                 "Constraints: the document's envelope and fiscal-year limits."));
    const auto outcome = m_session.optimiserJob().result();
    if (!outcome || running) return;
    if (!outcome->error.empty()) {
        ImGui::TextWrapped("%s", outcome->error.c_str());
        return;
    }
    if (!outcome->best) return;
    const Scenario& scenario = app.document().scenario();
    const ImGuiTableFlags flags =
        ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchProp;
    if (ImGui::BeginTable("allocation", 4, flags)) {
        ImGui::TableSetupColumn(tr(language, "Alokasi", "Allocation"),
                                ImGuiTableColumnFlags_WidthStretch, 3.0f);
        ImGui::TableSetupColumn(tr(language, "Sekarang", "Current"));
        ImGui::TableSetupColumn(tr(language, "Terbaik", "Best"));
        ImGui::TableSetupColumn(tr(language, "Selisih", "Difference"));
        ImGui::TableHeadersRow();
        for (std::size_t f = 0; f < outcome->factors.size(); ++f) {
            const double now = f < outcome->current.size() ? outcome->current[f] : std::nan("");
            const double best = outcome->best->values[f];
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(
                factorLabel(scenario, outcome->factors[f].path, language).c_str());
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(valueText(now).c_str());
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(valueText(best).c_str());
            ImGui::TableNextColumn();
            if (best != now) ImGui::Text("%+g", best - now);
        }
        for (std::size_t k = 0; k < outcome->indicators.size(); ++k) {
            const std::string& unit = outcome->units[k];
            const double best = outcome->best->outputs[k * outcome->stride];
            const double now =
                outcome->baseline ? outcome->baseline->outputs[k * outcome->stride] : std::nan("");
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::TextDisabled("%s", translate(outcome->indicators[k], language).c_str());
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(indicatorText(now, unit, language).c_str());
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(indicatorText(best, unit, language).c_str());
            ImGui::TableNextColumn();
            if (std::isfinite(now) && std::isfinite(best))
                ImGui::TextUnformatted(differenceText(best - now, unit, language).c_str());
        }
        ImGui::EndTable();
    }
    ImGui::Text(
        "%s %s", tr(language, "Biaya terencana:", "Planned cost:"),
        formatRupiahWords(static_cast<double>(outcome->best->costs.total), language).c_str());
    if (outcome->money.perHundredMillion)
        ImGui::TextWrapped(
            "%s %s %s",
            tr(language,
               "Nilai marginal uang: tiap Rp 100 juta tambahan "
               "plafon memberi sekitar",
               "Marginal value of money: each further Rp 100 juta of "
               "envelope buys about"),
            valueText(std::round(*outcome->money.perHundredMillion * 100) / 100).c_str(),
            translate(request.indicator, language).c_str());
    if (outcome->cancelled)
        ImGui::TextDisabled("%s", tr(language, "Dibatalkan: terbaik sejauh ini.",
                                     "Cancelled: the best found so far."));
    if (ImGui::Button(tr(language, "Terapkan alokasi terbaik", "Apply the best allocation")))
        m_session.applyOptimiser(app);
}

void DecideView::draw(AppState& app, const RunSnapshot& snapshot) {
    const Language language = app.settings().language;
    m_session.tick(app);
    ImGui::BeginChild("decide", ImVec2(0.0f, 0.0f), false);
    drawFactors(app, language);
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(tr(language, "Indikator", "Indicator"));
    ImGui::SameLine();
    indicatorCombo("##indicator", m_session.indicator, language);
    // The tornado (wider: its rows carry the factors' names) beside the frontier; tall
    // enough for every row's label, the tab scrolls where the window is short.
    const float gap = 8.0f;
    const float avail = ImGui::GetContentRegionAvail().x;
    const float left = std::floor((avail - gap) * 0.56f);
    const float rows = static_cast<float>(std::max<std::size_t>(app.factors().factors().size(), 4));
    const float needed = std::max(rows * ImGui::GetFontSize() * 1.9f + 110.0f, 300.0f);
    const float height =
        std::clamp(ImGui::GetContentRegionAvail().y - 8.0f, needed, std::max(needed, 560.0f));
    drawTornado(app, language, left, height);
    ImGui::SameLine(0.0f, gap);
    drawFrontier(app, snapshot, language, avail - gap - left, height);
    if (ImGui::CollapsingHeader(
            tr(language, "Sensitivitas (Sobol, Morris)", "Sensitivity (Sobol, Morris)"),
            ImGuiTreeNodeFlags_DefaultOpen))
        drawSensitivity(app, language);
    if (ImGui::CollapsingHeader(tr(language, "Optimasi alokasi", "Allocation optimiser"),
                                ImGuiTreeNodeFlags_DefaultOpen))
        drawOptimiser(app, language);
    ImGui::EndChild();
}

} // namespace nk::gui
