// The app's own short texts in both languages, chosen where they are shown (the core's
// translate() holds the texts shared with the command line).
#pragma once

#include "naikkelas/units/rupiah.hpp"

namespace nk::gui {

inline const char* tr(Language language, const char* indonesian, const char* english) {
    return language == Language::Indonesian ? indonesian : english;
}

} // namespace nk::gui
