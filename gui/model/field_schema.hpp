// What the editor shows and allows for a scenario field, read from the schema
// (naikkelas/scenario/schema.hpp) by the field's key path: its bounds, label and help.
// The editor retypes none of them, so it cannot drift from the reader and validator.
#pragma once

#include "naikkelas/units/number_input.hpp"
#include "naikkelas/units/rupiah.hpp"

#include <limits>
#include <string_view>

namespace nk::gui {

struct FieldBounds {
    double min = -std::numeric_limits<double>::infinity();
    double max = std::numeric_limits<double>::infinity();
};

// The closed bounds an input offers for `keyPath` (`cohorts[2].entry_month` and
// `cohorts[].entry_month` alike). An open end becomes the nearest value the field holds
// (the next whole number, or the next double), so an input never offers a refused value;
// whole-number fields stay within int. Unbounded when the path names no number.
FieldBounds fieldBounds(std::string_view keyPath);
InputRange inputRange(std::string_view keyPath); // the same, for a typed amount or count

// The schema's label ("Horizon (bulan)") and help, in `language`; empty when the path
// names no field.
std::string_view fieldLabel(std::string_view keyPath, Language language);
std::string_view fieldHelp(std::string_view keyPath, Language language);

} // namespace nk::gui
