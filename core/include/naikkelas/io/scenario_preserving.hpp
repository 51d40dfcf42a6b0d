// Saving an edited scenario over the text it was loaded from, keeping that text's
// comments, blank lines, key order and number spelling: only what changed is rewritten.
// Changed values are replaced in place (quotes and block style kept where they can be);
// new entries (a cohort, a key the file left at its default) are added in the file's own
// indentation and block or flow style; removed entries go with the comment lines directly
// above them and the comments on their lines. List entries with an `id` are matched by
// id, other lists by content and then position. A key the original leaves out stays out
// unless its value changed. With no change the original bytes come back.
#pragma once

#include "naikkelas/scenario/scenario.hpp"

#include <string>
#include <string_view>

namespace nk::io {

struct PreservingWrite {
    std::string text; // reads back (loadScenarioText) as the edited scenario
    // Empty when the original's layout was kept. Otherwise why the text is the full
    // writer's (scenarioToYaml) instead: the original does not read as a scenario, or its
    // layout uses YAML this writer does not follow (anchors, tags, multi-line plain text).
    std::string rewriteReason;
};

PreservingWrite writeScenarioPreserving(std::string_view originalText, const Scenario& edited);

// Writes writeScenarioPreserving's text by write-then-rename; false with `error` when the
// file cannot be written (an existing file is then left untouched).
bool saveScenarioPreserving(std::string_view originalText, const Scenario& edited,
                            const std::string& path, std::string& error);

} // namespace nk::io
