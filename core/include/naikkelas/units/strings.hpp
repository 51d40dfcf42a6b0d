// The few words the command-line summary prints, in Indonesian and English: indicator
// names, series, size classes, arms and headings. Keys are the identifiers used in
// result sets (additional_active, prospects, class names, arm names) or heading keys.
#pragma once

#include "naikkelas/units/rupiah.hpp"

#include <string>
#include <string_view>

namespace nk {

// The label of `key` in `language`; a key with no entry (a custom class name, a
// plugin's series) is returned unchanged so that nothing is ever hidden.
std::string translate(std::string_view key, Language language);

// True if the table has an entry for `key`.
bool hasTranslation(std::string_view key);

} // namespace nk
