// The label of a cost category (training, kits, shared_capex, ... as the budget plugin
// and a scenario's budget lines name them) in the interface language. A category the
// table does not know (one a user typed) is shown as written.
#pragma once

#include "naikkelas/units/rupiah.hpp"

#include <string>
#include <string_view>

namespace nk::gui {

std::string costCategoryLabel(std::string_view category, Language language);

} // namespace nk::gui
