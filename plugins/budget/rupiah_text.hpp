// Rupiah amounts for warning messages. The host's diagnostics are in English, so amounts
// are grouped as core's validator prints them ("Rp 1,250,000", "-Rp 5"); the plugin
// cannot link core's formatter, hence this small copy.
#pragma once

#include <cstdint>
#include <string>

namespace nk::plugins::budget {

std::string rupiahText(std::int64_t amount);

} // namespace nk::plugins::budget
