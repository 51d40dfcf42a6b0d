// Typing a Rupiah amount or a count into an editor field, without ImGui: what the field
// shows for a value (in the user's style: "Rp 1.500.000", "1.500"), what typed text means
// (the value and its words, "= Rp 1,5 juta", or why it is refused), and the one field
// being typed in, applied as one undoable edit when the user leaves it. Reads with the
// core's parser (naikkelas/units/number_input.hpp), so a field takes what the command
// line takes: "1,5 juta", "Rp 2 M", "1.500.000" in Indonesian; "1.5 million" in English.
#pragma once

#include "model/app_state.hpp"

#include "naikkelas/units/number_input.hpp"

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

namespace nk::gui {

enum class NumberKind { Amount, Count };

// The value as the field shows it when it is not being typed in.
std::string numberText(NumberKind kind, std::int64_t value, Language language);

struct NumberReading {
    std::optional<std::int64_t> value; // set when accepted
    std::string preview;               // "= Rp 1,5 juta", "= 1.000.000"; empty when refused
    std::string problem;               // why refused, in the user's language
};

NumberReading readNumber(NumberKind kind, std::string_view text, Language language,
                         InputRange range);

// The number field being typed in; one at a time, as there is one keyboard. Its text is
// applied when the user leaves the field (Enter, a click elsewhere, another field). A
// refused text is never applied: it stays, shown in red with its reason, until the user
// corrects it, presses Escape, or types in another number field.
class NumberDraft {
public:
    struct Field {
        std::string keyPath;
        std::string label; // of the undo step
        NumberKind kind = NumberKind::Amount;
        InputRange range;
        std::string valueText; // the value as shown before typing: left as is, nothing changes
        std::function<void(Scenario&, std::int64_t)> apply;
    };

    const std::string& keyPath() const { return m_field.keyPath; } // empty: no draft
    bool holds(const std::string& keyPath) const {
        return !m_field.keyPath.empty() && m_field.keyPath == keyPath;
    }
    bool typing() const { return m_typing; }
    const std::string& text() const { return m_text; }
    NumberReading reading(Language language) const;

    // The user types in `field` (its text this frame). A draft of another field is left
    // first, so its valid text is applied.
    void type(AppState& app, Field field, std::string text, Language language);
    // The user left the field: a valid text that differs from the value is applied as
    // one edit; a refused one stays. True when something was applied.
    bool leave(AppState& app, Language language);
    // Escape, or the document changed under a refused draft (undo, open): forget it.
    void drop();
    // Drops a refused draft that no longer belongs to the document's content.
    void follow(const Document& document);

private:
    Field m_field;
    std::string m_text;
    bool m_typing = false;
    std::uint64_t m_documentState = 0;
};

} // namespace nk::gui
