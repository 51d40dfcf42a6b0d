// Key paths as diagnostics print them and as people type them on the command line:
// `cohorts[2].participants`, `clusters[0].equipment[1].units`, `budget.envelope`, and with
// an entry's id in place of its index: `cohorts[blimbing].participants`. A bracket of
// digits is an index; anything else in brackets is an id.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace nk {

struct KeyStep {
    enum class Kind { Key, Index, Id };
    Kind kind = Kind::Key;
    std::string name;      // Key: the key; Id: the entry's id
    std::size_t index = 0; // Index
    bool operator==(const KeyStep&) const = default;
};

// Nothing when the text is not a key path (empty, `a..b`, `a[`, `[0]` first, `a[]`).
std::optional<std::vector<KeyStep>> parseKeyPath(std::string_view path);

// The text of a key path: keys joined by dots, indexes and ids in brackets.
std::string formatKeyPath(const std::vector<KeyStep>& steps);

} // namespace nk
