#include "report/scenario_comments.hpp"

namespace nk::gui::report {

namespace {

std::string_view trim(std::string_view s) {
    const auto first = s.find_first_not_of(" \t\r");
    if (first == std::string_view::npos) return {};
    return s.substr(first, s.find_last_not_of(" \t\r") - first + 1);
}

// Where the line's comment starts: a `#` at the start or after a blank, outside quotes.
std::string_view::size_type commentStart(std::string_view line) {
    char quote = 0;
    for (std::string_view::size_type i = 0; i < line.size(); ++i) {
        const char c = line[i];
        if (quote != 0) {
            if (c == quote) quote = 0;
        } else if (c == '"' || c == '\'') {
            quote = c;
        } else if (c == '#' && (i == 0 || line[i - 1] == ' ' || line[i - 1] == '\t')) {
            return i;
        }
    }
    return std::string_view::npos;
}

} // namespace

ScenarioComments scenarioComments(std::string_view text) {
    ScenarioComments out;
    int number = 0;
    while (!text.empty()) {
        const auto end = text.find('\n');
        const std::string_view line = text.substr(0, end);
        text = end == std::string_view::npos ? std::string_view{} : text.substr(end + 1);
        ++number;
        const auto hash = commentStart(line);
        if (hash == std::string_view::npos) continue;
        std::string_view setting = trim(line.substr(0, hash));
        if (setting.starts_with("- ")) setting = trim(setting.substr(2));
        const std::string_view comment = trim(line.substr(hash + 1));
        if (comment.starts_with("article")) {
            out.cited.push_back({number, std::string(setting), std::string(comment)});
        } else if (comment.starts_with("assumption")) {
            std::string_view note = comment.substr(std::string_view("assumption").size());
            if (note.starts_with(':')) note = note.substr(1);
            out.assumed.push_back({number, std::string(setting), std::string(trim(note))});
        }
    }
    return out;
}

} // namespace nk::gui::report
