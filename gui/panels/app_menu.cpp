#include "panels/app_menu.hpp"

#include "model/export.hpp"
#include "model/results_charts.hpp"
#include "model/ui_text.hpp"
#include "panels/help_windows.hpp"
#include "report/document_report.hpp"

#include <GLFW/glfw3.h>
#include <imgui.h>
#include <imgui_stdlib.h>

#include <filesystem>

namespace nk::gui {

namespace {

// ImGui 1.86 with the GLFW backend indexes keys by GLFW key codes.
bool pressedWithCtrl(int key, bool shift = false) {
    const ImGuiIO& io = ImGui::GetIO();
    return io.KeyCtrl && io.KeyShift == shift && ImGui::IsKeyPressed(key, false);
}

} // namespace

void AppMenu::draw(AppState& app, ViewState& view, bool& quit) {
    shortcuts(app, view, quit);
    menus(app, view, quit);
    fileDialog(app);
    unsavedDialog(app, quit);
    problemDialog(app.settings().language);
}

void AppMenu::requestQuit(AppState& app, bool& quit) {
    request(Action::Quit, app, quit);
}

void AppMenu::shortcuts(AppState& app, ViewState& view, bool& quit) {
    if (pressedWithCtrl(GLFW_KEY_1)) view.select(MainTab::Results);
    if (pressedWithCtrl(GLFW_KEY_2)) view.select(MainTab::Compare);
    if (pressedWithCtrl(GLFW_KEY_3)) view.select(MainTab::Equipment);
    if (pressedWithCtrl(GLFW_KEY_4)) view.select(MainTab::Decide);
    if (ImGui::IsKeyPressed(GLFW_KEY_F1, false)) {
        view.showDocs = true;
        view.docsPage = kGuidePage;
    }
    if (pressedWithCtrl(GLFW_KEY_N)) request(Action::New, app, quit);
    if (pressedWithCtrl(GLFW_KEY_O)) request(Action::Open, app, quit);
    if (pressedWithCtrl(GLFW_KEY_Q)) request(Action::Quit, app, quit);
    if (pressedWithCtrl(GLFW_KEY_S) && !app.save()) askPath(PathPurpose::SaveAs, app);
    if (pressedWithCtrl(GLFW_KEY_S, true)) askPath(PathPurpose::SaveAs, app);
    if (pressedWithCtrl(GLFW_KEY_Z)) app.undo();
    if (pressedWithCtrl(GLFW_KEY_Y) || pressedWithCtrl(GLFW_KEY_Z, true)) app.redo();
}

void AppMenu::viewMenu(ViewState& view, Language language) {
    if (!ImGui::BeginMenu(tr(language, "Tampilan", "View"))) return;
    const std::pair<MainTab, const char*> tabs[] = {
        {MainTab::Results, tr(language, "Hasil", "Results")},
        {MainTab::Compare, tr(language, "Bandingkan skenario", "Compare scenarios")},
        {MainTab::Equipment,
         tr(language, "Alokasi peralatan bersama", "Shared equipment allocation")},
        {MainTab::Decide, tr(language, "Putuskan: tornado, frontier, optimasi",
                             "Decide: tornado, frontier, optimiser")}};
    const char* keys[] = {"Ctrl+1", "Ctrl+2", "Ctrl+3", "Ctrl+4"};
    for (std::size_t i = 0; i < 4; ++i)
        if (ImGui::MenuItem(tabs[i].second, keys[i], view.tab == tabs[i].first))
            view.select(tabs[i].first);
    ImGui::Separator();
    ImGui::MenuItem(tr(language, "Panel penyunting skenario", "Scenario editor pane"), nullptr,
                    &view.showEditor);
    ImGui::EndMenu();
}

void AppMenu::helpMenu(ViewState& view, Language language) {
    if (!ImGui::BeginMenu(tr(language, "Bantuan", "Help"))) return;
    const auto page = [&](const char* label, const char* key, int which) {
        if (ImGui::MenuItem(label, key)) {
            view.showDocs = true;
            view.docsPage = which;
        }
    };
    page(tr(language, "Panduan pengguna", "User guide"), "F1", kGuidePage);
    page(tr(language, "Model: cara proyeksi dihitung", "The model: how a projection is computed"),
         nullptr, kModelPage);
    page(tr(language, "Format berkas skenario", "Scenario file format"), nullptr, kFormatPage);
    ImGui::Separator();
    page(tr(language, "Untuk pengembang: mesin", "For developers: the engine"), nullptr,
         kEnginePage);
    ImGui::Separator();
    if (ImGui::MenuItem(tr(language, "Tentang NaikKelas", "About NaikKelas")))
        view.openAbout = true;
    ImGui::EndMenu();
}

void AppMenu::menus(AppState& app, ViewState& view, bool& quit) {
    if (!ImGui::BeginMainMenuBar()) return;
    Language& language = app.settings().language;
    if (ImGui::BeginMenu(tr(language, "Berkas", "File"))) {
        if (ImGui::MenuItem(tr(language, "Baru", "New"), "Ctrl+N")) request(Action::New, app, quit);
        if (ImGui::MenuItem(tr(language, "Buka...", "Open..."), "Ctrl+O"))
            request(Action::Open, app, quit);
        if (ImGui::BeginMenu(tr(language, "Buka terakhir", "Open Recent"),
                             !app.settings().recentFiles.empty())) {
            for (const auto& path : app.settings().recentFiles)
                if (ImGui::MenuItem(path.c_str())) request(Action::OpenRecent, app, quit, path);
            ImGui::EndMenu();
        }
        if (ImGui::MenuItem(tr(language, "Simpan", "Save"), "Ctrl+S") && !app.save())
            askPath(PathPurpose::SaveAs, app);
        if (ImGui::MenuItem(tr(language, "Simpan sebagai...", "Save As..."), "Ctrl+Shift+S"))
            askPath(PathPurpose::SaveAs, app);
        exportMenu(app);
        ImGui::Separator();
        if (ImGui::MenuItem(tr(language, "Keluar", "Quit"), "Ctrl+Q"))
            request(Action::Quit, app, quit);
        ImGui::EndMenu();
    }
    if (ImGui::BeginMenu(tr(language, "Sunting", "Edit"))) {
        const Document& doc = app.document();
        const std::string undo = tr(language, "Batalkan ", "Undo ") + doc.undoLabel();
        const std::string redo = tr(language, "Ulangi ", "Redo ") + doc.redoLabel();
        if (ImGui::MenuItem(undo.c_str(), "Ctrl+Z", false, doc.canUndo())) app.undo();
        if (ImGui::MenuItem(redo.c_str(), "Ctrl+Y", false, doc.canRedo())) app.redo();
        ImGui::EndMenu();
    }
    viewMenu(view, language);
    if (ImGui::BeginMenu(tr(language, "Bahasa", "Language"))) {
        if (ImGui::MenuItem("Bahasa Indonesia", nullptr, language == Language::Indonesian))
            language = Language::Indonesian;
        if (ImGui::MenuItem("English", nullptr, language == Language::English))
            language = Language::English;
        ImGui::EndMenu();
    }
    helpMenu(view, language);
    if (!m_exportMessage.empty()) {
        ImGui::Separator();
        ImGui::TextDisabled("%s", m_exportMessage.text(language).c_str());
    }
    ImGui::EndMainMenuBar();
}

void AppMenu::request(Action action, AppState& app, bool& quit, const std::string& path) {
    m_pendingPath = path;
    if (app.document().dirty()) {
        m_pending = action;
        m_openUnsavedDialog = true;
        return;
    }
    perform(action, app, quit);
}

void AppMenu::perform(Action action, AppState& app, bool& quit) {
    switch (action) {
    case Action::New:
        app.newDocument();
        break;
    case Action::Open:
        askPath(PathPurpose::Open, app);
        break;
    case Action::OpenRecent:
        open(app, m_pendingPath);
        break;
    case Action::Quit:
        quit = true;
        break;
    case Action::None:
        break;
    }
}

void AppMenu::askPath(PathPurpose purpose, const AppState& app) {
    const Language language = app.settings().language;
    const Document& doc = app.document();
    std::error_code ec;
    const std::string folder = !app.settings().lastFolder.empty()
                                   ? app.settings().lastFolder
                                   : std::filesystem::current_path(ec).string();
    FileDialogRequest request;
    request.patterns = {"*.yaml", "*.yml"};
    request.filterName = tr(language, "Berkas skenario (.yaml)", "Scenario file (.yaml)");
    request.initialPath = doc.path().empty() ? folder + "/" : doc.path();
    switch (purpose) {
    case PathPurpose::Open:
        request.title = tr(language, "Buka skenario", "Open scenario");
        request.initialPath = folder + "/";
        break;
    case PathPurpose::SaveAs:
        request.mode = FileDialogMode::Save;
        request.title = tr(language, "Simpan skenario sebagai", "Save scenario as");
        break;
    case PathPurpose::ExportSeries:
        request.mode = FileDialogMode::Save;
        request.title = tr(language, "Ekspor seri hasil", "Export series");
        request.patterns = {"*.csv"};
        request.filterName = tr(language, "Berkas CSV", "CSV file");
        request.initialPath = defaultExportPath(folder, doc.scenario().scenario.id, "series.csv");
        break;
    case PathPurpose::ExportReport:
        request.mode = FileDialogMode::Save;
        request.title = tr(language, "Ekspor laporan rapat", "Export meeting report");
        request.patterns = {"*.pdf"};
        request.filterName = tr(language, "Dokumen PDF", "PDF document");
        request.initialPath = defaultExportPath(folder, doc.scenario().scenario.id, "report.pdf");
        break;
    }
    m_pathPurpose = purpose;
    m_exportMessage = {};
    m_fileDialog.ask(request, app.fileChooser());
}

void AppMenu::open(AppState& app, const std::string& path) {
    if (app.open(path)) return;
    m_problem = app.status();
    m_openProblemDialog = true;
}

void AppMenu::exportMenu(AppState& app) {
    const Language language = app.settings().language;
    if (!ImGui::BeginMenu(tr(language, "Ekspor", "Export"))) return;
    const auto snapshot = app.runs().snapshot();
    const auto results = displayedResults(*snapshot);
    if (ImGui::MenuItem(tr(language, "Seri hasil sebagai CSV...", "Series as CSV..."), nullptr,
                        false, results != nullptr))
        askPath(PathPurpose::ExportSeries, app);
    if (ImGui::MenuItem(tr(language, "Salin tabel indikator", "Copy indicator table"), nullptr,
                        false, results != nullptr)) {
        ImGui::SetClipboardText(indicatorsTable(*results, language).c_str());
        m_exportMessage = {"Tabel indikator disalin.", "Indicator table copied."};
    }
    if (ImGui::MenuItem(tr(language, "Laporan rapat (PDF)...", "Meeting report (PDF)..."), nullptr,
                        false, results != nullptr))
        askPath(PathPurpose::ExportReport, app);
    ImGui::TextDisabled("%s", tr(language, "Grafik: klik kanan grafik > Simpan PNG",
                                 "Charts: right-click a chart > Save PNG"));
    ImGui::EndMenu();
}

void AppMenu::exportSeries(AppState& app, const std::string& path) {
    const std::string csv = seriesCsvFor(*app.runs().snapshot());
    std::string error;
    if (csv.empty())
        m_exportMessage = {
            "Belum ada hasil untuk diekspor.", "There are no results to export yet.", {}, true};
    else if (!writeTextFile(path, csv, error))
        m_exportMessage = {"Tidak dapat menyimpan:", "Cannot save:", error, true};
    else
        m_exportMessage = {"Tersimpan:", "Saved:", path};
}

void AppMenu::exportReport(AppState& app, const std::string& path) {
    static const std::vector<CompareEntry> kNone;
    m_exportMessage = report::exportDocumentReport(app.document(), *app.runs().snapshot(),
                                                   m_compare ? m_compare->entries() : kNone,
                                                   app.settings().language, path);
}

void AppMenu::fileDialog(AppState& app) {
    const std::optional<std::string> path = m_fileDialog.draw(app.settings().language);
    if (!path) return;
    switch (m_pathPurpose) {
    case PathPurpose::Open:
        open(app, *path);
        break;
    case PathPurpose::SaveAs:
        if (!app.saveAs(*path)) {
            m_problem = app.status();
            m_openProblemDialog = true;
        }
        break;
    case PathPurpose::ExportSeries:
        exportSeries(app, *path);
        break;
    case PathPurpose::ExportReport:
        exportReport(app, *path);
        break;
    }
}

// A file that could not be opened or saved: said in a dialog, as the user asked for it
// and waits for it; the document stays as it was.
void AppMenu::problemDialog(Language language) {
    const char* title =
        tr(language, "Masalah berkas###file_problem", "File problem###file_problem");
    if (m_openProblemDialog) {
        ImGui::OpenPopup(title);
        m_openProblemDialog = false;
    }
    if (!ImGui::BeginPopupModal(title, nullptr, ImGuiWindowFlags_AlwaysAutoResize)) return;
    ImGui::PushTextWrapPos(ImGui::GetFontSize() * 36.0f);
    ImGui::TextUnformatted(m_problem.text(language).c_str());
    ImGui::PopTextWrapPos();
    if (ImGui::Button("OK") || ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Enter)) ||
        ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape))) {
        m_problem = {};
        ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
}

void AppMenu::unsavedDialog(AppState& app, bool& quit) {
    const Language language = app.settings().language;
    const char* title = tr(language, "Perubahan belum disimpan", "Unsaved changes");
    if (m_openUnsavedDialog) {
        ImGui::OpenPopup(title);
        m_openUnsavedDialog = false;
    }
    if (!ImGui::BeginPopupModal(title, nullptr, ImGuiWindowFlags_AlwaysAutoResize)) return;
    ImGui::Text(tr(language, "Simpan perubahan pada %s?", "Save the changes to %s?"),
                app.document().displayName().c_str());
    const Action pending = m_pending;
    if (ImGui::Button(tr(language, "Simpan", "Save"))) {
        ImGui::CloseCurrentPopup();
        m_pending = Action::None;
        if (app.save()) {
            perform(pending, app, quit);
        } else {
            askPath(PathPurpose::SaveAs, app); // untitled: the action waits for the user
        }
    }
    ImGui::SameLine();
    if (ImGui::Button(tr(language, "Buang", "Discard"))) {
        ImGui::CloseCurrentPopup();
        m_pending = Action::None;
        perform(pending, app, quit);
    }
    ImGui::SameLine();
    if (ImGui::Button(tr(language, "Batal", "Cancel"))) {
        ImGui::CloseCurrentPopup();
        m_pending = Action::None;
    }
    ImGui::EndPopup();
}

} // namespace nk::gui
