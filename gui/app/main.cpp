// naikkelas-gui: the desktop app. It opens a scenario (the built-in default when no file
// is given), projects it with its plugins on every edit, and shows the key indicators and
// the projection charts. `--screenshot DIR` shows each main view in turn, saves
// DIR/<view>.png and exits (non-zero if the window cannot be created or a view renders
// blank). `--size WxH` sets the window size (e.g. 1280x720 to check the smallest layout);
// `--compare FILE` (repeatable) opens files in the compare view.
#include "app_window.hpp"

#include <cstdio>
#include <cstring>
#include <string>

int main(int argc, char** argv) {
    nk::gui::AppOptions options;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if ((arg == "--screenshot" || arg == "--lang" || arg == "--size" || arg == "--compare") &&
            i + 1 >= argc) {
            std::fprintf(stderr, "naikkelas-gui: %s needs a value\n", arg.c_str());
            return 2;
        }
        if (arg == "--screenshot") {
            options.screenshotDir = argv[++i];
        } else if (arg == "--lang") {
            const std::string lang = argv[++i];
            if (lang != "id" && lang != "en") {
                std::fprintf(stderr, "naikkelas-gui: --lang must be id or en, got '%s'\n",
                             lang.c_str());
                return 2;
            }
            options.language = lang == "en" ? nk::Language::English : nk::Language::Indonesian;
        } else if (arg == "--compare") {
            options.compareFiles.push_back(argv[++i]);
        } else if (arg == "--size") {
            const std::string size = argv[++i];
            int width = 0, height = 0;
            char end = 0;
            if (std::sscanf(size.c_str(), "%dx%d%c", &width, &height, &end) != 2 || width < 640 ||
                height < 480 || width > 16384 || height > 16384) {
                std::fprintf(stderr,
                             "naikkelas-gui: --size must be WIDTHxHEIGHT, at least 640x480, "
                             "got '%s'\n",
                             size.c_str());
                return 2;
            }
            options.windowSize = {width, height};
        } else if (arg == "--help" || arg == "-h") {
            std::printf("Usage: naikkelas-gui [FILE] [--compare FILE]... [--lang id|en] "
                        "[--size WxH] [--screenshot DIR]\n"
                        "  FILE             the scenario to open (default: the built-in one)\n"
                        "  --compare FILE   also open FILE in the compare view (up to 3)\n"
                        "  --lang id|en     the interface language (default: as last used)\n"
                        "  --size WxH       the window size, e.g. 1280x720\n"
                        "  --screenshot DIR save DIR/<view>.png for each main view and exit\n");
            return 0;
        } else if (!arg.empty() && arg[0] == '-') {
            std::fprintf(stderr, "naikkelas-gui: unknown option %s; see --help\n", arg.c_str());
            return 2;
        } else {
            options.file = arg;
        }
    }
    return nk::gui::runApp(options);
}
