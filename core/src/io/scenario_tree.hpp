// Internal to core/src/io: a scenario laid out as the writer writes it, as a plain tree
// of mappings, lists and scalar texts. The full writer emits it; the preserving writer
// compares the trees of two scenarios to find what changed, and renders new parts.
#pragma once

#include "naikkelas/scenario/scenario.hpp"

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace nk::io::detail {

struct YamlTree {
    enum class Kind { Scalar, Map, Seq };
    Kind kind = Kind::Scalar;
    std::string scalar;  // Scalar: the text a reader gives back (numbers in their shortest form)
    bool quoted = false; // Scalar: text a reader would take for a number, boolean or null
    bool flow = false;   // Map, Seq: written [a, b] or {k: v} on one line
    std::vector<std::pair<std::string, YamlTree>> entries; // Map, in the written order
    std::vector<YamlTree> items;                           // Seq

    const YamlTree* find(std::string_view key) const;
    bool operator==(const YamlTree&) const = default;
};

// Every section in the documented order with every value, defaults included.
YamlTree scenarioTree(const Scenario& scenario);

// Shortest text that reads back as the same double; whole values in full (10000000000,
// not 1e+10) since these are mostly rupiah. `keepReal` adds ".0" to a whole value so
// that a plugin parameter stays a real number.
std::string formatDouble(double v, bool keepReal);

} // namespace nk::io::detail
