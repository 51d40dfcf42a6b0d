#include "panels/app_menu.hpp"

#include "panels/ui_text.hpp"

#include <GLFW/glfw3.h>
#include <imgui.h>
#include <imgui_stdlib.h>

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
    pathDialog(app, quit);
    unsavedDialog(app, quit);
}

void AppMenu::requestQuit(AppState& app, bool& quit) {
    request(Action::Quit, app, quit);
}

void AppMenu::shortcuts(AppState& app, ViewState& view, bool& quit) {
    if (pressedWithCtrl(GLFW_KEY_1)) view.select(MainTab::Results);
    if (pressedWithCtrl(GLFW_KEY_2)) view.select(MainTab::Compare);
    if (pressedWithCtrl(GLFW_KEY_3)) view.select(MainTab::Equipment);
    if (ImGui::IsKeyPressed(GLFW_KEY_F1, false)) view.showDocs = true;
    if (pressedWithCtrl(GLFW_KEY_N)) request(Action::New, app, quit);
    if (pressedWithCtrl(GLFW_KEY_O)) request(Action::Open, app, quit);
    if (pressedWithCtrl(GLFW_KEY_Q)) request(Action::Quit, app, quit);
    if (pressedWithCtrl(GLFW_KEY_S) && !app.save()) {
        m_pathForSave = true;
        m_openPathDialog = true;
    }
    if (pressedWithCtrl(GLFW_KEY_S, true)) {
        m_pathForSave = true;
        m_openPathDialog = true;
    }
    if (pressedWithCtrl(GLFW_KEY_Z)) app.undo();
    if (pressedWithCtrl(GLFW_KEY_Y) || pressedWithCtrl(GLFW_KEY_Z, true)) app.redo();
}

void AppMenu::viewMenu(ViewState& view, Language language) {
    if (!ImGui::BeginMenu(tr(language, "Tampilan", "View"))) return;
    const std::pair<MainTab, const char*> tabs[] = {
        {MainTab::Results, tr(language, "Hasil", "Results")},
        {MainTab::Compare, tr(language, "Bandingkan skenario", "Compare scenarios")},
        {MainTab::Equipment,
         tr(language, "Alokasi peralatan bersama", "Shared equipment allocation")}};
    const char* keys[] = {"Ctrl+1", "Ctrl+2", "Ctrl+3"};
    for (std::size_t i = 0; i < 3; ++i)
        if (ImGui::MenuItem(tabs[i].second, keys[i], view.tab == tabs[i].first))
            view.select(tabs[i].first);
    ImGui::Separator();
    ImGui::MenuItem(tr(language, "Panel penyunting skenario", "Scenario editor pane"), nullptr,
                    &view.showEditor);
    ImGui::EndMenu();
}

void AppMenu::helpMenu(ViewState& view, Language language) {
    if (!ImGui::BeginMenu(tr(language, "Bantuan", "Help"))) return;
    if (ImGui::MenuItem(tr(language, "Cara model menghitung", "How a run is computed"), "F1")) {
        view.showDocs = true;
        view.docsPage = 0;
    }
    if (ImGui::MenuItem(tr(language, "Format berkas skenario", "Scenario file format"))) {
        view.showDocs = true;
        view.docsPage = 1;
    }
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
        if (ImGui::MenuItem(tr(language, "Simpan", "Save"), "Ctrl+S") && !app.save()) {
            m_pathForSave = true;
            m_openPathDialog = true;
        }
        if (ImGui::MenuItem(tr(language, "Simpan sebagai...", "Save As..."), "Ctrl+Shift+S")) {
            m_pathForSave = true;
            m_openPathDialog = true;
        }
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
        m_pathForSave = false;
        m_openPathDialog = true;
        break;
    case Action::OpenRecent:
        app.open(m_pendingPath);
        break;
    case Action::Quit:
        quit = true;
        break;
    case Action::None:
        break;
    }
}

void AppMenu::pathDialog(AppState& app, bool& quit) {
    (void)quit;
    const Language language = app.settings().language;
    const char* title = m_pathForSave ? tr(language, "Simpan sebagai", "Save As")
                                      : tr(language, "Buka skenario", "Open scenario");
    if (m_openPathDialog) {
        ImGui::OpenPopup(title);
        m_path =
            app.document().path().empty() ? app.settings().lastFolder + "/" : app.document().path();
        m_openPathDialog = false;
    }
    if (!ImGui::BeginPopupModal(title, nullptr, ImGuiWindowFlags_AlwaysAutoResize)) return;
    ImGui::TextUnformatted(tr(language, "Berkas skenario (.yaml):", "Scenario file (.yaml):"));
    ImGui::SetNextItemWidth(560.0f);
    if (ImGui::IsWindowAppearing()) ImGui::SetKeyboardFocusHere();
    const bool entered = ImGui::InputText("##path", &m_path, ImGuiInputTextFlags_EnterReturnsTrue);
    if (!app.status().empty()) ImGui::TextWrapped("%s", app.status().c_str());
    const bool ok = ImGui::Button(m_pathForSave ? tr(language, "Simpan", "Save")
                                                : tr(language, "Buka", "Open")) ||
                    entered;
    ImGui::SameLine();
    if (ImGui::Button(tr(language, "Batal", "Cancel")) || ImGui::IsKeyPressed(GLFW_KEY_ESCAPE))
        ImGui::CloseCurrentPopup();
    else if (ok && (m_pathForSave ? app.saveAs(m_path) : app.open(m_path)))
        ImGui::CloseCurrentPopup();
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
            m_pathForSave = true; // untitled: ask for a path; the action waits for the user
            m_openPathDialog = true;
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
