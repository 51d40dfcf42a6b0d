// What every benchmark that runs the seed scenarios with their plugins starts with: the
// machine's core count, and the builtin plugins loaded with any problem printed.
#pragma once

#include "naikkelas/registry/plugin_registry.hpp"

#include <cstdio>
#include <thread>

namespace nk::bench {

inline void loadBuiltinPlugins(PluginRegistry& registry) {
    std::printf("machine: %u hardware threads\n", std::thread::hardware_concurrency());
    registry.loadFolder(NK_PLUGIN_DIR);
    for (const auto& problem : registry.problems()) std::printf("  problem: %s\n", problem.c_str());
}

} // namespace nk::bench
