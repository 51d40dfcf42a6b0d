// Expected mode's participants moved up (docs/model.md 2.7): the month's transition is
// linear in a group's distribution once its modifiers are fixed, so the distribution
// splits exactly into parts by the ladder band held at entry, each moved by the same
// step. Moved up at t: the mass of each part in a band above its own. The part that
// entered in the lowest band (the prospects, most of the mass) is the whole distribution
// less the others, so only the parts that entered higher up are moved (and only while
// they hold mass).
#pragma once

#include "expected_step.hpp"

#include <cstdint>
#include <limits>
#include <vector>

namespace nk::engine {

// The moved-up count of a run that does not follow it (RunOptions::movedUp false).
inline constexpr double kNotFollowed = std::numeric_limits<double>::quiet_NaN();

class ExpectedMovedUp {
public:
    // slots: one per group and arm.
    ExpectedMovedUp(const CompiledScenario& scenario, int slots);

    // The group of `slot` enters with these counts (P, A_0..A_{B-1}, X).
    void enter(int slot, const std::vector<double>& counts);
    // One month of the slot's parts by the step that moved the whole group.
    void advance(int slot, const ExpectedStep& step);
    // Expected enterprises above their entry band now, given the slot's whole
    // distribution (moved by the same steps); after enter() only.
    double movedUp(int slot, const std::vector<double>& whole) const;

private:
    std::vector<std::uint8_t> m_ladder;                      // per state
    int m_parts = 0;                                         // ladder bands but the lowest
    std::vector<std::vector<std::vector<double>>> m_byEntry; // [slot][entry band - 1][state]
    std::vector<double> m_next;
};

} // namespace nk::engine
