// How the app names a band of the sales ladder (results/sales_ladder.hpp) for a reader:
// the size class it is or lies inside, and its annual sales, "mikro ≤ Rp 60 juta/thn",
// "mikro Rp 60–300 juta/thn", "kecil Rp 2–15 miliar/thn", "besar > Rp 50 miliar/thn"
// (English: "micro ≤ Rp 60 million/yr"). Pure: the report reuses it.
#pragma once

#include "naikkelas/results/sales_ladder.hpp"
#include "naikkelas/units/rupiah.hpp"

#include <string>

namespace nk::gui {

std::string ladderBandLabel(const LadderBand& band, Language language);

} // namespace nk::gui
