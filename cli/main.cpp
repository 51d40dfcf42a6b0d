// naikkelas: the command-line program. Everything but argv handling lives in commands.cpp.
#include "commands.hpp"

#include <string>
#include <vector>

int main(int argc, char** argv) {
    const std::vector<std::string> args(argv + (argc > 0 ? 1 : 0), argv + argc);
    return nk::cli::runMain(args);
}
