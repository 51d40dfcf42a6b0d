// Going to a field of the editor: a key path is asked for (a diagnostic clicked, another
// view's focus()), the editor opens its section, row and group for a frame, and the
// widget of the path (or of its nearest enclosing path that has one) is scrolled to,
// given keyboard focus when it is an input, and framed in colour for a moment. Widgets
// report themselves through before() and after(); nothing else needs to know.
#pragma once

#include "model/editor_paths.hpp"

#include <optional>
#include <string>
#include <unordered_set>
#include <vector>

namespace nk::gui {

class EditorFocus {
public:
    static constexpr double kHighlightSeconds = 1.5;

    void request(const std::string& keyPath);

    // Call once at the start and once at the end of each frame the editor draws.
    void beginFrame();
    void endFrame();

    // True during the frame in which the requested path's section (group, row) opens.
    bool opens(EditorSection section) const;
    bool opensGroup(const std::string& group) const;
    bool opensRow(const std::string& table, std::size_t row) const;

    // Around every widget that edits a key path; `input`: it takes keyboard focus.
    void before(const std::string& keyPath, bool input);
    void after(const std::string& keyPath);

    // The widget being gone to (empty when none), and whether a path had a widget in the
    // last complete frame.
    const std::string& target() const { return m_target; }
    bool drew(const std::string& keyPath) const { return m_drawnLast.count(keyPath) > 0; }

private:
    enum class Stage { Idle, Opening, Resolving };

    Stage m_stage = Stage::Idle;
    std::optional<EditorLocation> m_location;
    std::vector<std::string> m_candidates; // the requested path, then its enclosing paths
    std::string m_target;
    bool m_scrollPending = false;
    bool m_keyboardPending = false;
    double m_highlightUntil = 0.0;
    std::unordered_set<std::string> m_drawn;     // this frame
    std::unordered_set<std::string> m_drawnLast; // the last complete frame
};

} // namespace nk::gui
