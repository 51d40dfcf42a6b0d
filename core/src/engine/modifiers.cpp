#include "naikkelas/engine/modifiers.hpp"

#include <cmath>

namespace nk {

void Modifiers::combine(const Modifiers& other) {
    start_mult *= other.start_mult;
    exit_mult *= other.exit_mult;
    drift_add += other.drift_add;
    sigma_mult *= other.sigma_mult;
    capacity_add += other.capacity_add;
    start_shift += other.start_shift;
}

bool Modifiers::finite() const {
    return std::isfinite(start_mult) && std::isfinite(exit_mult) && std::isfinite(drift_add) &&
           std::isfinite(sigma_mult) && std::isfinite(capacity_add) && std::isfinite(start_shift);
}

} // namespace nk
