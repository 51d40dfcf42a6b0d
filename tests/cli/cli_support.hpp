// Running the naikkelas binary as a user does, for the command-line suites.
#pragma once

#include "run_process.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

namespace nk::test {

// The CLI with a neutral environment: no LANG, so the default language applies.
inline ProcessResult cli(const std::vector<std::string>& args, ProcessOptions options = {}) {
    options.unsetEnv.push_back("LANG");
    options.unsetEnv.push_back("LC_ALL");
    options.unsetEnv.push_back("NAIKKELAS_PLUGIN_PATH");
    ProcessResult r = runProcess(NK_CLI, args, options);
    REQUIRE_FALSE(r.timedOut);
    return r;
}

inline bool contains(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

} // namespace nk::test
