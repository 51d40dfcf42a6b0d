#include "naikkelas/engine/run_profile.hpp"

namespace nk {

const char* RunProfile::name(RunPhase phase) {
    switch (phase) {
    case RunPhase::Tables:
        return "tables";
    case RunPhase::Plugins:
        return "plugin calls";
    case RunPhase::Moves:
        return "moving enterprises";
    case RunPhase::Series:
        return "series";
    case RunPhase::Bands:
        return "bands";
    case RunPhase::Count:
        break;
    }
    return "?";
}

} // namespace nk
