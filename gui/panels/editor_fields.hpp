// The editor's field widgets. Each one edits one key path of the scenario: it draws the
// widget (its label hidden; forms and table headers name it), reports itself to the
// focus so a diagnostic can go to it, makes a drag or a typing session one undo step,
// and turns a change into app.edit(label, keyPath, ...). Forms are two-column tables:
// the label, then the widget.
#pragma once

#include "model/app_state.hpp"
#include "panels/editor_focus.hpp"

#include <functional>
#include <limits>
#include <string>
#include <utility>
#include <vector>

namespace nk::gui {

struct EditorContext {
    AppState& app;
    EditorFocus& focus;
    Language language;
    const Scenario& scenario; // the document's scenario as this frame began
};

template <class T> using Setter = std::function<void(Scenario&, T)>;

// A choice: the value stored and the text shown.
struct ComboOption {
    std::string value;
    std::string shown;
};

// A form: label column and widget column. formLabel starts a row and leaves the cursor
// in the widget column; `tooltip` (may be null) is shown when the label is hovered.
bool beginForm(const char* id);
void endForm();
void formLabel(const char* label, const char* tooltip = nullptr);

// Dimmed text that wraps at the edge of its column (or of the pane).
void dimmedText(const std::string& text);

// `hint` (may be null) is shown greyed while the text is empty; a text too long for the
// input is its tooltip.
void textField(EditorContext& c, const char* label, const std::string& keyPath,
               const std::string& value, const Setter<std::string>& set,
               const char* hint = nullptr);
void intField(EditorContext& c, const char* label, const std::string& keyPath, int value, int min,
              int max, const Setter<int>& set);
void seedField(EditorContext& c, const char* label, const std::string& keyPath, std::uint64_t value,
               const Setter<std::uint64_t>& set);
// `format` as printf, e.g. "%.4f"; min/max may be infinite (no bound).
void numberField(EditorContext& c, const char* label, const std::string& keyPath, double value,
                 double min, double max, const char* format, const Setter<double>& set);
void shareField(EditorContext& c, const char* label, const std::string& keyPath, double value,
                const Setter<double>& set);
// Whole rupiah: the input takes the row's width, the amount in words (Rp 1,25 juta) is
// dimmed under it and the exact amount (Rp 1.250.000) is its tooltip.
void rupiahField(EditorContext& c, const char* label, const std::string& keyPath, Rupiah value,
                 const Setter<Rupiah>& set);
// A combo of `options`; a current value that is not among them is shown as it is.
void comboField(EditorContext& c, const char* label, const std::string& keyPath,
                const std::string& value, const std::vector<ComboOption>& options,
                const Setter<std::string>& set);
void flagField(EditorContext& c, const char* label, const std::string& keyPath, bool value,
               const Setter<bool>& set);

// A small button that removes something; true when clicked.
bool removeButton(Language language);
// "+ label" under a table; true when clicked.
bool addButton(const char* label);

inline constexpr double kUnbounded = std::numeric_limits<double>::infinity();
// The largest amount a scenario file holds (2^53, docs/scenario-format.md).
inline constexpr Rupiah kLargestRupiah = Rupiah{1} << 53;

} // namespace nk::gui
