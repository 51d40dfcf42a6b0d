// The editor's field widgets. Each one edits one key path of the scenario: it draws the
// widget (its label hidden; forms and table headers name it), reports itself to the
// focus so a diagnostic can go to it, makes a drag or a typing session one undo step,
// and turns a change into app.edit(label, keyPath, ...). Amounts and counts are typed as
// people write them and applied when the user leaves the field (number_fields.cpp).
// Forms are two-column tables: the label, then the widget.
#pragma once

#include "model/app_state.hpp"
#include "model/number_entry.hpp"
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
    NumberDraft& draft;       // the amount or count being typed in
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
// formLabel with the schema's label and help of a scenario field.
void schemaLabel(const std::string& keyPath, Language language);

// The right-click menu of a number field just drawn: "Vary in analysis" adds the key to
// the Decide tab's factors (model/analysis_factors.hpp), or removes it.
void varyInAnalysisMenu(EditorContext& c, const std::string& keyPath);

// Dimmed text that wraps at the edge of its column (or of the pane).
void dimmedText(const std::string& text);

// `hint` (may be null) is shown greyed while the text is empty; a text too long for the
// input is its tooltip.
void textField(EditorContext& c, const char* label, const std::string& keyPath,
               const std::string& value, const Setter<std::string>& set,
               const char* hint = nullptr);
// A scenario field's bounds come from the schema by its key path (model/field_schema.hpp);
// the overloads with bounds are for a plugin's parameters, bounded by their declaration.
void intField(EditorContext& c, const char* label, const std::string& keyPath, int value,
              const Setter<int>& set);
void intField(EditorContext& c, const char* label, const std::string& keyPath, int value, int min,
              int max, const Setter<int>& set);
void seedField(EditorContext& c, const char* label, const std::string& keyPath, std::uint64_t value,
               const Setter<std::uint64_t>& set);
// `format` as printf, e.g. "%.4f"; min/max may be infinite (no bound).
void numberField(EditorContext& c, const char* label, const std::string& keyPath, double value,
                 const char* format, const Setter<double>& set);
void numberField(EditorContext& c, const char* label, const std::string& keyPath, double value,
                 double min, double max, const char* format, const Setter<double>& set);
void shareField(EditorContext& c, const char* label, const std::string& keyPath, double value,
                const Setter<double>& set);
// Whole rupiah typed as people write them ("1,5 juta", "Rp 1.500.000", "2 M"): the input
// takes the row's width and shows the amount in the user's style, with the amount in
// words (Rp 1,25 juta) dimmed under it; while typing, what the text means ("= Rp 1,5
// juta") or, in red, why it is refused. A refused text is never applied; a valid one is
// one undoable edit when the user presses Enter or leaves the field.
void rupiahField(EditorContext& c, const char* label, const std::string& keyPath, Rupiah value,
                 const Setter<Rupiah>& set);
void rupiahField(EditorContext& c, const char* label, const std::string& keyPath, Rupiah value,
                 const Setter<Rupiah>& set, InputRange range);
// The same for an amount the scenario keeps as a number (revenues, capacities in
// Rp/month); it is typed and stored in whole rupiah.
void rupiahNumberField(EditorContext& c, const char* label, const std::string& keyPath,
                       double value, const Setter<double>& set);
void rupiahNumberField(EditorContext& c, const char* label, const std::string& keyPath,
                       double value, InputRange range, const Setter<double>& set);
// A whole count (participants, units, members) typed as "25", "1.500", "2 ribu"; no
// currency, no fraction, nothing outside [min, max].
void countField(EditorContext& c, const char* label, const std::string& keyPath, int value,
                const Setter<int>& set);
void countField(EditorContext& c, const char* label, const std::string& keyPath, int value, int min,
                int max, const Setter<int>& set);
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

} // namespace nk::gui
