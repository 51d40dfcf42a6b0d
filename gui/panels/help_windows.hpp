// Help: the model documentation and scenario format (embedded Markdown, rendered with
// headings, bullets, code and tables), and the About box (version, plugins loaded, where
// settings and autosaves live, keyboard shortcuts).
#pragma once

#include "model/app_state.hpp"
#include "model/markdown.hpp"
#include "panels/view_state.hpp"

#include <vector>

namespace nk::gui {

class HelpWindows {
public:
    void draw(AppState& app, ViewState& view);

private:
    void docsWindow(ViewState& view, Language language);
    void aboutPopup(AppState& app, ViewState& view);

    std::vector<MarkdownBlock> m_pages[2]; // parsed once, on first show
};

// Draws parsed Markdown into the current window (wrapped text, tables, code blocks).
void drawMarkdown(const std::vector<MarkdownBlock>& blocks);

} // namespace nk::gui
