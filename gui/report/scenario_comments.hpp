// What a scenario file says about its own figures, read from its comments: a setting
// followed by `# article ...` cites a source; one followed by `# assumption: ...` is a
// guess the authors state. The report lists both so that a hearing sees what is known
// and what is assumed. Reads the file's text as written (the Scenario keeps no comments).
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace nk::gui::report {

struct AnnotatedSetting {
    int line = 0;        // 1-based line in the file
    std::string setting; // the text before the comment, e.g. `unit_cost: 2_500_000`
    std::string note;    // `article 001: "..."`, or the assumption after `assumption:`
};

struct ScenarioComments {
    std::vector<AnnotatedSetting> cited;   // `# article ...`, in file order
    std::vector<AnnotatedSetting> assumed; // `# assumption: ...`, in file order
};

ScenarioComments scenarioComments(std::string_view yamlText);

} // namespace nk::gui::report
