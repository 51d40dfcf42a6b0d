#include "naikkelas/scenario/key_path.hpp"

#include <algorithm>
#include <charconv>

namespace nk {

std::optional<std::vector<KeyStep>> parseKeyPath(std::string_view path) {
    std::vector<KeyStep> steps;
    std::size_t i = 0;
    while (i < path.size()) {
        if (!steps.empty() && path[i] == '.') ++i;
        const std::size_t end = std::min(path.find_first_of(".[]", i), path.size());
        if (end == i) return std::nullopt; // an empty key: `a..b`, `.a`, `a.`, `[0]`
        steps.push_back({KeyStep::Kind::Key, std::string(path.substr(i, end - i)), 0});
        i = end;
        while (i < path.size() && path[i] == '[') {
            const std::size_t close = path.find(']', i);
            if (close == std::string_view::npos || close == i + 1) return std::nullopt;
            const std::string_view inside = path.substr(i + 1, close - i - 1);
            if (inside.find('[') != std::string_view::npos) return std::nullopt;
            KeyStep step{KeyStep::Kind::Id, std::string(inside), 0};
            const auto [ptr, ec] =
                std::from_chars(inside.data(), inside.data() + inside.size(), step.index);
            if (ec == std::errc() && ptr == inside.data() + inside.size()) {
                step.kind = KeyStep::Kind::Index;
                step.name.clear();
            }
            steps.push_back(std::move(step));
            i = close + 1;
        }
        if (i < path.size() && path[i] != '.') return std::nullopt; // `a]`, `a[0]b`
        if (i + 1 == path.size()) return std::nullopt;              // a trailing dot
    }
    if (steps.empty()) return std::nullopt;
    return steps;
}

std::string formatKeyPath(const std::vector<KeyStep>& steps) {
    std::string out;
    for (const KeyStep& s : steps) {
        switch (s.kind) {
        case KeyStep::Kind::Key:
            out += (out.empty() ? "" : ".") + s.name;
            break;
        case KeyStep::Kind::Index:
            out += "[" + std::to_string(s.index) + "]";
            break;
        case KeyStep::Kind::Id:
            out += "[" + s.name + "]";
            break;
        }
    }
    return out;
}

} // namespace nk
