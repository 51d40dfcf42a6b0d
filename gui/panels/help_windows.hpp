// Help: the user guide (in the interface language) first, then the model, the scenario
// format and, last and apart, the engine notes for developers (embedded Markdown, rendered
// with headings, bullets, code and tables); and the About box (version, plugins loaded,
// where settings and autosaves live, keyboard shortcuts).
#pragma once

#include "model/app_state.hpp"
#include "model/markdown.hpp"
#include "panels/view_state.hpp"

#include <vector>

namespace nk::gui {

// The pages of the documentation window, in the order of its tabs.
enum DocsPage { kGuidePage, kModelPage, kFormatPage, kEnginePage, kDocsPageCount };

class HelpWindows {
public:
    void draw(AppState& app, ViewState& view);

private:
    void docsWindow(ViewState& view, Language language);
    void aboutPopup(AppState& app, ViewState& view);

    std::vector<MarkdownBlock> m_pages[kDocsPageCount][2]; // per language, parsed on first show
};

// Draws parsed Markdown into the current window (wrapped text, tables, code blocks).
void drawMarkdown(const std::vector<MarkdownBlock>& blocks);

} // namespace nk::gui
