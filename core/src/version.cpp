#include "naikkelas/version.hpp"

// NK_VERSION is a compile definition of nk_core only; programs ask for it here.
#ifndef NK_VERSION
#define NK_VERSION "0.0.0-unknown"
#endif

namespace nk {

std::string_view versionString() {
    return NK_VERSION;
}

} // namespace nk
