// The menu bar, its shortcuts and the small dialogs behind it: the file dialog for Open,
// Save As and Export (panels/file_dialog), the unsaved-changes prompt before New, Open or
// Quit, and a message when a file cannot be opened or saved. Export writes the series as
// CSV or copies the indicator table. The View and Help menus change the ViewState the
// main view follows.
#pragma once

#include "model/app_state.hpp"
#include "model/compare_session.hpp"
#include "model/status_text.hpp"
#include "panels/file_dialog.hpp"
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
    // Opens `path` as File > Open does: a file that cannot be opened gets a message.
    void open(AppState& app, const std::string& path);
    // The compare view's scenarios, which File > Export report puts beside the document;
    // must outlive the menu. None: the report holds the document alone.
    void setCompareSession(const CompareSession* session) { m_compare = session; }

private:
    enum class Action { None, New, Open, OpenRecent, Quit };
    void shortcuts(AppState& app, ViewState& view, bool& quit);
    void menus(AppState& app, ViewState& view, bool& quit);
    void exportMenu(AppState& app);
    void exportSeries(AppState& app, const std::string& path);
    void exportReport(AppState& app, const std::string& path);
    static void viewMenu(ViewState& view, Language language);
    static void helpMenu(ViewState& view, Language language);
    void request(Action action, AppState& app, bool& quit, const std::string& path = {});
    void perform(Action action, AppState& app, bool& quit);
    void fileDialog(AppState& app);
    void unsavedDialog(AppState& app, bool& quit);
    void problemDialog(Language language);

    Action m_pending = Action::None; // waiting for the unsaved-changes answer
    std::string m_pendingPath;
    bool m_openUnsavedDialog = false;
    enum class PathPurpose { Open, SaveAs, ExportSeries, ExportReport };
    void askPath(PathPurpose purpose, const AppState& app);
    PathPurpose m_pathPurpose = PathPurpose::Open;
    FileDialog m_fileDialog;
    StatusText m_exportMessage; // how the last export went
    StatusText m_problem;       // a file that could not be opened or saved, until dismissed
    bool m_openProblemDialog = false;
    const CompareSession* m_compare = nullptr;
};

} // namespace nk::gui
