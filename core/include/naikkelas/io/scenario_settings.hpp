// Changing keys of a scenario file from outside it, as `naikkelas set` and `run --set`
// do: KEY=VALUE with the key path diagnostics print (scenario/key_path.hpp), an entry
// chosen by index or id: `cohorts[blimbing].participants=30`, `budget.envelope=1000000000`,
// `plugins[cohort_outcomes].params.kit_start_mult=2.5` (or, for a plugin, just
// `plugins[cohort_outcomes].kit_start_mult=2.5`). VALUE is read as it would be written after
// `key: ` in the file: `30`, `0.12`, `[0.1, 0.5, 0.9]`, `"text: quoted"`.
#pragma once

#include "naikkelas/io/scenario_yaml.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace nk::io {

struct KeySetting {
    std::string path;  // as typed
    std::string value; // YAML text
};

// Splits KEY=VALUE at the first `=`; nothing (and `error`) without `=` or a key path.
std::optional<KeySetting> parseKeySetting(std::string_view argument, std::string& error);

// Loads `text` as if each setting had been written into it, in order: the reader's and
// the validation's diagnostics all apply (unknown keys with "did you mean", values out of
// range). An entry that does not exist gives a diagnostic naming the valid ids or indexes.
// A diagnostic on a set key points at the key's line in `text`, or at its nearest parent
// written there.
LoadResult loadScenarioWithSettings(std::string_view text, const std::string& displayName,
                                    const std::vector<KeySetting>& settings);

} // namespace nk::io
