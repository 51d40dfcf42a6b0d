// The ladder of sales bands that "naik kelas" climbs (docs/model.md 2.7): the bands inside
// mikro (the scenario's micro_bands, ultra-mikro first) followed by the size classes above
// mikro; without micro bands, the size classes themselves. A participant moves up when
// their enterprise's band is above the band it held at entry; no business (a prospect or a
// closed enterprise) sits in the lowest band, as sales of zero do.
#pragma once

#include "naikkelas/scenario/compiled_scenario.hpp"
#include "naikkelas/units/rupiah.hpp"

#include <cstdint>

#include <string>
#include <vector>

namespace nk {

struct LadderBand {
    std::string name;        // the micro band's name (0-60jt) or the class's (kecil)
    std::string series;      // its series: micro_band:NAME or class:NAME
    std::string className;   // the size class it is or lies inside (mikro for a micro band)
    double lowerSales = 0.0; // annual sales (Rp) from which it starts; 0 for the first
    double upperSales = 0.0; // annual sales (Rp) up to which it reaches; 0 for the open last
    int first = 0;           // bins first..last (empty when last < first)
    int last = -1;
};

// The scenario's ladder, lowest band first.
std::vector<LadderBand> salesLadder(const CompiledScenario& scenario);

// The ladder band of every state (P, A_0..A_{B-1}, X), as MonteCarlo's state bytes number
// them: P and X in band 0.
std::vector<std::uint8_t> ladderOfStates(const CompiledScenario& scenario);

// How a band reads for a planner: the size class it is or lies inside and its annual
// sales, "mikro ≤ Rp 60 juta/thn", "mikro Rp 60–300 juta/thn", "kecil Rp 2–15 miliar/thn",
// "besar > Rp 50 miliar/thn" (English "micro ≤ Rp 60 million/yr"). The app's size-class
// chart, the report and the command line's class table name bands alike.
std::string ladderBandLabel(const LadderBand& band, Language language);

} // namespace nk
