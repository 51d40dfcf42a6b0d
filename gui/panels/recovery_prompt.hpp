// The prompt at start when an earlier session left unsaved changes (it crashed or was
// killed): recover one into the document, discard it, or decide later (it is offered
// again at the next start).
#pragma once

#include "model/app_state.hpp"

#include <vector>

namespace nk::gui {

class RecoveryPrompt {
public:
    // Looks for autosaves; the prompt opens at the next draw when there are any.
    void check(AppState& app);
    void draw(AppState& app);
    bool pending() const { return !m_found.empty(); }

private:
    std::vector<RecoverableAutosave> m_found;
    bool m_open = false;
};

} // namespace nk::gui
