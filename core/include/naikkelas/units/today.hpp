// Today's local date as YYYY-MM-DD: the date a report or a calibrated scenario is stamped
// with.
#pragma once

#include <string>

namespace nk {

std::string todayIsoDate();

} // namespace nk
