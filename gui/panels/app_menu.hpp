// The menu bar, its shortcuts and the small dialogs behind it: a path prompt for Open and
// Save As (ImGui has no file dialog), and the unsaved-changes prompt before New, Open or
// Quit. Export writes the series as CSV or copies the indicator table. The View and Help
// menus change the ViewState the main view follows.
#pragma once

#include "model/app_state.hpp"
#include "panels/view_state.hpp"

#include <string>

namespace nk::gui {

class AppMenu {
public:
    // Draws the menu bar and any open dialog; sets `quit` when the app may close. View
    // and Help change `view`.
    void draw(AppState& app, ViewState& view, bool& quit);
    // The window's close button: asks about unsaved changes first.
    void requestQuit(AppState& app, bool& quit);

private:
    enum class Action { None, New, Open, OpenRecent, Quit };
    void shortcuts(AppState& app, ViewState& view, bool& quit);
    void menus(AppState& app, ViewState& view, bool& quit);
    void exportMenu(AppState& app);
    bool exportSeries(AppState& app, Language language);
    static void viewMenu(ViewState& view, Language language);
    static void helpMenu(ViewState& view, Language language);
    void request(Action action, AppState& app, bool& quit, const std::string& path = {});
    void perform(Action action, AppState& app, bool& quit);
    void pathDialog(AppState& app, bool& quit);
    void unsavedDialog(AppState& app, bool& quit);

    Action m_pending = Action::None; // waiting for the unsaved-changes answer
    std::string m_pendingPath;
    bool m_openPathDialog = false;
    bool m_openUnsavedDialog = false;
    enum class PathPurpose { Open, SaveAs, ExportSeries };
    void askPath(PathPurpose purpose, const AppState& app);
    PathPurpose m_pathPurpose = PathPurpose::Open;
    std::string m_exportMessage; // how the last export went
    std::string m_path;
};

} // namespace nk::gui
