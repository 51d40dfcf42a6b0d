// What the user chose to see, shared by the menu bar (which changes it) and the main
// view and help windows (which follow it). Plain data, kept between frames.
#pragma once

namespace nk::gui {

enum class MainTab { Results, Compare, Equipment, Decide };

struct ViewState {
    MainTab tab = MainTab::Results;
    bool tabRequested = false; // the menu asked for `tab`: select it once
    bool showEditor = true;    // the scenario editor pane on the left
    float editorWidth = 0.0f;  // 0: a share of the window until the splitter is dragged
    bool showDocs = false;
    int docsPage = 0; // a DocsPage of panels/help_windows.hpp
    bool openAbout = false;
    // Where the last frame drew the selected view (screen pixels: x0, y0, x1, y1), for
    // the screenshot mode's check that the view is not blank.
    float viewArea[4] = {0, 0, 0, 0};

    void select(MainTab t) {
        tab = t;
        tabRequested = true;
    }
};

} // namespace nk::gui
