// A text split into its lines (without the newlines), for tests that compare files line
// by line.
#pragma once

#include <algorithm>
#include <string>
#include <vector>

namespace nk::test {

inline std::vector<std::string> linesOf(const std::string& text) {
    std::vector<std::string> lines;
    std::size_t begin = 0;
    while (begin < text.size()) {
        const std::size_t end = std::min(text.find('\n', begin), text.size());
        lines.push_back(text.substr(begin, end - begin));
        begin = end + 1;
    }
    return lines;
}

} // namespace nk::test
